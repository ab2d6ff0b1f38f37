/**
 * The problems of an archive as `folio check` lists them: what the files said when parsed, duplicate slugs and
 * broken links. One count for every command: `check` prints these, and the reminder other commands give is
 * their number, so the two never disagree.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { scanOtherFiles } from '../archive/scan.js';
import { checkArchive } from '../check/run.js';
import type { Db } from '../index/database.js';
import { duplicateSlugs, knownPaths, storedLinks, storedProblems } from '../index/article-reads.js';
import type { Problem } from '../model/problem.js';

/** Every problem of the indexed archive at `root`, sorted by file and line. */
export function archiveProblems(db: Db, root: string): Problem[] {
  return checkArchive({
    parseProblems: storedProblems(db),
    duplicateSlugs: duplicateSlugs(db),
    links: storedLinks(db),
    paths: new Set(knownPaths(db)),
    fileExists: (path) => statSync(join(root, ...path.split('/')), { throwIfNoEntry: false })?.isFile() ?? false,
    otherFiles: () => scanOtherFiles(root),
  });
}

/** "18 problems in 15 files", as check and the reminder say it. */
export function problemCount(problems: readonly Problem[]): { problems: number; files: number } {
  return { problems: problems.length, files: new Set(problems.map((found) => found.path)).size };
}
