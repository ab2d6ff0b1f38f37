/**
 * Imports page files into the archive in the order given: pages are read and converted (on worker threads when
 * there are many), then each is named and written (or, in a dry run, only planned) in order, and its outcome
 * handed back as a value. A page that cannot be imported costs that page only; nothing here prints or decides an
 * exit code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMachineFailure, writeFailure, WriteError } from '../model/errors.js';
import { fold } from '../parse/fold.js';
import { slugFromPath } from '../parse/slug.js';
import type { ConvertedPage } from './convert-page.js';
import { convertPages } from './convert-pages.js';
import type { PageSource, SourceEntry } from './page-sources.js';
import { chooseFileName } from './target-name.js';
import {
  createArticleFile,
  existingAt,
  prepareTargetFolder,
  replaceArticleFile,
  type TargetFolder,
} from './write-article.js';

export interface ImportOptions {
  /** The archive root (absolute, symbolic links resolved). */
  root: string;
  target: TargetFolder;
  /**
   * The archive's articles by slug (path relative to the root); the articles of this import are added as they
   * are planned, with their text, so a dry run sees them too.
   */
  slugs: Map<string, { path: string; text?: string }>;
  /** The archive's articles by title (folded), so a new article with the title of an existing one is pointed out. */
  titles: Map<string, string>;
  force: boolean;
  dryRun: boolean;
}

export type ImportStatus = 'created' | 'replaced' | 'skipped' | 'failed';

export interface ImportOutcome {
  source: PageSource;
  status: ImportStatus;
  /** The article's path relative to the archive root (`/` separators), when there is one. */
  path?: string;
  /** Why a page was skipped or failed. */
  reason?: string;
  /** The file's text (dry runs show it). */
  text?: string;
  /** Things worth knowing about a page that was imported anyway (its encoding was guessed). */
  notes: string[];
}

function joinPath(folder: TargetFolder, fileName: string): string {
  return folder.relative === '' ? fileName : `${folder.relative}/${fileName}`;
}

/** The text of an article of the archive, or null when it cannot be read. */
function readText(root: string, path: string): string | null {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return null;
  }
}

/** Imports every page named by `entries`, calling `onOutcome` for each, in order, as soon as it is done. */
export async function importPages(
  entries: readonly SourceEntry[],
  options: ImportOptions,
  onOutcome: (outcome: ImportOutcome) => void,
): Promise<void> {
  const sources = entries.flatMap((entry) => ('source' in entry ? [entry.source] : []));
  let entryIndex = 0;
  // Inputs that name no page are reported in their place among the pages.
  const reportProblemsUpTo = (source: PageSource | undefined) => {
    for (; entryIndex < entries.length; entryIndex++) {
      const entry = entries[entryIndex]!;
      if ('source' in entry) {
        if (entry.source === source) {
          entryIndex++;
          return;
        }
        continue;
      }
      onOutcome({
        source: { path: '', shown: entry.problem.shown, name: '' },
        status: 'failed',
        reason: entry.problem.reason,
        notes: [],
      });
    }
  };
  await convertPages(sources, (index, page) => {
    const source = sources[index]!;
    reportProblemsUpTo(source);
    onOutcome(placePage(source, page, options));
  });
  reportProblemsUpTo(undefined);
}

/** Names and writes one converted page; never throws for anything the page or the disk does. */
export function placePage(source: PageSource, page: ConvertedPage, options: ImportOptions): ImportOutcome {
  if (page.kind === 'refused') return { source, status: 'failed', reason: page.reason, notes: page.notes };

  const { target } = options;
  const plan = chooseFileName(
    page.slug,
    (fileName) => (target.missing.length > 0 ? 'none' : existingAt(target, fileName, page.text)),
    (slug) => {
      const owner = options.slugs.get(slug);
      return owner && { path: owner.path, sameText: (owner.text ?? readText(options.root, owner.path)) === page.text };
    },
    options.force,
  );
  if (!plan) return { source, status: 'failed', reason: `no free file name for '${page.slug}'`, notes: page.notes };
  const path = plan.existingPath ?? joinPath(target, plan.fileName);
  if (plan.action === 'skip')
    return { source, status: 'skipped', path, reason: `already imported as ${path}`, notes: page.notes };

  options.slugs.set(slugFromPath(plan.fileName), { path, text: page.text });
  const namesake = options.titles.get(fold(page.title));
  const notes =
    namesake !== undefined && namesake !== path
      ? [...page.notes, `an article with the same title is already in the archive: ${namesake}`]
      : page.notes;
  options.titles.set(fold(page.title), path);
  if (options.dryRun)
    return { source, status: plan.action === 'replace' ? 'replaced' : 'created', path, text: page.text, notes };
  try {
    prepareTargetFolder(target);
    if (plan.action === 'replace') replaceArticleFile(target, plan.fileName, page.text);
    else if (!createArticleFile(target, plan.fileName, page.text)) {
      return {
        source,
        status: 'failed',
        reason: `${path} appeared while importing; not overwritten`,
        notes: page.notes,
      };
    }
  } catch (error) {
    // A full disk or a file-size limit would fail every page after this one: the import stops here.
    if (isMachineFailure(error))
      throw new WriteError(`cannot write ${path} (${writeFailure(error)}); the pages before it were imported`, 2, {
        cause: error,
      });
    const code = (error as NodeJS.ErrnoException).code;
    return {
      source,
      status: 'failed',
      reason: `cannot write ${path} (${code ?? (error instanceof Error ? error.message : String(error))})`,
      notes: page.notes,
    };
  }
  return { source, status: plan.action === 'replace' ? 'replaced' : 'created', path, text: page.text, notes };
}
