/**
 * Lists the Markdown files of an archive with their size and modification time, sorted by path.
 * Symlinks are never followed, so a link out of the root or a link loop cannot widen or hang a scan.
 */
import { readFileSync } from 'node:fs';
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

const ARTICLE_PATTERNS = ['**/*.md', '**/*.markdown'];

/** Scans `root` for articles. Unreadable folders are skipped silently, as `find` would report and go on. */
export function scanArchive(root: string, options: ScanOptions = {}): ScannedFile[] {
  const entries = fg.sync([...ARTICLE_PATTERNS, `**/${EXPORT_MARKER}`], {
    cwd: root,
    dot: true,
    ignore: BUILT_IN_IGNORES,
    followSymbolicLinks: false,
    onlyFiles: true,
    stats: true,
    caseSensitiveMatch: false,
    suppressErrors: true,
  });
  const exportFolders: string[] = [];
  const files: ScannedFile[] = [];
  for (const entry of entries) {
    const slash = entry.path.lastIndexOf('/');
    const name = entry.path.slice(slash + 1);
    if (name === EXPORT_MARKER) {
      exportFolders.push(entry.path.slice(0, slash + 1));
      continue;
    }
    if (name.startsWith('.')) continue;
    files.push({ path: entry.path, size: entry.stats!.size, mtimeMs: entry.stats!.mtimeMs });
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
