/**
 * Brings the index up to date with the files: re-reads only what changed (size or mtime, then content hash),
 * drops what vanished, and writes everything in one transaction, so a reader never sees half a refresh and two
 * folio processes never interleave their writes.
 */
import { createHash } from 'node:crypto';
import type { ParseJob, ParseOutcome } from '../archive/parse-files.js';
import { scanArchive, type ScanOptions, type ScannedFile } from '../archive/scan.js';
import { compareProblems, type Problem } from '../model/problem.js';
import type { ParseOptions } from '../parse/article.js';
import type { Db } from './database.js';
import { diffFiles, isEmptyDiff, type IndexDiff } from './diff.js';
import { SETTINGS_META } from './schema.js';
import { IndexStore } from './store.js';

export interface IndexStats {
  /** Articles (and unreadable files) now known to the index. */
  files: number;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Files read in this refresh that had errors (indexed with fallbacks, or skipped). */
  failed: number;
}

export interface RefreshResult {
  stats: IndexStats;
  /** Problems of the files read in this refresh (those of unchanged files were reported before). */
  problems: Problem[];
}

export interface RefreshOptions {
  scan?: ScanOptions;
  parse?: ParseOptions;
  /** Everything outside the files that changes how they parse (config); a new value re-reads every file. */
  settingsKey?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Digest of the scan the index was last brought up to date with (see scanDigest). */
const SCAN_META = 'scan';

/** Refreshes the index of `root`. Waits for another process's refresh to finish rather than racing it. */
export async function refreshIndex(db: Db, root: string, options: RefreshOptions = {}): Promise<RefreshResult> {
  const scanned = scanArchive(root, options.scan);
  const store = new IndexStore(db);
  const settingsKey = options.settingsKey ?? '';
  const digest = scanDigest(scanned);
  const unchanged = { stats: { files: scanned.length, added: 0, updated: 0, removed: 0, unchanged: scanned.length, failed: 0 }, problems: [] };

  // The common case: the last refresh saw these very files, sizes and times, with the same settings. Then the
  // index is current without reading its list of files, which costs more than the scan on large archives.
  if (store.getMeta(SCAN_META) === digest && (store.getMeta(SETTINGS_META) ?? '') === settingsKey) return unchanged;

  const planned = plan(store, scanned, settingsKey);
  if (planned.nothingToDo) {
    // Current, but recorded under another digest (a file changed between a scan and its reading, or the index
    // predates digests): record this one, so the next refresh takes the short way.
    rememberDigest(db, store, digest);
    return unchanged;
  }

  db.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have refreshed while this one waited for the lock: plan again under the lock.
    const locked = plan(store, scanned, settingsKey);
    const result = await apply(store, root, locked, options);
    store.setMeta(SETTINGS_META, settingsKey);
    store.setMeta(SCAN_META, digest);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * A digest of what a scan saw: every path with its size and modification time. Equal digests mean that no
 * file was added, removed, resized or touched in between.
 */
export function scanDigest(scanned: readonly ScannedFile[]): string {
  const hash = createHash('sha256');
  let chunk = '';
  for (const file of scanned) {
    chunk += `${file.path}\0${file.size}\0${file.mtimeMs}\n`;
    if (chunk.length >= 1 << 16) {
      hash.update(chunk);
      chunk = '';
    }
  }
  return hash.update(chunk).digest('hex');
}

/**
 * Records the digest of a scan that found the index current. Only a shortcut for the next refresh, so it
 * never waits for another process's write and gives up quietly when the index cannot be written.
 */
function rememberDigest(db: Db, store: IndexStore, digest: string): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    store.setMeta(SCAN_META, digest);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_READONLY') throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

interface Plan {
  diff: IndexDiff;
  jobs: ParseJob[];
  known: Set<string>;
  nothingToDo: boolean;
  stats: IndexStats;
}

function plan(store: IndexStore, scanned: ScannedFile[], settingsKey: string): Plan {
  const indexed = store.indexedFiles();
  const diff = diffFiles(scanned, indexed);
  const settingsChanged = (store.getMeta(SETTINGS_META) ?? '') !== settingsKey;
  const jobs: ParseJob[] = settingsChanged
    ? scanned.map((file) => ({ path: file.path }))
    : [...diff.added.map((file) => ({ path: file.path })), ...diff.changed.map(({ file, previous }) => ({ path: file.path, previousHash: previous.hash }))];
  const nothingToDo = !settingsChanged && isEmptyDiff(diff);
  return {
    diff,
    jobs,
    known: new Set(indexed.map((file) => file.path)),
    nothingToDo,
    stats: { files: scanned.length, added: 0, updated: 0, removed: 0, unchanged: nothingToDo ? scanned.length : 0, failed: 0 },
  };
}

async function apply(store: IndexStore, root: string, planned: Plan, options: RefreshOptions): Promise<RefreshResult> {
  // Files without a job are unchanged; a job whose content hash is unchanged adds to them below.
  const stats: IndexStats = { ...planned.stats, unchanged: planned.stats.files - planned.jobs.length };
  const problems: Problem[] = [];
  const total = planned.jobs.length;
  let done = 0;

  const onOutcome = (outcome: ParseOutcome) => {
    store.putFile({ path: outcome.path, size: outcome.size, mtimeMs: outcome.mtimeMs, hash: outcome.hash });
    if (outcome.kind === 'same-content') {
      stats.unchanged++;
    } else {
      store.putArticle(outcome.path, outcome.parsed, outcome.problems, outcome.search);
      problems.push(...outcome.problems);
      if (planned.known.has(outcome.path)) stats.updated++;
      else stats.added++;
      if (outcome.problems.some((found) => found.severity === 'error')) stats.failed++;
    }
    options.onProgress?.(++done, total);
  };
  // Loaded only when there is something to parse: a warm refresh never pays for the parsers.
  const { parseFiles } = await import('../archive/parse-files.js');
  await parseFiles(root, planned.jobs, options.parse ?? {}, onOutcome);

  for (const file of planned.diff.removed) store.removePath(file.path);
  stats.removed = planned.diff.removed.length;

  return { stats, problems: problems.sort(compareProblems) };
}
