/**
 * The only code that writes exported files. A site is built in a fresh folder beside `--out` and moved into
 * place when complete, so a failed export leaves the previous one untouched; a JSON file is written beside its
 * target and renamed over it. Every path is checked to stay inside the output: absolute paths, `..` segments,
 * backslashes and NUL bytes are refused, and no file is ever written twice.
 *
 * When the machine fails: a full disk or a file-size limit stops the export with one line naming the file and the
 * reason, and the staging folder is removed. A process killed outright leaves its staging folder (or a temporary
 * file) behind, named with its process id: the next export to the same place removes those whose process is gone,
 * and, if it was killed in the instant between moving the previous site aside and moving the new one in, puts the
 * previous site back. Two exports to one place at once each build their own complete site; the last to finish wins.
 */
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { EXPORT_MARKER } from '../archive/ignore-rules.js';
import { FolioError, writeFailure } from '../model/errors.js';
import { isRunning } from '../archive/process-alive.js';

/** A failure to write an export; the message names the path. */
export class ExportError extends FolioError {}

const MARKER_TEXT = 'This folder was written by `folio export html`. folio replaces it on the next export into it.\n';

/** Throws unless `relativePath` is a plain relative path that stays inside the folder it is resolved against. */
export function checkInside(relativePath: string): void {
  if (
    relativePath === '' ||
    relativePath.includes('\0') ||
    relativePath.includes('\\') ||
    relativePath.startsWith('/') ||
    relativePath.split('/').some((part) => part === '..' || part === '.' || part === '')
  ) {
    throw new ExportError(`${JSON.stringify(relativePath)}: refusing to write outside the output folder`);
  }
}

/** Writes files below one folder; each path is checked, parent folders are created once. */
export class FolderWriter {
  private readonly made = new Set<string>();
  bytes = 0;
  files = 0;

  constructor(readonly folder: string) {}

