/**
 * Problems as one line each: `path:line: message`, with article text made safe for the terminal.
 */
import type { Problem } from '../../model/problem.js';
import { safeLine } from '../../render/safe-text.js';
import { plainTheme, type Theme } from '../../render/theme.js';

/** Formats a problem as `path[:line]: message`. */
export function formatProblem(found: Problem, theme: Theme = plainTheme): string {
  const location = found.line === undefined ? found.path : `${found.path}:${found.line}`;
  const message = safeLine(found.message);
  return `${theme.path(safeLine(location))}: ${found.severity === 'error' ? theme.error(message) : message}`;
}
