/**
 * Chooses the file name of an imported article: `<slug>.md`, else `<slug>-2.md`, `<slug>-3.md`… — the first name
 * that is free in the target folder and whose slug no other article of the archive uses. A file that already
 * holds exactly this article means the page was imported before: it is skipped, not copied again. An existing
 * different file is replaced only with `force`, and only a regular file at the first name. Pure: what is on disk
 * and in the index comes in as functions.
 */
import { slugFromPath } from '../parse/slug.js';
import type { Existing } from './write-article.js';

export interface NamePlan {
  action: 'create' | 'replace' | 'skip';
  fileName: string;
}

const MAX_NUMBER = 999;

/**
 * Picks the name for an article with slug `slug`. `existing` tells what is at a file name in the target folder;
 * `slugTaken` whether another article of the archive (or of this import) already has a slug.
 */
export function chooseFileName(
  slug: string,
  existing: (fileName: string) => Existing,
  slugTaken: (slug: string) => boolean,
  force: boolean,
): NamePlan | null {
  for (let number = 1; number <= MAX_NUMBER; number++) {
    const fileName = `${number === 1 ? slug : `${slug}-${number}`}.md`;
    const state = existing(fileName);
    if (state === 'same') return { action: 'skip', fileName };
    if (state === 'different' && force && number === 1) return { action: 'replace', fileName };
    if (state !== 'none') continue;
    // The slug the index will give the file (a leading date, as in Jekyll names, is not part of it).
    if (slugTaken(slugFromPath(fileName))) continue;
    return { action: 'create', fileName };
  }
  return null;
}
