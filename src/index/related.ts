/**
 * Related articles: for one article, the others closest to it, read from the index. The rule, in order:
 *
 * 1. more tags in common ranks higher (tags compared as `--tag` compares them, ignoring case);
 * 2. then a higher score for the article's distinctive words: its `DISTINCTIVE_TERMS` words with the highest
 *    tf-idf (occurrences in its title and body, the title counting three times, times the log of
 *    how rare the word is in the archive, from FTS5's own vocabulary), looked up again in the full-text table
 *    and ranked by BM25 with the search's field weights;
 * 3. ties: newest first (undated last), then by id.
 *
 * An article sharing neither a tag nor a distinctive word is not related. Words found in only this article, or
 * in more than half of the archive, say nothing about closeness and are never distinctive; nor are numbers,
 * single letters, and words said only once in the body. The summary is left out: most are the body's first
 * paragraph, whose words would count twice. The result depends
 * only on the index's contents, so it is the same on every run. Work per article: one tokenisation of its own
 * text, one vocabulary lookup per distinct word (cached across articles), one full-text query.
 */
import type { ArticleFilter } from '../model/filter.js';
import { matchesLongerWords, searchWords } from '../query/words.js';
import type { Db } from './database.js';
import type { Article } from '../model/article.js';
import { ARTICLE_COLUMNS, articleFromRow, filterCondition, type ArticleRow } from './article-reads.js';

/** Distinctive words looked up per article: enough to find articles on the same subject in a 10,000-article archive. */
export const DISTINCTIVE_TERMS = 12;

/**
 * The least weighted count of a distinctive word: a word said once in passing says little about the subject
 * (in a small archive, `of` or `an` would otherwise count as rare); twice in the body, or once in the title, does.
 */
const MIN_WEIGHT = 2;
/** How much a word counts in each part of an article when choosing its distinctive words. */
const PART_WEIGHTS = { title: 3, body: 1 } as const;
/** Field weights of the full-text columns (title, tags, authors, summary, body), as search ranks with them. */
const WEIGHTS = [10, 8, 5, 2, 1] as const;

export interface RelatedMatch {
  rowid: number;
  path: string;
  /** Tags the two articles share. */
  sharedTags: number;
  /** BM25 score of the distinctive words (higher is closer; 0 when no word is shared). */
  score: number;
}

/** Finds the articles related to the article with a given rowid: at most `limit`, closest first. */
export type RelatedFinder = (rowid: number, limit: number) => RelatedMatch[];

/**
 * Prepares the statements once, so that finding the related articles of every article of an export costs one
 * query each; among the candidates, only articles `filter` selects are returned.
 */
export function relatedFinder(db: Db, filter: ArticleFilter): RelatedFinder {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.folio_terms USING fts5vocab(main, 'articles_fts', 'row')");
  const documents = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  const frequencies = new Map(db.prepare('SELECT term, doc FROM temp.folio_terms').raw().all() as [string, number][]);
  const documentFrequency = (term: string): number => frequencies.get(term) ?? 0;
  const text = db.prepare('SELECT search_title, search_body FROM article_text WHERE rowid = ?').raw();
  const condition = filterCondition(filter);
  const rank = `bm25(articles_fts, ${WEIGHTS.join(', ')})`;
  const withWords = db
    .prepare(`
    WITH shared AS MATERIALIZED (
      SELECT other.article AS rowid, count(DISTINCT other.tag_key) AS tags
      FROM article_tags own JOIN article_tags other ON other.tag_key = own.tag_key
      WHERE own.article = @target AND other.article != @target GROUP BY other.article),
    words AS MATERIALIZED (SELECT rowid, -${rank} AS score FROM articles_fts WHERE articles_fts MATCH @words)
    SELECT a.rowid, a.path, coalesce(s.tags, 0) AS tags, coalesce(w.score, 0) AS score
    FROM articles a LEFT JOIN shared s ON s.rowid = a.rowid LEFT JOIN words w ON w.rowid = a.rowid
    WHERE (s.rowid IS NOT NULL OR w.rowid IS NOT NULL) AND a.rowid != @target AND ${condition.sql}
    ORDER BY tags DESC, score DESC, a.date_key DESC, a.id LIMIT @limit`)
    .raw();
  const tagsOnly = db
    .prepare(`
    SELECT a.rowid, a.path, count(DISTINCT other.tag_key) AS tags, 0 AS score
    FROM article_tags own JOIN article_tags other ON other.tag_key = own.tag_key JOIN articles a ON a.rowid = other.article
    WHERE own.article = @target AND other.article != @target AND ${condition.sql}
    GROUP BY a.rowid ORDER BY tags DESC, a.date_key DESC, a.id LIMIT @limit`)
    .raw();

  return (rowid, limit) => {
    const row = text.get(rowid) as [string, string] | undefined;
    if (row === undefined) return [];
    const terms = distinctiveTerms(row, documents, documentFrequency);
    const named = { target: rowid, limit };
    const rows = (
      terms.length === 0
        ? tagsOnly.all(...condition.params, named)
        : withWords.all(...condition.params, { ...named, words: wordsQuery(terms) })
    ) as [number, string, number, number][];
    return rows.map(([found, path, sharedTags, score]) => ({ rowid: found, path, sharedTags, score }));
  };
}

/**
 * The words that set an article apart, best first: weighted occurrences times inverse document frequency, ties
 * by the word itself so the choice never depends on the order words were met in.
 */
export function distinctiveTerms(
  parts: readonly [title: string, body: string],
  documents: number,
  documentFrequency: (term: string) => number,
): string[] {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of searchWords(text)) if (usefulWord(word)) counts.set(word, (counts.get(word) ?? 0) + weight);
  };
  add(parts[0], PART_WEIGHTS.title);
  add(parts[1], PART_WEIGHTS.body);
  const scored: { term: string; weight: number }[] = [];
  for (const [term, count] of counts) {
    if (count < MIN_WEIGHT) continue;
    const found = documentFrequency(term);
    if (found < 2 || found * 2 > documents) continue;
    scored.push({ term, weight: count * Math.log(documents / found) });
  }
  scored.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return scored.slice(0, DISTINCTIVE_TERMS).map((entry) => entry.term);
}

/** A word worth comparing on: not a number, and not a single letter of a spaced script. */
function usefulWord(word: string): boolean {
  if (/^\d+$/.test(word)) return false;
  return [...word].length > 1 || matchesLongerWords(word);
}

/** The FTS5 expression for any of the words, in the title, summary or body (tags are compared apart). */
function wordsQuery(terms: readonly string[]): string {
  return `{search_title search_summary search_body} : (${terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR ')})`;
}

/** The articles at the given rowids, in that order. */
export function articlesAt(db: Db, rowids: readonly number[]): Article[] {
  const statement = db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.rowid = ?`);
  return rowids.map((rowid) => articleFromRow(statement.get(rowid) as ArticleRow));
}

/** The rowid of the article at `path`, or undefined when the index does not hold it. */
export function articleRowid(db: Db, path: string): number | undefined {
  return db.prepare('SELECT rowid FROM articles WHERE path = ?').pluck().get(path) as number | undefined;
}
