/**
 * Runs every check rule and orders the problems by file and line.
 */
import { compareProblems, type Problem } from '../model/problem.js';
import { CHECK_RULES, type CheckInput } from './rules.js';

/** Applies all rules to the archive and returns its problems, sorted. */
export function checkArchive(input: CheckInput): Problem[] {
  return CHECK_RULES.flatMap((rule) => rule(input)).sort(compareProblems);
}
