/**
 * Worker thread body for render-pool.ts: runs batches of export jobs of one kind with the settings the pool
 * hands over. A failed write throws, which ends the export (see workers/worker-side.ts).
 */
import { serveBatches, workerSettings } from '../workers/worker-side.js';
import { jobRunner, type JobKind } from './job-kinds.js';

const { kind, settings } = workerSettings<{ kind: JobKind; settings: never }>();

export default serveBatches(jobRunner(kind, settings) as (job: unknown) => unknown);
