/**
 * Problems are values: a file, where in it, and what is wrong. They are collected, stored with the index,
 * counted and printed once at the edge; they never stop a run.
 */

/** `error`: the file could not be read as intended (fallbacks were used); `warning`: a value was ignored or coerced. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Relative to the archive root, `/` separators. */
  path: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  severity: Severity;
  message: string;
}

/** Creates a problem for a file, optionally at a line. */
export function problem(path: string, severity: Severity, message: string, line?: number): Problem {
  return line === undefined ? { path, severity, message } : { path, line, severity, message };
}

/** Orders problems by path, then line, so every report reads the same way. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
