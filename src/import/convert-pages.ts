/**
 * Reads and converts many page files, on worker threads when there are enough of them to pay for starting the
 * workers (converting a page costs a few milliseconds; starting a worker, tens). Conversions are handed back in
 * the order of the pages, whatever order the workers finish in, so names are chosen the same way on every run.
 */
import { runPool } from '../workers/pool.js';
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

/** Converts every page, calling `onConverted` in page order as soon as each page and those before it are done. */
export async function convertPages(
  pages: readonly { path: string; name: string }[],
  onConverted: (index: number, page: ConvertedPage) => void,
): Promise<void> {
  await runPool<PageJob, ConvertedPage>(
    {
      worker: new URL('./convert-worker.js', import.meta.url),
      settings: null,
      runHere: (job) => readAndConvertPage(job.path, job.name),
      // Converting never throws on content; the pages of a thread that died are converted here instead.
      fallback: (job) => readAndConvertPage(job.path, job.name),
      threshold: WORKER_THRESHOLD,
      batchSize: BATCH_SIZE,
      ordered: true,
    },
    pages.map((page, index) => ({ index, ...page })),
    (page, index) => onConverted(index, page),
  );
}
