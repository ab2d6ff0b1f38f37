/**
 * Imports page files into the archive, one by one, in the order given: each is read, converted, named and
 * written (or, in a dry run, only planned), and its outcome handed back as a value. A page that cannot be
 * imported costs that page only; nothing here prints or decides an exit code.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { slugFromPath } from '../parse/slug.js';
import { convertPage, MAX_PAGE_BYTES } from './convert-page.js';
import type { PageSource } from './page-sources.js';
import { chooseFileName } from './target-name.js';
import { createArticleFile, existingAt, prepareTargetFolder, replaceArticleFile, type TargetFolder } from './write-article.js';

export interface ImportOptions {
  /** The archive root (absolute, symbolic links resolved). */
  root: string;
  target: TargetFolder;
  /**
   * The archive's articles by slug (path relative to the root); the articles of this import are added as they
   * are planned, with their text, so a dry run sees them too.
   */
  slugs: Map<string, { path: string; text?: string }>;
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

function readPage(path: string): Buffer | string {
  try {
    const size = statSync(path).size;
    if (size > MAX_PAGE_BYTES) return `larger than ${MAX_PAGE_BYTES / 1024 / 1024} MiB`;
    return readFileSync(path);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
}

/** The text of an article of the archive, or null when it cannot be read. */
function readText(root: string, path: string): string | null {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return null;
  }
}

/** Imports one page file; never throws for anything the page or the disk does. */
export function importPage(source: PageSource, options: ImportOptions): ImportOutcome {
  const bytes = readPage(source.path);
  if (typeof bytes === 'string') return { source, status: 'failed', reason: bytes, notes: [] };
  const page = convertPage(source.name, bytes);
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
  if (plan.action === 'skip') return { source, status: 'skipped', path, reason: `already imported as ${path}`, notes: page.notes };

  options.slugs.set(slugFromPath(plan.fileName), { path, text: page.text });
  if (options.dryRun) return { source, status: plan.action === 'replace' ? 'replaced' : 'created', path, text: page.text, notes: page.notes };
  try {
    prepareTargetFolder(target);
    if (plan.action === 'replace') replaceArticleFile(target, plan.fileName, page.text);
    else if (!createArticleFile(target, plan.fileName, page.text)) {
      return { source, status: 'failed', reason: `${path} appeared while importing; not overwritten`, notes: page.notes };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { source, status: 'failed', reason: `cannot write ${path} (${code ?? (error instanceof Error ? error.message : String(error))})`, notes: page.notes };
  }
  return { source, status: plan.action === 'replace' ? 'replaced' : 'created', path, text: page.text, notes: page.notes };
}
