/**
 * Reuse of the previous export's files. Each file of a site that is costly to make or to write (an article's page,
 * a page of a list, a tag's or author's feeds, a copy of a picture) is given a recipe: a hash of everything its
 * bytes are made from — the site's settings and folio's own code (`siteRecipe`), and the file's own inputs (an
 * article's metadata and its rendered body, the articles a list page shows, a picture's size and time). The
 * export records each such file's recipe, with what the file looked like on disk (size, modification time,
 * inode), in the render cache beside the index (see render-cache.ts), keyed by the output folder.
 *
 * The next export into the same folder makes each file's recipe again, before making the file: when it equals
 * the recorded one and the file in the current site is still the one recorded, the file is hard-linked from the
 * current site into the staging folder (copied where links are refused) instead of being made and written. The
 * site is still staged whole and swapped in at once; a reused file is, byte for byte, the file a fresh export
 * would write, because the same recipe made it. The files of the search index are made every time, since every
 * article feeds them, but each is its own recipe (its text hashed), so those that came out the same are linked
 * rather than written. The main feeds, the sitemap and the stylesheet are always written. A new folio, other
 * options, `index --rebuild` (which deletes the cache) or a file touched in the site by hand mean the file is
 * made again.
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';

/** What an export recorded of one file of the site it wrote. */
export interface OutputRecord {
  recipe: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/** The files of one site, by path relative to its root. */
export type OutputManifest = Map<string, OutputRecord>;

/** The hash of `parts`, in order. */
export function recipeOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** The size, time and inode of a file, or undefined when it is not a regular file. */
export function fileStamp(file: string): Omit<OutputRecord, 'recipe'> | undefined {
  try {
    const stats = lstatSync(file);
    return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** True when `file` is the file `record` describes (not replaced or edited since it was recorded). */
export function isRecordedFile(file: string, record: OutputRecord): boolean {
  const stamp = fileStamp(file);
  return (
    stamp !== undefined && stamp.size === record.size && stamp.mtimeMs === record.mtimeMs && stamp.ino === record.ino
  );
}

/**
 * The file at `path` in the previous site, when it was made from `recipe` and is still as it was written; the
 * caller then links it instead of making it.
 */
export function reusable(
  previous: { folder: string; files: OutputManifest } | undefined,
  path: string,
  recipe: string,
): OutputRecord | undefined {
  const record = previous?.files.get(path);
  if (!record || record.recipe !== recipe) return undefined;
  return isRecordedFile(join(previous!.folder, ...path.split('/')), record) ? record : undefined;
}
