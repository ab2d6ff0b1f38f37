/**
 * A progress bar on stderr for long refreshes and exports. Only on a terminal, only once the work has run
 * long enough to be worth watching, and cleared when done.
 */
import type { OutputStream } from './io.js';

const SHOW_AFTER_MS = 300;
const REDRAW_EVERY_MS = 80;
const BAR_WIDTH = 30;

export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

/** Creates a progress bar labelled `label` (e.g. "indexing"); a no-op when `stream` is not a terminal. */
export function createProgress(stream: OutputStream, label: string, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - started < SHOW_AFTER_MS || (time - lastDraw < REDRAW_EVERY_MS && done < total)) return;
      lastDraw = time;
      drawn = true;
      const ratio = total === 0 ? 1 : done / total;
      const filled = Math.round(ratio * BAR_WIDTH);
      stream.write(`\r\x1b[2K${label} [${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
