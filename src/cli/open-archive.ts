/**
 * The first step of every read command: open the index, bring it up to date with the files, and report what
 * went wrong in files read this time. A damaged index is rebuilt once without asking.
 */
import { clearRenderCache, renderCacheFile } from '../export/render-cache-file.js';
import { isCorruption, openIndex, removeDatabase, type Db } from '../index/database.js';
import { refreshIndex, type IndexStats, type RefreshResult } from '../index/refresh.js';
import { problemSummary } from '../index/article-reads.js';
import { indexKeptFresh } from '../watch/ask.js';
import { watchPlace } from '../watch/place.js';
import { archiveLanguage, archiveSettingsKey, readsBodyTags, type Context } from './context.js';
import { createProgress } from './progress.js';

export interface OpenArchive {
  db: Db;
  stats: IndexStats;
  rebuiltBecause?: string;
  /** A running `folio watch` vouched for the files, so they were not scanned. */
  keptFresh?: true;
}

export interface OpenOptions {
  rebuild?: boolean;
  /** Print problems of the files read in this refresh (check prints every problem itself). */
  reportProblems?: boolean;
}

/** Problems printed in full after a refresh; the rest are counted. */
const REPORT_LIMIT = 20;

/** Opens and refreshes the index of the context's archive. */
export async function openArchive(context: Context, options: OpenOptions = {}): Promise<OpenArchive> {
  // The renders of a rebuilt index are forgotten with it (see render-cache.ts).
  if (options.rebuild === true) clearRenderCache(renderCacheFile(context.indexFile));
  let opened = openIndex(context.indexFile, { fresh: options.rebuild === true });
  let result;
  try {
    const filesKeptFresh = options.rebuild !== true && (await indexKeptFresh(watchPlace(context.indexFile)));
    result = await refreshArchive(context, opened.db, { filesKeptFresh });
  } catch (error) {
    if (!isCorruption(error)) throw error;
    opened.db.close();
    removeDatabase(context.indexFile);
    opened = { ...openIndex(context.indexFile, { fresh: true }), rebuiltBecause: 'it was damaged' };
    result = await refreshArchive(context, opened.db);
  }
  if (opened.rebuiltBecause) {
    clearRenderCache(renderCacheFile(context.indexFile));
    context.note(`rebuilt the index: ${opened.rebuiltBecause}`);
  }

  if (options.reportProblems !== false) {
    const shown = result.problems.slice(0, REPORT_LIMIT);
    for (const found of shown) context.report(found);
    if (result.problems.length > shown.length)
      context.note(`… and ${result.problems.length - shown.length} more problems`);
    const stored = problemSummary(opened.db);
    if (stored.problems > shown.length && result.problems.length <= REPORT_LIMIT) {
      // Counted as check counts them (broken links and shared slugs too), so the two say the same number.
      const { archiveProblems, problemCount } = await import('./archive-problems.js');
      const all = problemCount(archiveProblems(opened.db, context.root));
      context.note(
        `${all.problems} ${all.problems === 1 ? 'problem' : 'problems'} in ${all.files} ${all.files === 1 ? 'file' : 'files'}; run 'folio check' for details`,
      );
    }
  }
  return {
    db: opened.db,
    stats: result.stats,
    ...(opened.rebuiltBecause !== undefined ? { rebuiltBecause: opened.rebuiltBecause } : {}),
    ...(result.keptFresh ? { keptFresh: true as const } : {}),
  };
}

/**
 * Brings `db` up to date with the archive's files, read as the context's config says, with a progress line on a
 * terminal. `filesKeptFresh`: a running `folio watch` vouched for the files (see watch/ask.ts).
 */
export async function refreshArchive(
  context: Context,
  db: Db,
  { filesKeptFresh = false } = {},
): Promise<RefreshResult> {
  const progress = createProgress(context.io.stderr, 'indexing');
  try {
    return await refreshIndex(db, context.root, {
      scan: context.config.ignore ? { ignore: context.config.ignore } : {},
      parse: {
        ...(context.config.defaultAuthors ? { defaultAuthors: context.config.defaultAuthors } : {}),
        ...(context.config.fields ? { fields: context.config.fields } : {}),
        ...(archiveLanguage(context) ? { defaultLang: archiveLanguage(context)! } : {}),
        bodyTags: readsBodyTags(context),
      },
      settingsKey: archiveSettingsKey(context),
      filesKeptFresh,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.done();
  }
}
