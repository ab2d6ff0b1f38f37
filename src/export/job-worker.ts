/**
 * Worker thread body for render-pool.ts: runs batches of jobs of one kind and answers with one message per
 * article, so the pool always knows which article a slow or failed worker was on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { jobRunner, type JobKind } from './job-kinds.js';

const { kind, settings } = workerData as { kind: JobKind; settings: never };
const run = jobRunner(kind, settings) as (job: unknown) => unknown;

parentPort!.on('message', (jobs: unknown[]) => {
  for (const job of jobs) {
    try {
      parentPort!.postMessage({ result: run(job) });
    } catch (error) {
      // Only a failure to write gets here (see jobRunner), and the export cannot go on without writing.
      const failure = error as NodeJS.ErrnoException;
      parentPort!.postMessage({ error: { message: failure.message ?? String(error), code: failure.code } });
      return;
    }
  }
});
