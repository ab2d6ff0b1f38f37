/**
 * Opens the index database, creating it when missing and replacing it when it is damaged or from another
 * schema version: the index is a cache of the files, so rebuilding is always safe. A file that is not a folio
 * index is never replaced unless it lives in a `.folio` folder.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { IndexError } from '../model/errors.js';
import { fold } from '../parse/fold.js';
import { APPLICATION_ID, SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;

export interface OpenedIndex {
  db: Db;
  file: string;
  /** Why the previous index was thrown away, when it was. */
  rebuiltBecause?: string;
}

/** How long a command waits for another folio process writing the same index. */
const BUSY_TIMEOUT_MS = 60_000;

/** Opens (or creates) the index at `file`. With `fresh`, any existing index is discarded first. */
export function openIndex(file: string, options: { fresh?: boolean } = {}): OpenedIndex {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new IndexError(`${file}: cannot create the folder it goes in (a file is in the way)`, 2, { cause: error });
    }
    throw asIndexError(error, file);
  }
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
    throw new IndexError(
      `${file}: is a folder; the index is a file (for example ${file.replace(/[\\/]+$/, '')}/index.db)`,
    );
  }
  let db = connect(file);
  // Judged before anything is written: a file that turns out not to be ours must stay untouched.
  const verdict = inspect(db, file);
  let rebuiltBecause: string | undefined;
  if ('refuse' in verdict) {
    db.close();
    throw new IndexError(`${file}: ${verdict.refuse}; refusing to replace it (remove it or choose another --index)`);
  }
  // A sound index, or one of another schema version, is emptied in place, inside a write transaction: another
  // folio process reading or writing it at the time waits for it instead of losing its files under it. Only a
  // damaged file is removed and created anew.
  let reset = options.fresh === true && 'exists' in verdict && verdict.exists;
  if ('replace' in verdict) {
    rebuiltBecause = verdict.replace;
    if (verdict.damaged) {
      db.close();
      removeDatabase(file);
      db = connect(file);
    } else reset = true;
  }
  try {
    configure(db);
    if (reset) resetSchema(db);
    initialise(db);
  } catch (error) {
    db.close();
    throw asIndexError(error, file);
  }
  return rebuiltBecause === undefined ? { db, file } : { db, file, rebuiltBecause };
}

/** Whether an error from SQLite means the database file itself is damaged. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Removes an index and its WAL files. */
export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

function connect(file: string): Db {
  try {
    return new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw asIndexError(error, file);
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
  db.function('folio_fold', { deterministic: true }, (value: unknown) => (value === null ? null : fold(String(value))));
}

/** Creates the schema in an empty database; a second process arriving at the same time waits, then sees it. */
function initialise(db: Db): void {
  if (hasSchema(db)) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    if (!hasSchema(db)) createSchema(db);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Replaces every table of the index with empty ones (full-text tables dropped first: they own shadow tables). */
function resetSchema(db: Db): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const tables = db
      .prepare(
        "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' AS virtual FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; virtual: number }[];
    const ordered = [...tables.filter((table) => table.virtual), ...tables.filter((table) => !table.virtual)];
    for (const { name } of ordered) db.exec(`DROP TABLE IF EXISTS "${name.replace(/"/g, '""')}"`);
    // Created again in the same transaction, so no other process ever sees an index without its tables.
    createSchema(db);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

function createSchema(db: Db): void {
  db.exec(SCHEMA_SQL);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

function hasSchema(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get() !== undefined;
}

type Verdict = { exists: boolean } | { replace: string; damaged?: boolean } | { refuse: string };

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Looks at an open database without changing it. An old or damaged folio index is replaced; a file that is
 * not one is refused, unless it sits in a `.folio` folder, which belongs to folio.
 */
function inspect(db: Db, file: string): Verdict {
  const exists = existsSync(file) && statSync(file).size > 0;
  if (!exists) return { exists: false };
  const ownFolder = basename(dirname(file)) === '.folio';
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    if (applicationId === 0 && tables === 0) return { exists: true };
    if (applicationId !== APPLICATION_ID)
      return ownFolder ? { replace: 'it was not a folio index', damaged: true } : { refuse: 'not a folio index' };
    if (version !== SCHEMA_VERSION)
      return { replace: `it was built by another version of folio (schema ${version}, now ${SCHEMA_VERSION})` };
    return { exists: true };
  } catch (error) {
    if (!isCorruption(error)) throw asIndexError(error, file);
    return ownFolder || startsWithSqliteHeader(file)
      ? { replace: 'it was damaged', damaged: true }
      : { refuse: 'not a folio index' };
  }
}

function startsWithSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** Turns a SQLite or file-system failure into one line naming the index file. */
export function asIndexError(error: unknown, file: string): IndexError {
  const code = (error as { code?: unknown })?.code;
  const reason =
    code === 'SQLITE_BUSY'
      ? 'the index is busy: another folio process is writing it; try again'
      : code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EROFS'
        ? 'cannot write the index (read-only)'
        : code === 'SQLITE_FULL' || code === 'ENOSPC'
          ? 'the disk is full'
          : error instanceof Error
            ? error.message
            : String(error);
  return new IndexError(`${file}: ${reason}`, 2, { cause: error });
}
