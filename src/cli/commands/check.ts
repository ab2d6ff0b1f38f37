/**
 * `folio check`: validates the archive and prints one `path:line: message` line per problem.
 * Exit 0 when clean, 1 when problems were found (as a linter), 2 when the check itself failed.
 */
import { articlePaths, someArticleHas } from '../../index/article-reads.js';
import { CONFIG_FILE, type MappableField } from '../../model/config.js';
import { compareProblems, problem, type Problem } from '../../model/problem.js';
import { archiveProblems, problemCount } from '../archive-problems.js';
import type { Context } from '../context.js';
import { openArchive } from '../open-archive.js';
import { formatProblem } from '../print/problems.js';

export async function runCheck(context: Context): Promise<number> {
  const { db, stats } = await openArchive(context, { reportProblems: false });
  const problems = archiveProblems(db, context.root);
  const articles = articlePaths(db).length;
  problems.push(...context.configProblems, ...unusedFieldNames(context, (key) => someArticleHas(db, key)));
  problems.sort(compareProblems);
  db.close();
  for (const found of problems) context.out(formatProblem(found, context.theme));
  const { files } = problemCount(problems);
  if (problems.length === 0) {
    context.note(`no problems in ${stats.files} ${stats.files === 1 ? 'file' : 'files'}`);
    return 0;
  }
  context.note(
    `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} of ${stats.files} files (${articles} indexed)`,
  );
  return 1;
}

/** A field the config maps that no article has: most likely misspelt, since then the map changes nothing. */
function unusedFieldNames(context: Context, used: (key: string) => boolean): Problem[] {
  const found: Problem[] = [];
  for (const [name, keys] of Object.entries(context.config.fields ?? {}) as [MappableField, string[]][]) {
    for (const key of keys) {
      if (!used(key))
        found.push(
          problem(
            CONFIG_FILE,
            'warning',
            `fields.${name}: no article has a '${key}' field`,
            context.config.fieldLines?.[name],
          ),
        );
    }
  }
  return found;
}
