/**
 * The one worker pool: runs many small, independent jobs on worker threads when there are enough of them to pay
 * for starting the threads, and in this thread otherwise. It serves folio's three kinds of parallel work
 * (parsing files for the index, rendering articles for an export, converting imported pages):
 *
 * - jobs travel in batches, since one job is often cheaper than a message;
 * - at most two batches per thread are in flight, and none is sent while the caller's `onResult` asks to wait,
 *   so results never pile up faster than the caller stores or writes them (memory stays flat);
 * - results come back as each batch finishes, or in the order of the jobs when asked (names chosen on import
 *   must not depend on which thread was faster);
 * - a batch whose thread overran its time, ran out of memory or died is run again one job at a time, so only
 *   the job at fault gets the caller's fallback, and every other job its normal result (threads.ts);
 * - a job runner that throws (a failed write: the work cannot go on) stops the run with that error.
 *
 * The worker side is `worker-side.ts`. piscina was measured in this place and not kept: see README, Dependencies.
 */
import { availableParallelism } from 'node:os';
import { ThreadSet, ThreadStopped } from './threads.js';

export interface PoolSpec<Job, Result> {
  /** The worker module, whose default export is `serveBatches(runner)` over the same runner as `runHere`. */
  worker: URL;
  /** Plain data handed to each worker (`workerSettings()` there). */
  settings: unknown;
  /** Runs one job in this thread: below the threshold, and for every job when threads cannot help. */
  runHere: (job: Job) => Result;
  /** The result for a job whose thread was stopped (too slow, out of memory, crashed), given why. */
  fallback: (job: Job, reason: string) => Result;
  /** Below this many jobs everything runs in this thread: starting threads would cost more than they save. */
  threshold: number;
  /** Jobs per message to a thread. */
  batchSize: number;
  /** Deliver results in the order of the jobs rather than as they finish. */
  ordered?: boolean;
  /** How long one batch may run on a thread before the thread is stopped (default: no limit). */
  jobTimeoutMs?: number;
  /** Heap allowance of each thread, in MB (default: Node's). */
  workerHeapMb?: number;
  /** Threads to use (default: one per core, at most four). */
  threads?: number;
  /** Told of each job that is run again after its thread was stopped: that thread may have done part of it. */
  onRetry?: (job: Job) => void;
}

/** What a worker answers for one batch: the results of the jobs it ran, and why it stopped early if it did. */
export interface BatchAnswer<Result> {
  results: Result[];
  failure?: { message: string; code?: string };
}

/** A job runner threw on a worker thread: the run stops with this error. */
export class JobFailure extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'JobFailure';
    this.code = code;
  }
}

/** More threads than this never helped: the main thread, storing or writing results, is the limit by then. */
const MAX_THREADS = 4;
/** Batches in flight per thread: with two, a thread starts the next while this thread handles the last. */
const BATCHES_PER_THREAD = 2;

interface Numbered<Job> {
  index: number;
  job: Job;
}

/** Runs every job, calling `onResult(result, index)` for each; a returned promise holds back further batches. */
export async function runPool<Job, Result>(
  spec: PoolSpec<Job, Result>,
  jobs: readonly Job[],
  onResult: (result: Result, index: number) => void | Promise<void>,
): Promise<void> {
  const threads = spec.threads ?? Math.min(availableParallelism(), MAX_THREADS);
  if (jobs.length < spec.threshold || threads < 2 || jobs.length === 0) {
    for (let index = 0; index < jobs.length; index++) {
      const waiting = onResult(spec.runHere(jobs[index]!), index);
      if (waiting) await waiting;
    }
    return;
  }
  const set = new ThreadSet<BatchAnswer<Result>>({
    module: spec.worker,
    settings: spec.settings,
    count: threads,
    perThread: BATCHES_PER_THREAD,
    ...(spec.jobTimeoutMs !== undefined ? { batchTimeoutMs: spec.jobTimeoutMs } : {}),
    ...(spec.workerHeapMb ? { heapMb: spec.workerHeapMb } : {}),
  });
  try {
    await schedule(
      spec,
      set,
      batchesOf(jobs, spec.batchSize),
      threads * BATCHES_PER_THREAD,
      spec.ordered ? inOrder(onResult) : onResult,
    );
  } finally {
    set.close();
  }
}

