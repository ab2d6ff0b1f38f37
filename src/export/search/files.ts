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

/** Where article number `index`'s search record lives. */
export function docFile(index: number): string {
  return `search/docs/${index}.js`;
}
