/**
 * Brings the index up to date with the files: re-reads only what changed (size or mtime, then content hash),
 * drops what vanished, and writes everything in one transaction, so a reader never sees half a refresh and two
 * folio processes never interleave their writes.
 */
import type { ParseJob, ParseOutcome } from '../archive/parse-files.js';
import { repositoryState } from '../archive/git-dates.js';
import { scanArchive, type ScanOptions, type ScannedFile } from '../archive/scan.js';
import { compareProblems, type Problem } from '../model/problem.js';
import type { ParseOptions } from '../parse/article.js';
import type { Db } from './database.js';
import { diffFiles, isEmptyDiff, type IndexDiff } from './diff.js';
import { SETTINGS_META } from './schema.js';
import type { IndexStore } from './store.js';

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
  /** The files were not scanned: a watcher vouched for them (see `filesKeptFresh`). */
  keptFresh?: true;
}

export interface RefreshOptions {
  scan?: ScanOptions;
  parse?: ParseOptions;
  /** Everything outside the files that changes how they parse (config); a new value re-reads every file. */
  settingsKey?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * A running watcher vouches that the index holds every change to the files made so far (see watch/ask.ts):
   * the scan is skipped, and only the settings and the repository's commit are compared.
   */
  filesKeptFresh?: boolean;
}

/** What the last refresh saw of the files (see scanListing). */
const SCAN_META = 'scan';
/** Where the archive's git repository was at the last refresh ('' outside one): a commit can date undated articles. */
const GIT_META = 'git';
/** How many files the last refresh saw: counting the files table of 100,000 takes a command 200 ms of reading. */
const FILES_META = 'files';

/** Refreshes the index of `root`. Waits for another process's refresh to finish rather than racing it. */
export async function refreshIndex(db: Db, root: string, options: RefreshOptions = {}): Promise<RefreshResult> {
  if (options.filesKeptFresh === true) {
    const kept = keptFresh(db, root, options.settingsKey ?? '');
    if (kept !== undefined) return kept;
  }
  const scanned = scanArchive(root, options.scan);
  const settingsKey = options.settingsKey ?? '';
  const gitState = repositoryState(root);
  const listing = scanListing(scanned);
  const unchanged = {
    stats: { files: scanned.length, added: 0, updated: 0, removed: 0, unchanged: scanned.length, failed: 0 },
    problems: [],
  };

  // The common case: the last refresh saw these very files, sizes and times, with the same settings. Then the
  // index is current without reading its list of files, which costs several times the comparison.
  const meta = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  const sameRepository = ((meta.get(GIT_META) as string | undefined) ?? '') === gitState;
  if (
    meta.get(SCAN_META) === listing &&
    ((meta.get(SETTINGS_META) as string | undefined) ?? '') === settingsKey &&
    sameRepository
  )
    return unchanged;

  // Loaded only past the shortcut: preparing the store's statements costs more than the comparison above.
  const { IndexStore } = await import('./store.js');
  const store = new IndexStore(db);
  const planned = plan(store, scanned, settingsKey);
  if (planned.nothingToDo && sameRepository) {
    // Current, but recorded under another listing (a file changed between a scan and its reading, or an index
    // from before listings): record this one, so the next refresh takes the short way.
    rememberListing(db, store, listing, scanned.length);
    return unchanged;
  }

  db.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have refreshed while this one waited for the lock: plan again under the lock.
    const locked = plan(store, scanned, settingsKey);
    const result = await apply(store, root, locked, options);
    // Undated articles are dated from git after every change of a file or of the repository.
    const { updateGitDates } = await import('./git-dates.js');
    await updateGitDates(db, root, gitState);
    store.setMeta(GIT_META, gitState);
    store.setMeta(SETTINGS_META, settingsKey);
    store.setMeta(SCAN_META, listing);
    store.setMeta(FILES_META, String(scanned.length));
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** The result of a refresh that finds nothing to do, when the files are known current and nothing else moved. */
function keptFresh(db: Db, root: string, settingsKey: string): RefreshResult | undefined {
  const meta = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  if (((meta.get(SETTINGS_META) as string | undefined) ?? '') !== settingsKey) return undefined;
  if (((meta.get(GIT_META) as string | undefined) ?? '') !== repositoryState(root)) return undefined;
  const recorded = Number(meta.get(FILES_META) ?? Number.NaN);
  const files = Number.isInteger(recorded)
    ? recorded
    : (db.prepare('SELECT count(*) FROM files').pluck().get() as number);
  return {
    stats: { files, added: 0, updated: 0, removed: 0, unchanged: files, failed: 0 },
    problems: [],
    keptFresh: true,
  };
}

/**
 * What a scan saw, exactly: every path, then every size and modification time. Equal listings mean that no
 * file was added, removed, resized or touched in between. Compared whole rather than through a digest:
 * building and comparing it costs less than hashing it, needs no hashing code loaded, and no two scans can
 * share one. The paths go in as JSON, so no file name, whatever characters it holds, can pass for two names or
 * two for one; the numbers go in as the bytes of their doubles, which spares formatting 20,000 of them.
 */
export function scanListing(scanned: readonly ScannedFile[]): string {
  const paths = new Array<string>(scanned.length);
  const numbers = new Float64Array(scanned.length * 2);
  for (let i = 0; i < scanned.length; i++) {
    const file = scanned[i]!;
    paths[i] = file.path;
    numbers[2 * i] = file.size;
    numbers[2 * i + 1] = file.mtimeMs;
  }
  return `${JSON.stringify(paths)}\n${Buffer.from(numbers.buffer).toString('base64')}`;
}

/**
 * Records the listing of a scan that found the index current. Only a shortcut for the next refresh, so it
 * never waits for another process's write and gives up quietly when the index cannot be written.
 */
function rememberListing(db: Db, store: IndexStore, listing: string, files: number): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    store.setMeta(SCAN_META, listing);
    store.setMeta(FILES_META, String(files));
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
    : [
        ...diff.added.map((file) => ({ path: file.path })),
        ...diff.changed.map(({ file, previous }) => ({ path: file.path, previousHash: previous.hash })),
      ];
  const nothingToDo = !settingsChanged && isEmptyDiff(diff);
  return {
    diff,
    jobs,
    known: new Set(indexed.map((file) => file.path)),
    nothingToDo,
    stats: {
      files: scanned.length,
      added: 0,
      updated: 0,
      removed: 0,
      unchanged: nothingToDo ? scanned.length : 0,
      failed: 0,
    },
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
      store.putArticle(
        outcome.path,
        outcome.parsed,
        outcome.problems,
        outcome.search,
        !planned.known.has(outcome.path),
      );
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
