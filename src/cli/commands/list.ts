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
}

export async function runList(context: Context, flags: ListFlags): Promise<number> {
  const filter = toFilter(flags);
  const order = toOrder(flags, context.config.sort);
  const format = toFormat(flags.format, ARTICLE_FORMATS);
  const { db, stats } = await openArchive(context);
  if (format === 'paths') {
    // Only the paths are printed, so only the paths are read.
    const paths = selectArticlePaths(db, filter, order);
    db.close();
    writeRecords('paths', paths.map((path) => ({ path })), context.out, context.pathPrefix);
    return 0;
  }
  const articles = selectArticles(db, filter, order);
  db.close();
  if (format !== 'table') writeRecords(format, articles.map(toRecord), context.out, context.pathPrefix);
  else if (articles.length === 0) context.note(nothingFoundNote(context, stats.files));
  else for (const line of await articleTable(articles, context.tableWidth, context.theme)) context.out(line);
  return 0;
}
