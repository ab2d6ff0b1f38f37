/**
 * Runs per-article export jobs on worker threads, one per core, and guards the export against any single
 * article: a worker that takes too long on one article, runs out of its memory allowance or dies is replaced,
 * and that article is rendered as plain text instead. Small exports run in the main thread, where starting
 * workers would cost more than it saves. Results arrive in no particular order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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

const BATCH_SIZE = 16;

/** Runs every job of `kind`, calling `onResult` as each finishes. */
export async function runJobs<K extends JobKind>(
  kind: K,
  settings: SettingsOf<K>,
  jobs: readonly JobOf<K>[],
  onResult: (result: ResultOf<K>) => void | Promise<void>,
  options: PoolOptions = {},
): Promise<void> {
  type Job = JobOf<K>;
  // One worker per core (a third on two cores saved no time and cost 60 MB).
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  const fallback = jobRunner(kind, settings);
  if (jobs.length < (options.threshold ?? 128) || threads < 2) {
    for (const job of jobs) await onResult(fallback(job));
    return;
  }
  const queue: Job[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) queue.push(jobs.slice(start, start + BATCH_SIZE));
  const timeoutMs = options.articleTimeoutMs ?? 30_000;
  const heapMb = options.workerHeapMb ?? 256;

  await new Promise<void>((resolveAll, reject) => {
    let running = 0;
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    // When `onResult` asks to wait (its output is backed up), no worker gets a new batch until it may go on:
    // at most two batches per worker are ever in flight, so memory stays flat however slow the reader.
    let drained: Promise<void> = Promise.resolve();
    const deliver = (result: ResultOf<K>) => {
      const waiting = onResult(result);
      if (waiting) drained = waiting;
    };
    const resolve = () => void drained.then(() => resolveAll(), fail);

    const start = () => {
      running++;
      const worker = new Worker(new URL('./job-worker.js', import.meta.url), {
        workerData: { kind, settings },
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
      });
      // The jobs sent to this worker and not answered yet, in the order it runs them. Two batches are kept in
      // flight, so a worker never waits for this thread between batches.
      let batch: Job[] = [];
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => lose(`took longer than ${Math.round(timeoutMs / 1000)} s to render`), timeoutMs);
      };
      const next = () => {
        if (failed) return end();
        const jobsNow = queue.shift();
        if (!jobsNow) {
          if (batch.length === 0) end();
          return;
        }
        batch.push(...jobsNow);
        arm();
        worker.postMessage(jobsNow);
      };
      const end = () => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        void worker.terminate();
        if (--running === 0 && !failed) resolve();
      };
      /** The worker is gone: its current article becomes plain text, the rest of its batch goes back in the queue. */
      const lose = (reason: string) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        void worker.terminate();
        running--;
        const [current, ...rest] = batch;
        batch = [];
        // The stopped worker may have written the output of any of them before it was stopped.
        for (const job of [current, ...rest]) if (job) job.again = true;
        try {
          if (current) deliver(fallback(current, reason));
        } catch (error) {
          return fail(error);
        }
        if (rest.length > 0) queue.unshift(rest);
        if (queue.length > 0 && !failed) void drained.then(start, fail);
        else if (running === 0 && !failed) resolve();
      };

      worker.on('message', (message: { result?: ResultOf<K>; error?: { message: string; code?: string } }) => {
        // A worker given up on may still speak before it stops: its jobs were already rendered again or re-queued.
        if (finished) return;
        if (message.error) {
          // Writing failed (disk full, permissions): the export cannot go on.
          clearTimeout(timer);
          finished = true;
          void worker.terminate();
          return fail(new ExportError(message.error.message));
        }
        batch.shift();
        try {
          deliver(message.result!);
        } catch (error) {
          return fail(error);
        }
        if (batch.length === BATCH_SIZE) void drained.then(next, fail);
        if (batch.length > 0) return arm();
        clearTimeout(timer);
        void drained.then(next, fail);
      });
      worker.on('error', (error) => lose(/memory/i.test(error.message) ? 'ran out of memory while rendering' : `the renderer failed (${error.message})`));
      worker.on('exit', () => {
        if (!finished) lose('the renderer stopped unexpectedly');
      });
      worker.on('online', () => {
        next();
        next();
      });
    };

    for (let i = 0; i < Math.min(threads, queue.length); i++) start();
  });
}
