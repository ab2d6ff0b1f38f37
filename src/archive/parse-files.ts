/**
 * Reads and parses many article files, on worker threads when there are enough of them to pay for starting
 * the workers. Results arrive one by one (in no particular order) so the caller can write them as they come.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { problem } from '../model/problem.js';
import type { ParseOptions } from '../parse/article.js';
import { searchColumns, type SearchColumns } from '../index/search-text.js';
import { readArticleBytes } from './read-bytes.js';
import { contentHash, parseArticleBytes, type ReadResult } from './parse-bytes.js';

export interface ParseJob {
  path: string;
  /** The hash stored for this file; when the content still has it, the file is not parsed again. */
  previousHash?: string;
}

export type ParseOutcome =
  /** `search`: the article's full-text columns, prepared here so the thread writing the index need not. */
  | ({ path: string; kind: 'parsed'; search?: SearchColumns } & ReadResult)
  | { path: string; kind: 'same-content'; size: number; mtimeMs: number; hash: string };

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 256;
const BATCH_SIZE = 32;

/** Reads and parses one job; never throws. */
export function runParseJob(root: string, job: ParseJob, options: ParseOptions): ParseOutcome {
  let raw: ReturnType<typeof readArticleBytes>;
  try {
    raw = readArticleBytes(root, job.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { path: job.path, kind: 'parsed', parsed: null, problems: [problem(job.path, 'error', `cannot read file (${code})`)], hash: '', size: 0, mtimeMs: 0 };
  }
  const hash = contentHash(raw.bytes);
  if (job.previousHash === hash) return { path: job.path, kind: 'same-content', size: raw.size, mtimeMs: raw.mtimeMs, hash };
  try {
    const read = parseArticleBytes(job.path, raw.bytes, raw.size, options);
    const search = read.parsed ? searchColumns(read.parsed.article, read.parsed.text, options.defaultLang) : undefined;
    return { path: job.path, kind: 'parsed', ...read, ...(search ? { search } : {}), hash, size: raw.size, mtimeMs: raw.mtimeMs };
  } catch (error) {
    // A parser bug must cost one file, not the run.
    const message = error instanceof Error ? error.message : String(error);
    return { path: job.path, kind: 'parsed', parsed: null, problems: [problem(job.path, 'error', `could not be parsed: ${message}`)], hash, size: raw.size, mtimeMs: raw.mtimeMs };
  }
}

/** Parses every job, calling `onOutcome` for each as soon as it is ready. */
export async function parseFiles(
  root: string,
  jobs: readonly ParseJob[],
  options: ParseOptions,
  onOutcome: (outcome: ParseOutcome) => void,
): Promise<void> {
  const threads = Math.min(availableParallelism(), 4);
  if (jobs.length < WORKER_THRESHOLD || threads < 2) {
    for (const job of jobs) onOutcome(runParseJob(root, job, options));
    return;
  }
  const batches: ParseJob[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) batches.push(jobs.slice(start, start + BATCH_SIZE));
  const leftovers: ParseJob[] = [];
  await Promise.all(Array.from({ length: threads }, () => drainWithWorker(root, options, batches, onOutcome, leftovers)));
  // Jobs of a worker that failed to start or died are done here, one by one.
  for (const batch of batches.splice(0)) leftovers.push(...batch);
  for (const job of leftovers) onOutcome(runParseJob(root, job, options));
}

/** Batches each worker holds at once: with two, it starts the next while the main thread stores the last. */
const BATCHES_IN_FLIGHT = 2;

function drainWithWorker(
  root: string,
  options: ParseOptions,
  batches: ParseJob[][],
  onOutcome: (outcome: ParseOutcome) => void,
  leftovers: ParseJob[],
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url), { workerData: { root, options } });
    // Sent and not yet answered, oldest first: the worker answers in order.
    const inFlight: ParseJob[][] = [];
    const send = () => {
      const batch = batches.shift();
      if (!batch) return;
      inFlight.push(batch);
      worker.postMessage(batch);
    };
    worker.on('message', (outcomes: ParseOutcome[]) => {
      inFlight.shift();
      send();
      for (const outcome of outcomes) onOutcome(outcome);
      if (inFlight.length === 0) void worker.terminate().then(() => resolve());
    });
    worker.on('error', () => {
      for (const batch of inFlight.splice(0)) leftovers.push(...batch);
      resolve();
    });
    worker.on('online', () => {
      for (let i = 0; i < BATCHES_IN_FLIGHT; i++) send();
      if (inFlight.length === 0) void worker.terminate().then(() => resolve());
    });
  });
}
