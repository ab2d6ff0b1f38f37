/**
 * Decides whether output is coloured, as the contract says: `--color`/`--no-color` first, then `NO_COLOR` (any
 * value turns colour off; chalk does not read it), then `FORCE_COLOR`, then whether stdout is a terminal.
 */
import type { OutputStream } from './io.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/** Works out the colour level for `stream`. `flag` is true for `--color`, false for `--no-color`. */
export function colorLevel(
  flag: boolean | undefined,
  env: Record<string, string | undefined>,
  stream: OutputStream,
): ColorLevel {
  if (flag === false) return 0;
  const terminalLevel = (): ColorLevel => {
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
    if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
    return 1;
  };
  if (flag === true) return terminalLevel();
  if (env.NO_COLOR !== undefined) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true' || force === '1') return 1;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 0;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel();
}
