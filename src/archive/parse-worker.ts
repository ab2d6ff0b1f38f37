/**
 * Worker thread body for `parse-files.ts`: parses batches of files with the settings the pool hands over.
 */
import type { ParseOptions } from '../parse/article.js';
import { serveBatches, workerSettings } from '../workers/worker-side.js';
import { runParseJob, type ParseJob } from './parse-files.js';

const { root, options } = workerSettings<{ root: string; options: ParseOptions }>();

export default serveBatches((job: ParseJob) => runParseJob(root, job, options));
