/**
 * Runs per-article export jobs through the worker pool (workers/pool.ts) and guards the export against any
 * single article: an article whose thread takes too long, runs out of its memory allowance or dies is rendered
 * as plain text instead, and a page that thread may have half written is written again. Small exports run in
 * the main thread. Results arrive in no particular order; a failed write ends the export as an ExportError.
 */
import { JobFailure, runPool } from '../workers/pool.js';
import { ExportError } from './out-dir.js';
import { jobRunner, type JobKind, type JobOf, type ResultOf, type SettingsOf } from './job-kinds.js';

export interface PoolOptions {
  /** Below this many jobs, run in the main thread. */
  threshold?: number;
  /** How long one article may take before its worker is stopped. */
  articleTimeoutMs?: number;
  /** Memory allowance of each worker's heap. */
  workerHeapMb?: number;
  threads?: number;
}

/** Articles per message to a worker: rendering one takes about a millisecond, a message a few dozen µs. */
const BATCH_SIZE = 16;
/** Starting the workers and loading the renderer in each costs about as much as rendering this many articles. */
const THRESHOLD = 128;

/** Runs every job of `kind`, calling `onResult` as each finishes; a returned promise holds back the workers. */
export async function runJobs<K extends JobKind>(
  kind: K,
  settings: SettingsOf<K>,
  jobs: readonly JobOf<K>[],
  onResult: (result: ResultOf<K>) => void | Promise<void>,
  options: PoolOptions = {},
): Promise<void> {
  const run = jobRunner(kind, settings);
  try {
    await runPool(
      {
        worker: new URL('./job-worker.js', import.meta.url),
        settings: { kind, settings },
        runHere: (job) => run(job),
        fallback: (job, reason) => run(job, `${reason} to render`),
        onRetry: (job) => {
          // The stopped worker may have written this job's output before it was stopped.
          job.again = true;
        },
        threshold: options.threshold ?? THRESHOLD,
        batchSize: BATCH_SIZE,
        jobTimeoutMs: options.articleTimeoutMs ?? 30_000,
        workerHeapMb: options.workerHeapMb ?? 256,
        ...(options.threads !== undefined ? { threads: options.threads } : {}),
      },
      jobs,
      (result) => onResult(result),
    );
  } catch (error) {
    // Writing failed on a worker (disk full, permissions): the export cannot go on.
    if (error instanceof JobFailure) throw new ExportError(error.message);
    throw error;
  }
}
