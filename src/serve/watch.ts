/**
 * Watches an archive folder for changed files and reports them in batches: every change within a short quiet
 * spell comes as one call, so saving a file (which editors do in several steps: write a temporary file, rename
 * it over, touch the folder) gives one rebuild. Dot-folders (`.git`, `.folio`, editors' swap folders) and
 * `node_modules` are ignored, as the index ignores them. The folders are watched as `folio watch` watches them
 * (watch/folders.ts), so an idle archive costs nothing.
 */
import { watchFolders } from '../watch/folders.js';

/**
 * Quiet time after the last event before a batch is reported. Editors finish a save within a few milliseconds
 * (Vim's write-rename-chmod sequence took under 5 ms here); 30 ms gathers it without delaying the reload.
 */
export const SETTLE_MS = 30;

export interface ArchiveWatcher {
  close(): void;
}

/** Whether a changed path (relative, `/` or the platform's separators) is one the index could read. */
export function isWatchedPath(path: string): boolean {
  return !path.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules');
}

/** Calls `onChange` with the relative paths changed (sorted, each once) after each quiet spell. */
export function watchArchive(root: string, onChange: (paths: string[]) => void): ArchiveWatcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const folders = watchFolders(root, (path) => {
    if (path !== '' && !isWatchedPath(path)) return;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending].sort();
      pending = new Set();
      timer = undefined;
      onChange(paths);
    }, SETTLE_MS);
  });
  return {
    close() {
      if (timer) clearTimeout(timer);
      folders.close();
    },
  };
}
