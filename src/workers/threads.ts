/**
 * The threads behind pool.ts. Each thread holds up to `perThread` batches, all posted at once, so it goes from
 * one batch to the next without waiting for this thread, which may be busy storing results. A batch's clock
 * starts when it reaches the front of its thread (as far as this thread can tell: late, never early), so a
 * batch waiting behind another is never timed out for it. A thread that is stopped (too slow, out of memory,
 * crashed) fails the batch at its front, which is at fault, and hands back the batches behind it untouched.
 */
import { Worker } from 'node:worker_threads';

/** A batch did not finish because its thread stopped; `atFault` when it was the batch being run. */
export class ThreadStopped extends Error {
  constructor(
    readonly reason: string,
    readonly atFault: boolean,
  ) {
    super(reason);
    this.name = 'ThreadStopped';
  }
}

export interface ThreadOptions {
  /** The module whose default export runs a batch (see worker-side.ts). */
  module: URL;
  settings: unknown;
  count: number;
  perThread: number;
  /** How long a batch may run at the front of its thread. */
  batchTimeoutMs?: number;
  heapMb?: number;
}

interface Pending<Answer> {
  jobs: unknown[];
  resolve: (answer: Answer) => void;
  reject: (error: ThreadStopped) => void;
}

class Thread<Answer> {
  readonly pending: Pending<Answer>[] = [];
  stopped = false;
  private readonly worker: Worker;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ThreadOptions) {
    this.worker = new Worker(new URL('./thread-main.js', import.meta.url), {
      workerData: { module: options.module.href, settings: options.settings },
      ...(options.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.heapMb } } : {}),
    });
    this.worker.on('message', (answer: Answer) => {
      if (this.stopped) return;
      this.pending.shift()?.resolve(answer);
      this.armClock();
    });
    this.worker.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code;
      this.stop(
        code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/i.test(error.message)
          ? 'ran out of memory'
          : `its worker thread failed (${error.message})`,
      );
    });
    this.worker.on('exit', () => this.stop('its worker thread stopped unexpectedly'));
  }

  post(pending: Pending<Answer>): void {
    this.pending.push(pending);
    this.worker.postMessage(pending.jobs);
    if (this.pending.length === 1) this.armClock();
  }

  /** Ends the thread: the batch in front fails with `reason`, the ones behind it are handed back. */
  stop(reason: string): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    void this.worker.terminate();
    const [front, ...behind] = this.pending.splice(0);
    front?.reject(new ThreadStopped(reason, true));
    for (const waiting of behind) waiting.reject(new ThreadStopped(reason, false));
  }

  private armClock(): void {
    clearTimeout(this.timer);
    const limit = this.options.batchTimeoutMs;
    if (limit === undefined || this.pending.length === 0) return;
    this.timer = setTimeout(() => this.stop(`took longer than ${Math.max(1, Math.round(limit / 1000))} s`), limit);
  }
}

/** A fixed number of threads, replaced as they stop; `run` gives a batch to the least busy one. */
export class ThreadSet<Answer> {
  private threads: Thread<Answer>[] = [];
  private closed = false;

  constructor(private readonly options: ThreadOptions) {}

  /** Runs a batch; the caller keeps at most `count × perThread` batches in flight. */
  run(jobs: unknown[]): Promise<Answer> {
    // After close (a failed run), batches handed back by stopped threads must not start new ones.
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    this.threads = this.threads.filter((thread) => !thread.stopped);
    while (this.threads.length < this.options.count) this.threads.push(new Thread<Answer>(this.options));
    const thread = this.threads.reduce((least, other) => (other.pending.length < least.pending.length ? other : least));
    return new Promise((resolve, reject) => thread.post({ jobs, resolve, reject }));
  }

  /** Stops every thread; nothing is pending by then, or it fails. */
  close(): void {
    this.closed = true;
    for (const thread of this.threads) thread.stop('the pool was closed');
    this.threads = [];
  }
}
