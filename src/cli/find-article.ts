/**
 * Finds the article `show` was asked for. Rescanning a large archive costs more than rendering an article, so
 * an exact path or slug is first looked up in the index as it stands, and used when its file has not changed
 * since it was indexed (same size and modification time, same settings). Anything else (a prefix, a name the
 * index does not know, a changed file) refreshes the index first, as every read command does, so what is shown
 * is always what is on disk.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { openIndex } from '../index/database.js';
import { indexedFileStat, storedSettingsKey } from '../index/article-reads.js';
import { exactArticle, resolveArticleRef, type ResolvedArticle } from '../index/resolve.js';
import { archiveSettingsKey, type Context } from './context.js';

/** Resolves `reference` (as typed on the command line) to an article of the context's archive. */
export async function findArticle(context: Context, reference: string): Promise<ResolvedArticle> {
  const forms = referenceForms(reference, context);
  const quick = lookUpUnchanged(context, forms);
  if (quick) return quick;
  // Loaded only now: refreshing brings in the scanner, which an unchanged article never needs.
  const { openArchive } = await import('./open-archive.js');
  const { db } = await openArchive(context);
  try {
    return resolveArticleRef(db, forms);
  } finally {
    db.close();
  }
}

function lookUpUnchanged(context: Context, forms: string[]): ResolvedArticle | null {
  let opened;
  try {
    opened = openIndex(context.indexFile);
  } catch {
    return null; // The refresh that follows reports why the index cannot be opened.
  }
  const { db, rebuiltBecause } = opened;
  if (rebuiltBecause) context.note(`rebuilt the index: ${rebuiltBecause}`);
  try {
    const found = exactArticle(db, forms);
    if (!found || storedSettingsKey(db) !== archiveSettingsKey(context)) return null;
    const stored = indexedFileStat(db, found.article.path);
    const current = statSync(join(context.root, found.article.path), { throwIfNoEntry: false });
    return stored && current?.isFile() && current.size === stored.size && current.mtimeMs === stored.mtimeMs
      ? found
      : null;
  } catch {
    return null; // A damaged index: the refresh that follows rebuilds it.
  } finally {
    db.close();
  }
}

/** The reference as typed, then, when it names a file inside the archive, that file's path in the archive. */
function referenceForms(reference: string, context: Context): string[] {
  const forms = [reference];
  const inside = relative(context.root, resolve(context.io.cwd, reference));
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) forms.push(inside.split(sep).join('/'));
  return forms;
}
