/**
 * Worker thread body for `convert-pages.ts`: receives batches of page files, answers with their conversions.
 */
import { parentPort } from 'node:worker_threads';
import type { PageJob } from './convert-pages.js';
import { readAndConvertPage } from './read-page.js';

parentPort!.on('message', (jobs: PageJob[]) => {
  parentPort!.postMessage(jobs.map((job) => ({ index: job.index, page: readAndConvertPage(job.path, job.name) })));
});
