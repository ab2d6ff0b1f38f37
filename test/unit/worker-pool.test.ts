/**
 * The one worker pool (src/workers/pool.ts), tried with real threads: more jobs than the threshold and than
 * a batch, results as they finish and in job order, every way a thread can end, and a caller that asks to wait.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPool, JobFailure, type PoolSpec } from '../../src/workers/pool.js';
import { answer, type TestJob } from '../helpers/pool-jobs.js';

function spec(overrides: Partial<PoolSpec<TestJob, string>> = {}): PoolSpec<TestJob, string> {
  return {
    worker: new URL('../helpers/pool-worker.js', import.meta.url),
    settings: { tag: 'worker' },
    runHere: (job) => answer(job, 'here'),
    fallback: (job, reason) => `${job.n}@fallback(${reason})`,
    threshold: 10,
    batchSize: 4,
    threads: 2,
    ...overrides,
  };
}

const jobs = (count: number, each: (n: number) => Partial<TestJob> = () => ({})): TestJob[] =>
  Array.from({ length: count }, (_, n) => ({ n, ...each(n) }));

async function collect(
  poolSpec: PoolSpec<TestJob, string>,
  list: TestJob[],
): Promise<{ results: string[]; order: number[] }> {
  const results: string[] = [];
  const order: number[] = [];
  await runPool(poolSpec, list, (result, index) => {
    results[index] = result;
    order.push(index);
  });
  return { results, order };
}

test('below the threshold every job runs in this thread, in order', { timeout: 20_000 }, async () => {
  const { results, order } = await collect(spec(), jobs(9));
  assert.deepEqual(
    results,
    jobs(9).map((job) => `${job.n}@here`),
  );
  assert.deepEqual(order, [...Array(9).keys()]);
});

test('above it, threads run every job once, whatever order they finish in', { timeout: 30_000 }, async () => {
  // Early jobs are slow and late ones fast, then the other way round: both orders of finishing are seen.
  for (const slow of [(n: number) => (n < 20 ? { busyMs: 3 } : {}), (n: number) => (n >= 180 ? { busyMs: 3 } : {})]) {
    const { results, order } = await collect(spec(), jobs(200, slow));
    assert.deepEqual(
      results,
      jobs(200).map((job) => `${job.n}@worker`),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      [...Array(200).keys()],
    );
  }
});

test('ordered delivery gives results in job order even when later batches finish first', {
  timeout: 30_000,
}, async () => {
  const { results, order } = await collect(
    spec({ ordered: true }),
    jobs(120, (n) => (n < 8 ? { busyMs: 40 } : {})),
  );
  assert.deepEqual(order, [...Array(120).keys()]);
  assert.equal(results[119], '119@worker');
});

test('a thread that crashes costs only the job that crashed it', { timeout: 30_000 }, async () => {
  const retried: number[] = [];
  const { results } = await collect(
    spec({ onRetry: (job) => retried.push(job.n) }),
    jobs(40, (n) => (n === 17 ? { crash: true } : {})),
  );
  assert.match(results[17]!, /^17@fallback\(its worker thread (failed|stopped unexpectedly)/);
  assert.deepEqual(results.filter((result) => result.endsWith('@worker')).length, 39);
  // Its batch (16 to 19) is run again one job at a time; no other job is touched.
  assert.deepEqual(retried, [16, 17, 18, 19]);
});

test('a job over its time gets the fallback; its batch-mates their results', { timeout: 30_000 }, async () => {
  const { results } = await collect(
    spec({ jobTimeoutMs: 1_500 }),
    jobs(24, (n) => (n === 5 ? { busyMs: 60_000 } : {})),
  );
  assert.match(results[5]!, /^5@fallback\(took longer than 2 s\)$/);
  assert.equal(results.filter((result) => result.endsWith('@worker')).length, 23);
});

test('a job that uses up its heap allowance gets the fallback', { timeout: 60_000 }, async () => {
  const { results } = await collect(
    spec({ workerHeapMb: 32 }),
    jobs(12, (n) => (n === 11 ? { hog: true } : {})),
  );
  assert.match(results[11]!, /^11@fallback\(ran out of memory\)$/);
  assert.equal(results.filter((result) => result.endsWith('@worker')).length, 11);
});

test('a runner that throws stops the run with its error', { timeout: 30_000 }, async () => {
  await assert.rejects(
    collect(
      spec(),
      jobs(50, (n) => (n === 30 ? { fail: true } : {})),
    ),
    (error: unknown) => {
      assert.ok(error instanceof JobFailure);
      assert.equal(error.message, 'cannot write 30');
      assert.equal(error.code, 'ENOSPC');
      return true;
    },
  );
});

test('while the caller asks to wait, no thread is given more jobs', { timeout: 30_000 }, async () => {
  let release!: () => void;
  const backedUp = new Promise<void>((resolve) => (release = resolve));
  let delivered = 0;
  let deliveredWhileWaiting = 0;
  let waiting = true;
  const run = runPool(spec(), jobs(400), () => {
    delivered++;
    if (!waiting) return undefined;
    deliveredWhileWaiting = delivered;
    return backedUp;
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  waiting = false;
  release();
  await run;
  assert.equal(delivered, 400);
  // Two threads, each with at most two batches of four in flight, and the batch sent as the one whose results
  // asked to wait came back (a thread is handed its next batch before results are delivered).
  assert.ok(deliveredWhileWaiting <= 20, `${deliveredWhileWaiting} results arrived while the caller was waiting`);
});
