/**
 * The worker-thread half of `pool.ts`: a job module's default export is `serveBatches(runner)`, and its
 * settings come from `workerSettings()`. A runner that throws ends its batch with the error as a value, which
 * the pool turns into a failure of the whole run: runners return problems as results and throw only when the
 * work cannot go on (a failed write).
 */
import type { BatchAnswer } from './pool.js';

// Set once by thread-main.ts before the job module loads; a thread runs one kind of job with one set of settings.
let settingsOfThisThread: unknown;

/** Called by thread-main.ts only. */
export function setWorkerSettings(settings: unknown): void {
  settingsOfThisThread = settings;
}

/** The plain settings the pool was given for its workers. */
export function workerSettings<Settings>(): Settings {
  return settingsOfThisThread as Settings;
}

/** Makes the task function of a worker module from a runner of one job. */
export function serveBatches<Job, Result>(runner: (job: Job) => Result): (jobs: Job[]) => BatchAnswer<Result> {
  return (jobs) => {
    const results: Result[] = [];
    for (const job of jobs) {
      try {
        results.push(runner(job));
      } catch (error) {
        const failure = error as NodeJS.ErrnoException;
        return {
          results,
          failure: { message: failure.message ?? String(error), ...(failure.code ? { code: failure.code } : {}) },
        };
      }
    }
    return { results };
  };
}
