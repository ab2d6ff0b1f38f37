/**
 * Jobs for the pool's own tests: each says what to do (answer, wait, crash its thread, use up its heap, or
 * throw as a failed write does), so every way a thread can end is tried for real (see pool-worker.ts).
 */

export interface TestJob {
  n: number;
  /** Busy-wait this long before answering (a slow job). */
  busyMs?: number;
  /** End the thread abruptly. */
  crash?: boolean;
  /** Allocate until the heap limit stops the thread. */
  hog?: boolean;
  /** Throw, as a runner does when it cannot write. */
  fail?: boolean;
}

/** The answer to a job, in this thread or a worker: who ran it is visible, so tests can tell. */
export function answer(job: TestJob, where: string): string {
  if (job.fail) throw Object.assign(new Error(`cannot write ${job.n}`), { code: 'ENOSPC' });
  if (job.busyMs) {
    const until = Date.now() + job.busyMs;
    while (Date.now() < until) {
      /* busy */
    }
  }
  return `${job.n}@${where}`;
}
