/**
 * Reads and converts many page files, on worker threads when there are enough of them to pay for starting the
 * workers (converting a page costs a few milliseconds; starting a worker, tens). Conversions are handed back in
 * the order of the pages, whatever order the workers finish in, so names are chosen the same way on every run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConvertedPage } from './convert-page.js';
import { readAndConvertPage } from './read-page.js';

export interface PageJob {
  index: number;
  path: string;
  name: string;
}

/** Below this many pages, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 48;
const BATCH_SIZE = 8;
const MAX_THREADS = 4;

/** Converts every page, calling `onConverted` in page order as soon as each page and those before it are done. */
export async function convertPages(
  pages: readonly { path: string; name: string }[],
  onConverted: (index: number, page: ConvertedPage) => void,
): Promise<void> {
  const threads = Math.min(availableParallelism(), MAX_THREADS);
  if (pages.length < WORKER_THRESHOLD || threads < 2) {
    pages.forEach((page, index) => onConverted(index, readAndConvertPage(page.path, page.name)));
    return;
  }
  const waiting = new Map<number, ConvertedPage>();
  let nextIndex = 0;
  const deliver = (index: number, page: ConvertedPage) => {
    waiting.set(index, page);
    while (waiting.has(nextIndex)) {
      const ready = waiting.get(nextIndex)!;
      waiting.delete(nextIndex);
      onConverted(nextIndex++, ready);
    }
  };
  const batches: PageJob[][] = [];
  for (let start = 0; start < pages.length; start += BATCH_SIZE) {
    batches.push(pages.slice(start, start + BATCH_SIZE).map((page, offset) => ({ index: start + offset, ...page })));
  }
  const leftovers: PageJob[] = [];
  await Promise.all(Array.from({ length: threads }, () => drainWithWorker(batches, deliver, leftovers)));
  // Pages of a worker that failed to start or died are converted here.
  for (const batch of batches.splice(0)) leftovers.push(...batch);
  for (const job of leftovers.sort((a, b) => a.index - b.index)) deliver(job.index, readAndConvertPage(job.path, job.name));
}

function drainWithWorker(batches: PageJob[][], deliver: (index: number, page: ConvertedPage) => void, leftovers: PageJob[]): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./convert-worker.js', import.meta.url));
    let current: PageJob[] | undefined;
    const next = () => {
      current = batches.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (results: { index: number; page: ConvertedPage }[]) => {
      for (const result of results) deliver(result.index, result.page);
      next();
    });
    worker.on('error', () => {
      if (current) leftovers.push(...current);
      current = undefined;
      resolve();
    });
    worker.on('online', next);
  });
}