  /**
   * Writes `data` to `relativePath` (e.g. `tags/x/index.html`). An existing file is refused, unless `replace`
   * says that this same file may have been written already (by a worker that was stopped).
   */
  write(relativePath: string, data: string | Uint8Array, replace = false): void {
    const target = this.place(relativePath);
    let fd: number;
    try {
      fd = openSync(target, replace ? 'w' : 'wx');
    } catch (error) {
      throw new ExportError(
        `${relativePath}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        2,
        { cause: error },
      );
    }
    try {
      this.bytes += typeof data === 'string' ? writeText(fd, data) : writeBytes(fd, data, 0);
      this.files++;
    } catch (error) {
      closeSync(fd);
      rmSync(target, { force: true });
      throw new ExportError(`${relativePath}: cannot write (${writeFailure(error)})`, 2, { cause: error });
    }
    closeSync(fd);
  }

  /**
   * Puts the file `from` (of the site this one replaces) at `relativePath` as a hard link, or as a copy where
   * the file system refuses links, and counts it as written (`size` bytes). False when `from` is gone: the
   * caller then makes the file itself. Nothing ever writes into a linked file: every write creates a new one.
   */
  link(relativePath: string, from: string, size: number, replace = false): boolean {
    const target = this.place(relativePath);
    if (replace) rmSync(target, { force: true });
    try {
      linkSync(from, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return false;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') {
        throw new ExportError(`${relativePath}: cannot write (${code ?? String(error)})`, 2, { cause: error });
      }
      try {
        copyFileSync(from, target, constants.COPYFILE_EXCL);
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === 'ENOENT') return false;
        rmSync(target, { force: true });
        throw new ExportError(`${relativePath}: cannot write (${writeFailure(copyError)})`, 2, { cause: copyError });
      }
    }
    this.bytes += size;
    this.files++;
    return true;
  }

  /** Checks `relativePath` and creates its folder; returns the file's full path. */
  private place(relativePath: string): string {
    checkInside(relativePath);
    const target = join(this.folder, ...relativePath.split('/'));
    const parent = dirname(target);
    if (!this.made.has(parent)) {
      // A worker still writing after the export was stopped must not create the removed staging folder again.
      if (!existsSync(this.folder)) throw new ExportError(`${relativePath}: the export was stopped`);
      mkdirSync(parent, { recursive: true });
      this.made.add(parent);
    }
    return target;
  }
}

/** Leftovers of this module's own work beside `target`: `.<name>.folio-new-<pid>-…` and `.<name>.folio-old-<pid>-…`. */
function leftovers(target: string): { path: string; kind: 'new' | 'old'; pid: number }[] {
  const prefix = `.${basename(target)}.folio-`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    const match = /^(new|old)-(\d+)-/.exec(name.slice(prefix.length));
    return match ? [{ path: join(dirname(target), name), kind: match[1] as 'new' | 'old', pid: Number(match[2]) }] : [];
  });
}

/**
 * Cleans up after exports to `target` that were killed: removes their staging folders and temporary files, and
 * puts back a previous site that one had moved aside when it was stopped, if nothing took its place since.
 * Leftovers of running exports are left alone.
 */
export function removeLeftovers(target: string): void {
  for (const found of leftovers(target)) {
    if (isRunning(found.pid)) continue;
    try {
      const previous = join(found.path, 'site');
      if (found.kind === 'old' && !existsSync(target) && existsSync(previous)) renameSync(previous, target);
      rmSync(found.path, { recursive: true, force: true });
    } catch {
      // Another export is cleaning up the same leftover; what is left is removed next time.
    }
  }
}

/**
 * Writes `text` as UTF-8 and returns its size. Node encodes a string straight into the write, without the
 * Buffer a page would otherwise cost; the rare short write is finished from an encoded copy.
 */
function writeText(fd: number, text: string): number {
  const written = writeSync(fd, text);
  const size = Buffer.byteLength(text, 'utf8');
  return written < size ? writeBytes(fd, Buffer.from(text, 'utf8'), written) : size;
}

/** Writes `bytes` from `offset` on, however many writes it takes, and returns their size. */
function writeBytes(fd: number, bytes: Uint8Array, offset: number): number {
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  return bytes.length;
}

/**
 * A site export in progress: files go to a staging folder beside `target`; `commit` swaps it into place.
 */
export class SiteOutput {
  readonly writer: FolderWriter;

  private constructor(
    readonly target: string,
    readonly staging: string,
  ) {
    this.writer = new FolderWriter(staging);
  }

  /**
   * Checks that `target` may be replaced and creates the staging folder. A non-empty folder without folio's
   * marker is refused unless `force`; the archive itself, a folder holding it, and the home folder never are.
   */
  static open(target: string, options: { force: boolean; archiveRoot: string; shown?: string }): SiteOutput {
    const absolute = resolve(target);
    const shown = options.shown ?? target;
    const archive = resolve(options.archiveRoot);
    const fromArchive = relative(absolute, archive);
    if (
      absolute === parse(absolute).root ||
      absolute === resolve(homedir()) ||
      fromArchive === '' ||
      (!fromArchive.startsWith('..') && !fromArchive.startsWith(sep))
    ) {
      throw new ExportError(
        `${shown}: refusing to export into a folder that holds the archive or your home folder; choose an empty folder`,
      );
    }
    removeLeftovers(absolute);
    if (existsSync(absolute)) {
      const stats = lstatSync(absolute);
      if (stats.isSymbolicLink()) throw new ExportError(`${shown}: is a symbolic link; give the real folder`);
      if (!stats.isDirectory()) throw new ExportError(`${shown}: exists and is not a folder`);
      const entries = readdirSync(absolute);
      if (entries.length > 0 && !entries.includes(EXPORT_MARKER) && !options.force) {
        throw new ExportError(
          `${shown}: folder is not empty and was not made by folio; use --force to replace it, or choose another folder`,
        );
      }
    }
    const parent = dirname(absolute);
    try {
      mkdirSync(parent, { recursive: true });
      const staging = mkdtempSync(join(parent, `.${basename(absolute)}.folio-new-${process.pid}-`));
      return new SiteOutput(absolute, staging);
    } catch (error) {
      throw new ExportError(
        `${dirname(shown)}: cannot create a folder there (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        2,
        { cause: error },
      );
    }
  }

  /**
   * Marks the staged site as folio's and moves it into place; the previous export is removed after the move,
   * before this returns, or by `discard` when given (a preview removes it while the new site is already shown).
   * Another export finishing at the same moment may put its site in place between the two moves: then that
   * complete site is moved aside in turn, so the folder always holds one whole site, never a mix.
   */
  commit(discard: (folder: string) => void = (folder) => rmSync(folder, { recursive: true, force: true })): void {
    this.writer.write(EXPORT_MARKER, MARKER_TEXT);
    const aside: string[] = [];
    try {
      for (let attempt = 0; ; attempt++) {
        if (existsSync(this.target)) {
          const previous = mkdtempSync(
            join(dirname(this.target), `.${basename(this.target)}.folio-old-${process.pid}-`),
          );
          aside.push(previous);
          try {
            renameSync(this.target, join(previous, 'site'));
          } catch (error) {
            // Moved away by another export meanwhile: try again.
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          }
        }
        try {
          renameSync(this.staging, this.target);
          break;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt >= 10) throw error;
        }
      }
    } catch (error) {
      // Put the first site moved aside back, if nothing took its place.
      const first = aside[0] === undefined ? undefined : join(aside[0], 'site');
      if (first && existsSync(first) && !existsSync(this.target)) renameSync(first, this.target);
      for (const folder of aside) rmSync(folder, { recursive: true, force: true });
      throw new ExportError(`${this.target}: cannot move the new site into place (${writeFailure(error)})`, 2, {
        cause: error,
      });
    }
    for (const folder of aside) discard(folder);
  }

