/**
 * `folio list`: the archive's articles, filtered and sorted, as a table or as records.
 */
import { toRecord } from '../../model/record.js';
import { selectArticlePaths, selectArticles } from '../../index/article-reads.js';
import type { Context } from '../context.js';
import { ARTICLE_FORMATS, toFilter, toFormat, toOrder, type FilterFlags, type OrderFlags } from '../flags.js';
import { openArchive } from '../open-archive.js';
import { articleTable } from '../print/article-table.js';
import { nothingFoundNote } from '../print/nothing-found.js';
import { writeRecords } from '../print/records.js';

export interface ListFlags extends FilterFlags, OrderFlags {
  format: string;
  /** Only the articles no other article links to. */
  orphans?: boolean;
}

export async function runList(context: Context, flags: ListFlags): Promise<number> {
  const filter = toFilter(flags);
  const order = toOrder(flags, context.config.sort);
  const format = toFormat(flags.format, ARTICLE_FORMATS);
  const { db, stats } = await openArchive(context);
  let articles;
  try {
    if (flags.orphans) {
      // Every article is looked at before the limit is applied: the limit counts orphans, not articles.
      const { readLinkGraph } = await import('../../index/link-graph.js');
      const graph = readLinkGraph(db);
      const { limit, ...unlimited } = order;
      const orphans = selectArticles(db, filter, unlimited).filter(
        (article) => graph.linkedFrom(article.path).length === 0,
      );
      articles = limit === undefined ? orphans : orphans.slice(0, limit);
    } else if (format === 'paths') {
      // Only the paths are printed, so only the paths are read.
      const paths = selectArticlePaths(db, filter, order);
      writeRecords(
        'paths',
        paths.map((path) => ({ path })),
        context.out,
        context.pathPrefix,
      );
      return 0;
    } else articles = selectArticles(db, filter, order);
  } finally {
    db.close();
  }
  if (format !== 'table') writeRecords(format, articles.map(toRecord), context.out, context.pathPrefix);
  else if (articles.length === 0) context.note(nothingFoundNote(context, stats.files));
  else for (const line of await articleTable(articles, context.tableWidth, context.theme)) context.out(line);
  return 0;
}
