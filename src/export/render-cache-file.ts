/**
 * Where the render cache lives (`render-cache.db` beside the index) and how it is forgotten. Kept apart from
 * render-cache.ts so that commands that only need to clear it (`index --rebuild`) load no hashing or cache code.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The cache's file name, in the index's folder. */
export const RENDER_CACHE_FILE = 'render-cache.db';

/** The cache file that goes with the index `indexFile`. */
export function renderCacheFile(indexFile: string): string {
  return join(dirname(indexFile), RENDER_CACHE_FILE);
}

/** Forgets every render; a missing file is fine. */
export function clearRenderCache(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
