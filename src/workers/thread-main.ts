/**
 * Entry of every pool thread: hands the settings to worker-side.ts, loads the job module, and answers each
 * batch message with what the module's default export returns. Messages that arrive while the module loads
 * wait in the port until the listener is attached.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setWorkerSettings } from './worker-side.js';

const { module, settings } = workerData as { module: string; settings: unknown };
setWorkerSettings(settings);
const { default: runBatch } = (await import(module)) as { default: (jobs: unknown[]) => unknown };
parentPort!.on('message', (jobs: unknown[]) => parentPort!.postMessage(runBatch(jobs)));
