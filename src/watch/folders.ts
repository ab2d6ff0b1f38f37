/**
 * Watches the folders of an archive where articles can be: one file-system watch per folder (inotify on Linux),
 * dot-folders (`.git`, `.folio`, editors' swap folders) and `node_modules` left out as the scan leaves them out,
 * symbolic links not followed. Folders are added as they appear and dropped as they go.
 *
 * Not Node's recursive watch: on Linux, Node 20 builds it from one watch and one stat per file and per folder,
 * dot-folders included, so an archive in git with 100,000 articles would spend as many watches (a limited
 * resource) and stats before the first change. Folders are far fewer than files: the 10,000-article benchmark
 * archive has 21.
 *
 * A folder that appears with files already in it is reported as changed itself, and whoever refreshes then
 * reads it whole, so nothing written before its watch existed goes unseen.
 */
import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { FolioError } from '../model/errors.js';

export interface FolderWatch {
  /** Folders watched now. */
  size(): number;
  close(): void;
}

/**
 * Calls `onChange` with the path (relative to `root`, `/` separators) of every entry created, changed, renamed or
 * removed in a watched folder, as it happens. Fails when `root` itself cannot be watched.
 */
export function watchFolders(root: string, onChange: (path: string) => void): FolderWatch {
  const watches = new Map<string, FSWatcher>();

  const drop = (relative: string) => {
    for (const [path, handle] of watches) {
      if (path === relative || path.startsWith(`${relative}/`)) {
        handle.close();
        watches.delete(path);
      }
    }
  };

  const add = (relative: string) => {
    if (watches.has(relative)) return;
    const folder = relative === '' ? root : `${root}/${relative}`;
    let handle: FSWatcher;
    let names: string[];
    try {
      handle = watch(folder, { persistent: true }, (_event, name) => changed(relative, name));
      names = readdirSync(folder);
    } catch (error) {
      if (relative === '') throw watchFailure(error);
      return;
    }
    handle.on('error', () => drop(relative));
    watches.set(relative, handle);
    for (const name of names) {
      if (!isWatchedName(name)) continue;
      const path = relative === '' ? name : `${relative}/${name}`;
      if (lstatSync(`${root}/${path}`, { throwIfNoEntry: false })?.isDirectory()) add(path);
    }
  };

  const changed = (relative: string, name: string | Buffer | null) => {
    if (typeof name !== 'string') {
      onChange(relative);
      return;
    }
    const path = relative === '' ? name : `${relative}/${name}`;
    if (isWatchedName(name)) {
      if (lstatSync(`${root}/${path}`, { throwIfNoEntry: false })?.isDirectory()) add(path);
      else if (watches.has(path)) drop(path);
    }
    onChange(path);
  };

  add('');
  return {
    size: () => watches.size,
    close() {
      for (const handle of watches.values()) handle.close();
      watches.clear();
    },
  };
}

/** Whether an entry's name is one the scan could look into (see archive/scan.ts). */
export function isWatchedName(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules';
}

function watchFailure(error: unknown): FolioError {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOSPC')
    return new FolioError(
      'cannot watch the archive: the system limit on watched folders is reached (raise fs.inotify.max_user_watches)',
    );
  return new FolioError(`cannot watch the archive: ${error instanceof Error ? error.message : String(error)}`);
}
