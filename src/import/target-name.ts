/**
 * Chooses the file name of an imported article: `<slug>.md`, else `<slug>-2.md`, `<slug>-3.md`… — the first name
 * that is free in the target folder and whose slug no other article of the archive uses. An article under one of
 * those names (here or in another folder) that holds exactly this text means the page was imported before: it
 * is skipped, not copied again. An existing
 * different file is replaced only with `force`, and only a regular file at the first name. Pure: what is on disk
 * and in the index comes in as functions.
 */
import { slugFromPath } from '../parse/slug.js';
import type { Existing } from './write-article.js';

export interface NamePlan {
  action: 'create' | 'replace' | 'skip';
  fileName: string;
  /** For `skip`: the article (relative to the root) that already holds this text, when it is not at `fileName`. */
  existingPath?: string;
}

/** The article of the archive that has a slug: where it is, and whether it holds the very text being imported. */
export interface SlugOwner {
  path: string;
  sameText: boolean;
}

const MAX_NUMBER = 999;

/**
 * Picks the name for an article with slug `slug`. `existing` tells what is at a file name in the target folder;
 * `slugOwner` which article of the archive (or of this import) already has a slug, if any. The same text found
 * under any of the candidate names, here or elsewhere in the archive, means the page was imported before.
 */
export function chooseFileName(
  slug: string,
  existing: (fileName: string) => Existing,
  slugOwner: (slug: string) => SlugOwner | undefined,
  force: boolean,
): NamePlan | null {
  for (let number = 1; number <= MAX_NUMBER; number++) {
    const fileName = `${number === 1 ? slug : `${slug}-${number}`}.md`;
    const state = existing(fileName);
    if (state === 'same') return { action: 'skip', fileName };
    // The slug the index will give the file (a leading date, as in Jekyll names, is not part of it).
    const owner = slugOwner(slugFromPath(fileName));
    if (owner?.sameText) return { action: 'skip', fileName, existingPath: owner.path };
    if (number === 1 && force && state === 'different') return { action: 'replace', fileName };
    if (state === 'none' && !owner) return { action: 'create', fileName };
  }
  return null;
}
