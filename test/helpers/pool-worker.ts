/**
 * The worker module of the pool's own tests: runs the jobs of pool-jobs.ts, and ends its thread when told to.
 */
import { serveBatches, workerSettings } from '../../src/workers/worker-side.js';
import { answer, type TestJob } from './pool-jobs.js';

// `node --test dist/test/` also loads this file outside any pool, where it has no settings and must do nothing.
const tag = workerSettings<{ tag: string } | undefined>()?.tag ?? 'no pool';

export default serveBatches((job: TestJob) => {
  if (job.crash) process.exit(3);
  if (job.hog) {
    const hoard: string[][] = [];
    for (;;) hoard.push(new Array(1e6).fill(`x${hoard.length}`));
  }
  return answer(job, tag);
});
