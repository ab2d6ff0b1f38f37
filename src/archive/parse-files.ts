/**
 * Reads and parses many article files, on worker threads when there are enough of them to pay for starting
 * the workers. Results arrive one by one (in no particular order) so the caller can write them as they come.
 */
import { problem } from '../model/problem.js';
import { runPool } from '../workers/pool.js';
import type { ParseOptions } from '../parse/article.js';
import { searchColumns, type SearchColumns } from '../query/search-text.js';
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
    return {
      path: job.path,
      kind: 'parsed',
      parsed: null,
      problems: [problem(job.path, 'error', `cannot read file (${code})`)],
      hash: '',
      size: 0,
      mtimeMs: 0,
    };
  }
  const hash = contentHash(raw.bytes);
  if (job.previousHash === hash)
    return { path: job.path, kind: 'same-content', size: raw.size, mtimeMs: raw.mtimeMs, hash };
  try {
    const read = parseArticleBytes(job.path, raw.bytes, raw.size, options);
    const search = read.parsed ? searchColumns(read.parsed.article, read.parsed.text, options.defaultLang) : undefined;
    return {
      path: job.path,
      kind: 'parsed',
      ...read,
      ...(search ? { search } : {}),
      hash,
      size: raw.size,
      mtimeMs: raw.mtimeMs,
    };
  } catch (error) {
    // A parser bug must cost one file, not the run.
    const message = error instanceof Error ? error.message : String(error);
    return {
      path: job.path,
      kind: 'parsed',
      parsed: null,
      problems: [problem(job.path, 'error', `could not be parsed: ${message}`)],
      hash,
      size: raw.size,
      mtimeMs: raw.mtimeMs,
    };
  }
}

/** Parses every job, calling `onOutcome` for each as soon as it is ready. */
export async function parseFiles(
  root: string,
  jobs: readonly ParseJob[],
  options: ParseOptions,
  onOutcome: (outcome: ParseOutcome) => void,
): Promise<void> {
  await runPool(
    {
      worker: new URL('./parse-worker.js', import.meta.url),
      settings: { root, options },
      runHere: (job) => runParseJob(root, job, options),
      // runParseJob never throws; a thread that dies takes no file with it: its files are read here instead.
      fallback: (job) => runParseJob(root, job, options),
      threshold: WORKER_THRESHOLD,
      batchSize: BATCH_SIZE,
    },
    jobs,
    onOutcome,
  );
}
