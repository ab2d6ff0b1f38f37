/**
 * File names of the site's search index, shared by the builder and the browser script. Shard keys are written
 * as the hex of their UTF-8 bytes, so file names are plain ASCII whatever script a term is in.
 */

/** The manifest: article count and the list of shard keys. */
export const MANIFEST_FILE = 'search/index.js';

/** Where the shard of terms starting with `key` lives. */
export function shardFile(key: string): string {
  let hex = '';
  for (const byte of new TextEncoder().encode(key)) hex += byte.toString(16).padStart(2, '0');
  return `search/terms/${hex}.js`;
}

/**
 * Articles' search records are stored a few to a file: one file per article would double the files of a
 * site (and the time to write them), while a reader's first page of results loads at most ten of these.
 */
export const DOCS_PER_FILE = 4;

/** The number of the file holding article number `index`'s search record. */
export function docChunk(index: number): number {
  return Math.floor(index / DOCS_PER_FILE);
}

/** Where the records of file number `chunk` live: an array, article `chunk × DOCS_PER_FILE + i` at `i`. */
export function docFile(chunk: number): string {
  return `search/docs/${chunk}.js`;
}
