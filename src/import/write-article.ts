/**
 * The only code that writes imported articles. It resolves the target folder inside the archive and refuses any
 * that would lead out of it (an absolute path, `..`, a symbolic link pointing elsewhere); it creates files with
 * O_EXCL, so an existing file (or a link planted in its place) is never written through; and it replaces a file
 * only when asked (`--force`), by renaming a finished temporary file over it, so a crash never leaves half an
 * article. Every path it writes is checked to be a plain name inside the target folder.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../model/errors.js';
import { isRunning } from '../archive/process-alive.js';

export interface TargetFolder {
  /** Absolute, symbolic links resolved (or the path it will have once created). */
  absolute: string;
  /** Relative to the archive root, `/` separators; '' for the root itself. */
  relative: string;
  /** Folders that do not exist yet (created by `prepareTargetFolder`). */
  missing: string[];
}

/** What is at a file name in the target folder, compared with the text about to be written. */
export type Existing = 'none' | 'same' | 'different' | 'not-a-file';

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Resolves `--into` (relative to the archive root `root`, which has its symbolic links resolved). Throws a
 * UsageError for a folder outside the archive or one the index would never read.
 */
export function resolveTargetFolder(root: string, into: string | undefined): TargetFolder {
  const given = into ?? '';
  if (isAbsolute(given))
    throw new UsageError(`--into ${given}: expected a folder inside the archive, not an absolute path`);
  const parts = given.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  if (parts.includes('..'))
    throw new UsageError(`--into ${given}: expected a folder inside the archive ('..' leads out of it)`);
  const hidden = parts.find((part) => part.startsWith('.') || part === 'node_modules');
  if (hidden)
    throw new UsageError(
      `--into ${given}: '${hidden}' is a folder the index skips; articles there would never be listed`,
    );

  let current = root;
  const missing: string[] = [];
  for (const part of parts) {
    const next = join(current, part);
    if (missing.length > 0) {
      missing.push(next);
      current = next;
      continue;
    }
    let stats;
    try {
      stats = lstatSync(next);
    } catch {
      missing.push(next);
      current = next;
      continue;
    }
    const real = stats.isSymbolicLink() ? safeRealpath(next) : next;
    if (real === null || !inside(root, real)) {
      throw new UsageError(`--into ${given}: '${part}' is a symbolic link that leads out of the archive`);
    }
    if (!statSync(real).isDirectory())
      throw new UsageError(`--into ${given}: '${relative(root, next).split(sep).join('/')}' is not a folder`);
    current = real;
  }
  return { absolute: current, relative: relative(root, current).split(sep).join('/'), missing };
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Creates the target folder's missing folders (one by one: a folder planted meanwhile is not followed). */
export function prepareTargetFolder(folder: TargetFolder): void {
  for (const path of folder.missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      if (
        (error as NodeJS.ErrnoException).code !== 'EEXIST' ||
        lstatSync(path).isSymbolicLink() ||
        !lstatSync(path).isDirectory()
      )
        throw error;
    }
  }
  folder.missing = [];
}

/** The path of `fileName` in `folder`, after checking that it is a plain name that stays there. */
function pathIn(folder: TargetFolder, fileName: string): string {
  if (!/^[^/\\\u0000]+$/.test(fileName) || fileName.startsWith('.'))
    throw new Error(`refusing to write the file name ${JSON.stringify(fileName)}`);
  const path = join(folder.absolute, fileName);
  if (dirname(path) !== folder.absolute) throw new Error(`refusing to write outside ${folder.absolute}`);
  return path;
}

/** Tells what is at `fileName` in the folder: nothing, the same text, other text, or something that is not a file. */
export function existingAt(folder: TargetFolder, fileName: string, text: string): Existing {
  const path = pathIn(folder, fileName);
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return 'none';
  }
  if (!stats.isFile()) return 'not-a-file';
  const bytes = Buffer.byteLength(text);
  if (stats.size !== bytes) return 'different';
  try {
    return readFileSync(path, 'utf8') === text ? 'same' : 'different';
  } catch {
    return 'different';
  }
}

/** Prefix of the temporary files of an import; the process id follows, so a later import knows whose they are. */
const TEMPORARY_PREFIX = '.folio-import-';

/**
 * Writes `text` to a new temporary file in the folder and returns its path. The name starts with a dot and does
 * not end in `.md`, so a refresh of the index running meanwhile never reads it; the data reaches the disk before
 * the file is given its name, so a power cut leaves the article whole or absent.
 */
function writeTemporary(folder: TargetFolder, text: string): string {
  const path = join(folder.absolute, `${TEMPORARY_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(path, 'wx', 0o644);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
  return path;
}

/**
 * Removes the temporary files that imports killed while writing to `folder` left there (those whose process is
 * no longer running).
 */
export function removeLeftovers(folder: TargetFolder): void {
  let names: string[];
  try {
    names = readdirSync(folder.absolute);
  } catch {
    return;
  }
  for (const name of names) {
    const match = /^\.folio-import-(\d+)-[0-9a-f]+\.tmp$/.exec(name);
    if (match && !isRunning(Number(match[1]))) rmSync(join(folder.absolute, name), { force: true });
  }
}

/**
 * Creates `fileName` with `text`; returns false (writing nothing) when something is already there. The text is
 * written whole under a temporary name and then linked to its own, which fails if the name was taken meanwhile:
 * no reader ever sees half an article, and nothing is overwritten.
 */
export function createArticleFile(folder: TargetFolder, fileName: string, text: string): boolean {
  const path = pathIn(folder, fileName);
  if (existsSync(path)) return false;
  const temporary = writeTemporary(folder, text);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links (FAT, some network shares): create the file in place instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EMLINK')
      return createInPlace(path, text);
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function createInPlace(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
  return true;
}

/** Replaces the regular file `fileName` with `text`, atomically. */
export function replaceArticleFile(folder: TargetFolder, fileName: string, text: string): void {
  const path = pathIn(folder, fileName);
  const temporary = writeTemporary(folder, text);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
