/**
 * `folio related <article>`: the articles closest to one article (index/related.ts says how closeness is
 * ranked), as a table or as records with how many tags each shares and its word score.
 */
import { articleRowid, articlesAt, relatedFinder, type RelatedMatch } from '../../index/related.js';
import { toRecord, type ArticleRecord } from '../../model/record.js';
import type { Article } from '../../model/article.js';
import type { Context } from '../context.js';
import { ARTICLE_FORMATS, toFilter, toFormat, toLimit, type FilterFlags } from '../flags.js';
import { findArticle } from '../find-article.js';
import { openArchive } from '../open-archive.js';
import { articleTable } from '../print/article-table.js';
import { writeRecords } from '../print/records.js';

/** Related articles shown unless `--limit` says otherwise, in every format: the closest ones are what is useful. */
export const RELATED_LIMIT = 10;

export interface RelatedFlags extends FilterFlags {
  format: string;
  limit?: string;
}

/** A related article's record: the article's, plus why it is related. */
export interface RelatedRecord extends ArticleRecord {
  sharedTags: number;
  score: number;
}

export async function runRelated(context: Context, reference: string, flags: RelatedFlags): Promise<number> {
  const filter = toFilter(flags);
  const format = toFormat(flags.format, ARTICLE_FORMATS);
  const limit = flags.limit !== undefined ? toLimit(flags.limit) : RELATED_LIMIT;
  const found = await findArticle(context, reference);
  const { db } = await openArchive(context);
  let matches: RelatedMatch[] = [];
  let articles: Article[] = [];
  try {
    const rowid = articleRowid(db, found.article.path);
    if (rowid !== undefined) matches = relatedFinder(db, filter)(rowid, limit);
    articles = articlesAt(
      db,
      matches.map((match) => match.rowid),
    );
  } finally {
    db.close();
  }
  if (format === 'paths') writeRecords('paths', matches, context.out, context.pathPrefix);
  else if (format !== 'table') {
    const records: RelatedRecord[] = articles.map((article, index) => ({
      ...toRecord(article),
      sharedTags: matches[index]!.sharedTags,
      score: Math.round(matches[index]!.score * 1000) / 1000,
    }));
    writeRecords(format, records, context.out);
  } else if (articles.length === 0)
    context.note('no related articles: none shares a tag or a distinctive word with it');
  else for (const line of await articleTable(articles, context.tableWidth, context.theme)) context.out(line);
  return articles.length === 0 ? 1 : 0;
}
