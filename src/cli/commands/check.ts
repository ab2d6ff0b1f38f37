/**
 * `folio check`: validates the archive and prints one `path:line: message` line per problem.
 * Exit 0 when clean, 1 when problems were found (as a linter), 2 when the check itself failed.
 */
import { articlePaths } from '../../index/article-reads.js';
import { archiveProblems, problemCount } from '../archive-problems.js';
import type { Context } from '../context.js';
import { openArchive } from '../open-archive.js';
import { formatProblem } from '../print/problems.js';

export async function runCheck(context: Context): Promise<number> {
  const { db, stats } = await openArchive(context, { reportProblems: false });
  const problems = archiveProblems(db, context.root);
  const articles = articlePaths(db).length;
  db.close();
  for (const found of problems) context.out(formatProblem(found, context.theme));
  const { files } = problemCount(problems);
  if (problems.length === 0) {
    context.note(`no problems in ${stats.files} ${stats.files === 1 ? 'file' : 'files'}`);
    return 0;
  }
  context.note(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} of ${stats.files} files (${articles} indexed)`);
  return 1;
}
