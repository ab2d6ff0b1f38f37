/**
 * File names of the site's search index, shared by the builder and the browser script. Shard keys are written
 * as the hex of their UTF-8 bytes, so file names are plain ASCII whatever script a term is in.
 */

/** The manifest: article count and the list of shard keys. */
export const MANIFEST_FILE = 'search/index.js';

/** Where the shard of terms starting with `key` lives. */
export function shardFile(key: string): string {
  return `search/terms/${hex(key)}.js`;
}

function hex(text: string): string {
  let digits = '';
  for (const byte of new TextEncoder().encode(text)) digits += byte.toString(16).padStart(2, '0');
  return digits;
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

/** The stemmer script of a language (query/stem.ts), copied from the build's assets for languages present. */
export function stemFile(language: string): string {
  return `search/stem/${language}.js`;
}

/** The word list, for suggestions, of the words starting with `letter` (written as the hex of its UTF-8). */
export function wordsFile(letter: string): string {
  return `search/words/${hex(letter)}.js`;
}

/** The articles of each tag, author and year, for the search page's filters: loaded when a filter is used. */
export const FILTERS_FILE = 'search/filters.js';
