/**
 * Lists the Markdown files of an archive with their size and modification time, sorted by path.
 * Symlinks are never followed, so a link out of the root or a link loop cannot widen or hang a scan.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { BUILT_IN_IGNORES, EXPORT_MARKER, ignoreMatcher } from './ignore-rules.js';

export interface ScannedFile {
  /** Relative to the root, `/` separators. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface ScanOptions {
  /** Extra gitignore-style patterns (from the config), added to `.folioignore`. */
  ignore?: string[];
}

// One pattern: fast-glob walks once and matches each name once. `*.folio-site` also finds the marker.
const PATTERN = `**/*.{md,markdown,${EXPORT_MARKER.slice(1)}}`;

/** Scans `root` for articles. Unreadable folders are skipped silently, as `find` would report and go on. */
export function scanArchive(root: string, options: ScanOptions = {}): ScannedFile[] {
  // Names only: fast-glob's own stats cost twice as much as one lstat per file done here.
  const paths = fg.sync(PATTERN, {
    cwd: root,
    dot: true,
    ignore: BUILT_IN_IGNORES,
    followSymbolicLinks: false,
    onlyFiles: true,
    caseSensitiveMatch: false,
    suppressErrors: true,
    unique: false,
  });
  const exportFolders: string[] = [];
  const files: ScannedFile[] = [];
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    if (name === EXPORT_MARKER) {
      exportFolders.push(path.slice(0, slash + 1));
      continue;
    }
    if (name.startsWith('.')) continue;
    const stats = lstatSync(join(root, path), { throwIfNoEntry: false });
    // Gone since the walk, or replaced by something that is not a plain file: not an article now.
    if (stats?.isFile()) files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
  }
  const isIgnored = ignoreMatcher([...readIgnoreFile(root), ...(options.ignore ?? [])]);
  return files
    .filter((file) => !isIgnored(file.path) && !exportFolders.some((folder) => file.path.startsWith(folder)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function readIgnoreFile(root: string): string[] {
  try {
    return readFileSync(join(root, '.folioignore'), 'utf8').split('\n');
  } catch {
    return [];
  }
}
