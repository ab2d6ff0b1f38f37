/**
 * Worker thread body for `convert-pages.ts`: reads and converts batches of page files.
 */
import { serveBatches } from '../workers/worker-side.js';
import type { PageJob } from './convert-pages.js';
import { readAndConvertPage } from './read-page.js';

export default serveBatches((job: PageJob) => readAndConvertPage(job.path, job.name));
