/**
 * Long output on a terminal goes through a pager: `$PAGER`, else `less -R`. Never in a pipe, never when the
 * text fits on the screen, never with `--no-pager`. If the pager cannot be started, the text is printed as it is.
 */
import { spawn } from 'node:child_process';
import { textWidth } from '../render/text-width.js';
import type { Io } from './io.js';

/** Writes `text` (whole lines) to stdout, through a pager when it is taller than the terminal. */
export async function writePaged(text: string, io: Io, enabled: boolean): Promise<void> {
  const command = enabled ? pagerCommand(io) : null;
  const rows = io.stdout.rows ?? 24;
  if (command === null || !io.stdout.isTTY || screenRows(text, io.stdout.columns ?? 80, rows) < rows) {
    io.stdout.write(text);
    return;
  }
  const shown = await runPager(command, text, io);
  if (!shown) io.stdout.write(text);
}

/** The pager to run: `$PAGER` when set (an empty value or `cat` means none), else `less -R`. */
function pagerCommand(io: Io): string | null {
  const pager = io.env.PAGER;
  if (pager === undefined) return 'less -R';
  const trimmed = pager.trim();
  return trimmed === '' || trimmed === 'cat' ? null : trimmed;
}

/** Rows `text` takes on a screen `columns` wide (long lines wrap), counting no further than `enough`. */
function screenRows(text: string, columns: number, enough: number): number {
  let rows = 0;
  let start = 0;
  while (start < text.length && rows < enough) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    rows += Math.max(1, Math.ceil(textWidth(line) / columns));
    start = end === -1 ? text.length : end + 1;
  }
  return rows;
}

/** Runs the pager on `text`; resolves false when it could not run (so nothing was shown). */
function runPager(command: string, text: string, io: Io): Promise<boolean> {
  return new Promise((resolve) => {
    // less shows colours only with -R; as git does, give it that when the user has set nothing.
    const env = { ...io.env, LESS: io.env.LESS ?? 'R', LV: io.env.LV ?? '-c' };
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env, cwd: io.cwd });
    // Ctrl-C belongs to the pager while it runs (less uses it to stop a search), not to folio.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    const finish = (shown: boolean) => {
      process.off('SIGINT', ignore);
      resolve(shown);
    };
    child.on('error', () => finish(false));
    // 127: the shell could not find the command.
    child.on('close', (code) => finish(code !== 127));
    // Quitting the pager before reading everything closes its input: not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(text);
  });
}
