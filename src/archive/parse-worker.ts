/**
 * Worker thread body for `parse-files.ts`: receives batches of jobs, answers with their outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseOptions } from '../parse/article.js';
import { runParseJob, type ParseJob } from './parse-files.js';

const { root, options } = workerData as { root: string; options: ParseOptions };

parentPort!.on('message', (jobs: ParseJob[]) => {
  parentPort!.postMessage(jobs.map((job) => runParseJob(root, job, options)));
});
