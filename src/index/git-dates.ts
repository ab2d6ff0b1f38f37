/**
 * Keeps the git dates of undated articles in the index. The first-commit day of every Markdown file is read in
 * one `git log` pass (archive/git-dates.ts) only when the index holds undated articles and the repository has
 * moved since the last pass; the days are kept in the `git_dates` table, so an edited note is dated again
 * without asking git, and a warm command that finds the repository where it was asks nothing at all.
 * Articles that state a date (frontmatter, URL field, file name, folders) are never touched.
 */
import { firstCommitDates } from '../archive/git-dates.js';
import { parseDateValue } from '../parse/dates.js';
import type { Db } from './database.js';

/** The meta key recording the repository state (archive/git-dates.ts repositoryState) the `git_dates` table was read at. */
export const GIT_DATES_META = 'git dates';

/**
 * Dates the undated articles of the index from git, reading the history again when `state` (where the repository
 * is now; '' outside a repository) differs from the one the stored days were read at.
 */
export async function updateGitDates(db: Db, root: string, state: string): Promise<void> {
  db.prepare(
    "UPDATE articles SET date = NULL, date_day = NULL, date_key = NULL, date_source = 'none' WHERE date_source = 'git'",
  ).run();
  const undated = db.prepare("SELECT 1 FROM articles WHERE date_source = 'none' LIMIT 1").get() !== undefined;
  const meta = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  if (state === '' || (undated && meta.get(GIT_DATES_META) !== state)) {
    const days = state === '' ? new Map<string, string>() : await firstCommitDates(root);
    db.prepare('DELETE FROM git_dates').run();
    const put = db.prepare('INSERT OR REPLACE INTO git_dates (path, date, date_day, date_key) VALUES (?, ?, ?, ?)');
    for (const [path, value] of days) {
      const date = parseDateValue(value);
      if (date) put.run(path, date.value, date.day, date.sortKey);
    }
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(GIT_DATES_META, state);
  }
  if (!undated) return;
  db.prepare(`UPDATE articles SET date = g.date, date_day = g.date_day, date_key = g.date_key, date_source = 'git'
    FROM git_dates g WHERE g.path = articles.path AND articles.date_source = 'none'`).run();
}
