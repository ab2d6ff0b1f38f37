/**
 * Expands the paths given to `folio import` into the page files to import: a file stands for itself (whatever its
 * extension, so an unsupported one is reported), a folder for every `.txt`, `.html` and `.htm` file below it.
 * Folders are walked in name order without following symbolic links, skipping hidden folders, `node_modules` and
 * the asset folders browsers save beside a page (`Page_files/`). Reads the file system, never writes.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { IMPORTABLE } from './convert-page.js';

export interface PageSource {
  /** Absolute path of the file. */
  path: string;
  /** The path as the user named it (folder inputs joined with `/`), for messages. */
  shown: string;
  /** The file's own name, kept in the article's `source` field. */
  name: string;
}

/** An input that names no page: a missing path, or a folder without pages. */
export interface SourceProblem {
  shown: string;
  reason: string;
}

/** One entry per page file, or per input that names none, in the order the inputs were given. */
export type SourceEntry = { source: PageSource } | { problem: SourceProblem };

const SAVED_ASSET_FOLDER = /(?:_files|-Dateien|_archivos|_fichiers|_bestanden|\.files)$/i;

/** Lists the page files named by `inputs` (relative to `cwd`), each once, and the inputs that name none, in order. */
export function collectPageSources(inputs: readonly string[], cwd: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  const problem = (shown: string, reason: string) => entries.push({ problem: { shown, reason } });
  const seen = new Set<string>();
  const add = (path: string, shown: string) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    if (seen.has(real)) return;
    seen.add(real);
    entries.push({ source: { path, shown, name: basename(path) } });
  };

  for (const input of inputs) {
    const path = resolve(cwd, input);
    let isFolder: boolean;
    try {
      const stats = statSync(path);
      if (!stats.isFile() && !stats.isDirectory()) {
        problem(input, 'not a file or folder');
        continue;
      }
      isFolder = stats.isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problem(input, code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? 'error'})`);
      continue;
    }
    if (!isFolder) {
      add(path, input);
      continue;
    }
    const pages = walkFolder(path);
    for (const relative of pages) add(join(path, relative), `${input.replace(/\/+$/, '')}/${relative}`);
    if (pages.length === 0) problem(input, 'no .txt, .html or .htm files in this folder');
  }
  return entries;
}

/** Relative paths (`/` separators) of the importable files below `folder`, in name order. */
function walkFolder(folder: string): string[] {
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relative = pending.shift()!;
    let entries;
    try {
      entries = readdirSync(join(folder, relative), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !SAVED_ASSET_FOLDER.test(entry.name)) subfolders.push(path);
      } else if (entry.isFile() && IMPORTABLE.test(entry.name)) found.push(path);
    }
    // Files of a folder come before its subfolders, which are walked in name order.
    pending.unshift(...subfolders);
  }
  return found;
}
