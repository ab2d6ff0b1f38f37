/**
 * Lists the Markdown files of an archive with their size and modification time, sorted by path.
 * Symlinks are never followed, so a link out of the root or a link loop cannot widen or hang a scan.
 */
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { EXPORT_MARKER, ignoreMatcher } from './ignore-rules.js';

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

const ARTICLE_EXTENSION = /\.(?:md|markdown)$/i;

/** Entries of a folder that are not articles, up to which each is looked at on its own to find folders. */
const FEW_OTHERS = 32;

const MISSING_IS_UNDEFINED = { throwIfNoEntry: false } as const;

/**
 * Scans `root` for articles. Unreadable folders are skipped silently, as `find` would report and go on.
 *
 * The walk is written out rather than done by a glob library: every read command scans, and a plain
 * readdir-and-lstat walk costs half as much as a glob walk, without loading one. Folders are read as plain
 * names: the lstat every article needs anyway tells files from folders, and asking the listing for types
 * too costs more than the few lstats of what else a folder holds.
 */
export function scanArchive(root: string, options: ScanOptions = {}): ScannedFile[] {
  const files: ScannedFile[] = [];
  const walk = (folder: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    // A folder holding an export's marker is a published site, not articles.
    if (names.includes(EXPORT_MARKER)) return;
    let others: string[] | undefined;
    for (const name of names) {
      // Dot-folders and dot-files (.git, .folio, .obsidian) are never articles.
      if (name.startsWith('.')) continue;
      if (!ARTICLE_EXTENSION.test(name)) {
        (others ??= []).push(name);
        continue;
      }
      // Joined by hand: path.join normalises every path, which costs more than the lstat on large archives.
      // Symbolic links are neither files nor folders to lstat, so they are never followed; an entry gone since
      // the listing is not an article now.
      const stats = lstatSync(folder + sep + name, MISSING_IS_UNDEFINED);
      if (stats?.isFile()) files.push({ path: prefix + name, size: stats.size, mtimeMs: stats.mtimeMs });
      else if (stats?.isDirectory()) walk(folder + sep + name, `${prefix}${name}/`);
    }
    if (others === undefined) return;
    // node_modules is never articles.
    for (const name of subfolders(folder, others))
      if (name !== 'node_modules') walk(folder + sep + name, `${prefix}${name}/`);
  };
  walk(root, '');
  const isIgnored = ignoreMatcher([...readIgnoreFile(root), ...(options.ignore ?? [])]);
  return files.filter((file) => !isIgnored(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Which of `names`, entries of `folder`, are folders (not links to one). A few are looked at one by one; many
 * (a folder of images) are told apart by reading the folder again with the type of each entry.
 */
function subfolders(folder: string, names: string[]): string[] {
  if (names.length <= FEW_OTHERS)
    return names.filter((name) => lstatSync(folder + sep + name, MISSING_IS_UNDEFINED)?.isDirectory() === true);
  const wanted = new Set(names);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory() && wanted.has(entry.name)).map((entry) => entry.name);
}

function readIgnoreFile(root: string): string[] {
  try {
    return readFileSync(join(root, '.folioignore'), 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** The most files `scanOtherFiles` lists: an archive is not a file store, and the list is held in memory. */
const MAX_OTHER_FILES = 200_000;

/**
 * The files of `root` that are not articles (pictures, PDFs, …), for links that name a file without saying where
 * it is (an Obsidian embed `![[photo.png]]` finds the picture in any folder of the vault). The same folders as
 * `scanArchive` are walked; `.folioignore` is not read, as a link to an ignored picture still reaches it.
 * Sorted by path.
 */
export function scanOtherFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((entry) => entry.name === EXPORT_MARKER)) return;
    for (const entry of entries) {
      if (files.length >= MAX_OTHER_FILES) return;
      if (entry.name.startsWith('.')) continue;
      if (entry.isFile() && !ARTICLE_EXTENSION.test(entry.name)) files.push(prefix + entry.name);
      else if (entry.isDirectory() && entry.name !== 'node_modules')
        walk(folder + sep + entry.name, `${prefix}${entry.name}/`);
    }
  };
  walk(root, '');
  return files.sort();
}