/** Keeps up to `depth` batches in flight until all are done; rejects on the first JobFailure or caller error. */
function schedule<Job, Result>(
  spec: PoolSpec<Job, Result>,
  set: ThreadSet<BatchAnswer<Result>>,
  batches: Numbered<Job>[][],
  depth: number,
  deliver: (result: Result, index: number) => void | Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let inFlight = 0;
    let failed = false;
    // Set while the caller's latest request to wait is pending: no batch is sent until it settles.
    let holding = false;
    let latest: Promise<void> | undefined;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    const pump = () => {
      while (!failed && !holding && inFlight < depth && next < batches.length) send(batches[next++]!);
    };
    const finishIfDone = () => {
      if (!failed && !holding && inFlight === 0 && next >= batches.length) resolve();
    };
    const hold = (waiting: Promise<void>) => {
      holding = true;
      latest = waiting;
      waiting.then(() => {
        if (latest !== waiting) return;
        holding = false;
        pump();
        finishIfDone();
      }, fail);
    };
    const send = (batch: Numbered<Job>[]) => {
      inFlight++;
      runBatch(spec, set, batch).then((answers) => {
        if (failed) return;
        inFlight--;
        // The thread gets its next batch before these results are stored: it never waits for this thread.
        pump();
        for (const [index, result] of answers) {
          const waiting = deliver(result, index);
          if (waiting) hold(waiting);
        }
        finishIfDone();
      }, fail);
    };
    pump();
  });
}

/**
 * Runs one batch on a thread. A batch at fault when its thread stopped is run again one job at a time, so the
 * job at fault is found and gets the fallback and the others their results; a batch that was only waiting
 * behind it is sent again as it was.
 */
async function runBatch<Job, Result>(
  spec: PoolSpec<Job, Result>,
  set: ThreadSet<BatchAnswer<Result>>,
  batch: Numbered<Job>[],
): Promise<[number, Result][]> {
  let answer: BatchAnswer<Result>;
  try {
    answer = await set.run(batch.map((item) => item.job));
  } catch (error) {
    if (!(error instanceof ThreadStopped)) throw error;
    if (!error.atFault) return runBatch(spec, set, batch);
    if (batch.length === 1) return [[batch[0]!.index, spec.fallback(batch[0]!.job, error.reason)]];
    const answers: [number, Result][] = [];
    for (const item of batch) {
      spec.onRetry?.(item.job);
      answers.push(...(await runBatch(spec, set, [item])));
    }
    return answers;
  }
  if (answer.failure) throw new JobFailure(answer.failure.message, answer.failure.code);
  return answer.results.map((result, offset) => [batch[offset]!.index, result]);
}

function batchesOf<Job>(jobs: readonly Job[], size: number): Numbered<Job>[][] {
  const batches: Numbered<Job>[][] = [];
  for (let start = 0; start < jobs.length; start += size) {
    batches.push(jobs.slice(start, start + size).map((job, offset) => ({ index: start + offset, job })));
  }
  return batches;
}

/** Wraps `onResult` so it sees results in job order, holding early ones until those before them arrive. */
function inOrder<Result>(
  onResult: (result: Result, index: number) => void | Promise<void>,
): (result: Result, index: number) => void | Promise<void> {
  const early = new Map<number, Result>();
  let expected = 0;
  let waiting: void | Promise<void>;
  return (result, index) => {
    early.set(index, result);
    while (early.has(expected)) {
      const ready = early.get(expected)!;
      early.delete(expected);
      waiting = onResult(ready, expected++) ?? waiting;
    }
    return waiting;
  };
}