  /** Removes the staging folder; the previous export stays as it was. */
  abort(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}

/** A single output file written beside its target and renamed over it when complete. */
export class FileOutput {
  private readonly fd: number;
  private readonly temporary: string;
  bytes = 0;

  private constructor(readonly target: string) {
    removeLeftovers(target);
    this.temporary = join(
      dirname(target),
      `.${basename(target)}.folio-new-${process.pid}-${randomBytes(6).toString('hex')}`,
    );
    try {
      this.fd = openSync(this.temporary, 'wx');
    } catch (error) {
      throw new ExportError(`${dirname(target)}: cannot write there (${writeFailure(error)})`, 2, { cause: error });
    }
  }

  /** Opens `target` for replacement. An existing file is replaced only if it looks like a JSON export, or with `force`. */
  static open(target: string, options: { force: boolean }): FileOutput {
    const absolute = resolve(target);
    if (existsSync(absolute)) {
      const stats = lstatSync(absolute);
      if (!stats.isFile()) throw new ExportError(`${target}: exists and is not a file`);
      if (!/\.(?:json|jsonl|ndjson)$/i.test(absolute) && !options.force) {
        throw new ExportError(`${target}: file exists and is not a .json/.jsonl file; use --force to replace it`);
      }
    }
    return new FileOutput(absolute);
  }

  write(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      throw new ExportError(`${this.target}: cannot write (${writeFailure(error)})`, 2, { cause: error });
    }
    this.bytes += bytes.length;
  }

  commit(): void {
    try {
      // On disk before the rename: after a power cut the target is the old file or the new one, whole.
      fsyncSync(this.fd);
      closeSync(this.fd);
      renameSync(this.temporary, this.target);
    } catch (error) {
      this.abort();
      throw new ExportError(`${this.target}: cannot write (${writeFailure(error)})`, 2, { cause: error });
    }
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temporary, { force: true });
  }
}
