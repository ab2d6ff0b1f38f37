import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgress } from '../../src/cli/progress.js';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

test('no progress bar when stderr is not a terminal', () => {
  const { stream, writes } = terminal(false);
  const progress = createProgress(stream, 'indexing', () => 10_000);
  progress.update(5, 10);
  progress.done();
  assert.deepEqual(writes, []);
});

test('the bar appears only once the work has run long enough, and is cleared at the end', () => {
  const { stream, writes } = terminal(true);
  let now = 0;
  const progress = createProgress(stream, 'indexing', () => now);
  progress.update(1, 100);
  assert.deepEqual(writes, []);
  now = 400;
  progress.update(50, 100);
  assert.equal(writes.length, 1);
  assert.match(writes[0]!, /^\r\x1b\[2Kindexing \[#{15} {15}\] 50\/100$/);
  now = 420;
  progress.update(51, 100); // too soon to redraw
  assert.equal(writes.length, 1);
  progress.update(100, 100); // the last step always draws
  assert.match(writes[1]!, /100\/100$/);
  progress.done();
  assert.equal(writes[2], '\r\x1b[2K');
});

test('a quick run never draws and leaves nothing to clear', () => {
  const { stream, writes } = terminal(true);
  const progress = createProgress(stream, 'indexing', () => 0);
  progress.update(100, 100);
  progress.done();
  assert.deepEqual(writes, []);
});
