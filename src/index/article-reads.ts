/**
 * Reads articles back from the index: filtered, sorted, counted. The filter is turned into SQL with bound
 * parameters only; nothing a user types is spliced into a statement.
 */
import type { Article, DateSource, FrontmatterFormat, TitleSource } from '../model/article.js';
import type { ArticleFilter, ArticleOrder } from '../model/filter.js';
import type { Problem, Severity } from '../model/problem.js';
import { fold, foldCase } from '../parse/fold.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { SETTINGS_META } from './schema.js';

/** The columns every article query selects, under the alias `a`. */
export const ARTICLE_COLUMNS = `a.rowid, a.path, a.id, a.slug, a.title, a.title_source, a.date, a.date_day, a.date_key,
  a.date_source, a.updated, a.updated_day, a.updated_key, a.authors, a.tags, a.summary, a.draft, a.lang, a.words,
  a.reading_minutes, a.data, a.format, a.body_line`;

export interface ArticleRow {
  rowid: number;
  path: string;
  id: string;
  slug: string;
  title: string;
  title_source: string;
  date: string | null;
  date_day: string | null;
  date_key: string | null;
  date_source: string;
  updated: string | null;
  updated_day: string | null;
  updated_key: string | null;
  authors: string;
  tags: string;
  summary: string;
  draft: number;
  lang: string | null;
  words: number;
  reading_minutes: number;
  data: string;
  format: string;
  body_line: number;
}

type RawArticleRow = [
  number,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string,
  string | null,
  string | null,
  string | null,
  string,
  string,
  string,
  number,
  string | null,
  number,
  number,
  string,
  string,
  number,
];

/**
 * Reads article rows as arrays and names their fields in JavaScript: better-sqlite3 builds objects of this
 * many fields several times slower than arrays, which shows when a command reads thousands of rows.
 */
export function allArticleRows(statement: Statement, params: unknown[]): ArticleRow[] {
  const rows = statement.raw(true).all(...params) as RawArticleRow[];
  return rows.map(
    ([
      rowid,
      path,
      id,
      slug,
      title,
      title_source,
      date,
      date_day,
      date_key,
      date_source,
      updated,
      updated_day,
      updated_key,
      authors,
      tags,
      summary,
      draft,
      lang,
      words,
      reading_minutes,
      data,
      format,
      body_line,
    ]) => ({
      rowid,
      path,
      id,
      slug,
      title,
      title_source,
      date,
      date_day,
      date_key,
      date_source,
      updated,
      updated_day,
      updated_key,
      authors,
      tags,
      summary,
      draft,
      lang,
      words,
      reading_minutes,
      data,
      format,
      body_line,
    }),
  );
}

/** Rebuilds an Article from its row. */
export function articleFromRow(row: ArticleRow): Article {
  let data: Record<string, unknown> | undefined;
  return {
    id: row.id,
    path: row.path,
    slug: row.slug,
    title: row.title,
    titleSource: row.title_source as TitleSource,
    date: row.date === null ? null : { value: row.date, day: row.date_day!, sortKey: row.date_key! },
    dateSource: row.date_source as DateSource,
    updated: row.updated === null ? null : { value: row.updated, day: row.updated_day!, sortKey: row.updated_key! },
    authors: JSON.parse(row.authors) as string[],
    tags: JSON.parse(row.tags) as string[],
    summary: row.summary,
    draft: row.draft === 1,
    lang: row.lang,
    words: row.words,
    readingMinutes: row.reading_minutes,
    // Parsed on first use: tables never need the whole frontmatter, records do.
    get data() {
      data ??= JSON.parse(row.data) as Record<string, unknown>;
      return data;
    },
  };
}

/** The frontmatter format and body position of an indexed article, for renderers that reread the file. */
export function bodyLocation(row: ArticleRow): { format: FrontmatterFormat; bodyLine: number } {
  return { format: row.format as FrontmatterFormat, bodyLine: row.body_line };
}

/** Turns a filter into a SQL condition on the alias `a`, with its parameters. */
export function filterCondition(filter: ArticleFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (!filter.drafts) clauses.push('a.draft = 0');
  for (const tag of filter.tags) {
    clauses.push('EXISTS (SELECT 1 FROM article_tags t WHERE t.article = a.rowid AND t.tag_key = ?)');
    params.push(foldCase(tag.replace(/^#/, '').trim()));
  }
  if (filter.author !== undefined) {
    clauses.push('instr(a.author_keys, ?) > 0');
    params.push(fold(filter.author.trim()));
  }
  if (filter.since !== undefined) {
    clauses.push('a.date_day >= ?');
    params.push(filter.since);
  }
  if (filter.until !== undefined) {
    clauses.push('a.date_day <= ?');
    params.push(filter.until);
  }
  for (const condition of filter.where) {
    // json_each yields the value itself for a scalar and each element for a list, so `tags=x` matches lists too.
    clauses.push(`EXISTS (SELECT 1 FROM json_each(a.data, ?) j WHERE folio_fold(CASE j.type
      WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN '' ELSE j.value END) = ?)`);
    params.push(jsonPath(condition.path), fold(condition.value));
  }
  return { sql: clauses.length === 0 ? '1' : clauses.join(' AND '), params };
}

/** Builds a JSON path from keys; each key is quoted so dots and spaces inside it stay part of the key. */
function jsonPath(keys: string[]): string {
  return '$' + keys.map((key) => `."${key}"`).join('');
}

// Made on first use: creating a collator costs milliseconds that commands sorting by date need not pay.
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string) =>
  (collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a, b);
const byPath = (a: Article, b: Article) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const newestFirst = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? 1 : -1;

/**
 * Orders articles in memory by `order.sort` in its natural direction (newest, most words, A to Z; undated
 * last), ties broken by path, then reverses if asked. `selectArticles` orders the same way in SQL.
 */
export function sortArticles(articles: Article[], order: Pick<ArticleOrder, 'sort' | 'reverse'>): Article[] {
  const compare: Record<ArticleOrder['sort'], (a: Article, b: Article) => number> = {
    date: (a, b) => newestFirst(a.date?.sortKey, b.date?.sortKey) || byPath(a, b),
    updated: (a, b) =>
      newestFirst(a.updated?.sortKey ?? a.date?.sortKey, b.updated?.sortKey ?? b.date?.sortKey) || byPath(a, b),
    title: (a, b) => compareText(a.title, b.title) || byPath(a, b),
    path: byPath,
    words: (a, b) => b.words - a.words || byPath(a, b),
  };
  const sorted = articles.sort(compare[order.sort]);
  return order.reverse ? sorted.reverse() : sorted;
}

/** The same orders as `sortArticles`, as SQL terms; titles need the collation, so they are sorted in memory. */
const SQL_ORDER: Partial<Record<ArticleOrder['sort'], [string, 'ASC' | 'DESC'][]>> = {
  // Descending order puts NULLs (undated articles) last, as sortArticles does; the index serves it.
  date: [
    ['a.date_key', 'DESC'],
    ['a.path', 'ASC'],
  ],
  updated: [
    ['coalesce(a.updated_key, a.date_key)', 'DESC'],
    ['a.path', 'ASC'],
  ],
  words: [
    ['a.words', 'DESC'],
    ['a.path', 'ASC'],
  ],
  path: [['a.path', 'ASC']],
};

/**
 * The statement selecting `columns` of the articles matching `filter`, ordered and limited by `order` in SQL;
 * undefined when the order needs sorting in memory (titles: the collation).
 */
function orderedSelect(
  columns: string,
  filter: ArticleFilter,
  order: ArticleOrder,
): { sql: string; params: unknown[] } | undefined {
  const condition = filterCondition(filter);
  const terms = SQL_ORDER[order.sort];
  if (!terms) return undefined;
  const flip = (direction: 'ASC' | 'DESC') => (order.reverse ? (direction === 'ASC' ? 'DESC' : 'ASC') : direction);
  const orderBy = terms.map(([expression, direction]) => `${expression} ${flip(direction)}`).join(', ');
  const limit = order.limit === undefined ? '' : ' LIMIT ?';
  const params = order.limit === undefined ? condition.params : [...condition.params, order.limit];
  return { sql: `SELECT ${columns} FROM articles a WHERE ${condition.sql} ORDER BY ${orderBy}${limit}`, params };
}

/** Selects the articles matching `filter`, sorted and limited by `order` (in SQL whenever the order allows). */
export function selectArticles(db: Db, filter: ArticleFilter, order: ArticleOrder): Article[] {
  const select = orderedSelect(ARTICLE_COLUMNS, filter, order);
  if (!select) {
    const condition = filterCondition(filter);
    const rows = allArticleRows(
      db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${condition.sql}`),
      condition.params,
    );
    const sorted = sortArticles(rows.map(articleFromRow), order);
    return order.limit === undefined ? sorted : sorted.slice(0, order.limit);
  }
  return allArticleRows(db.prepare(select.sql), select.params).map(articleFromRow);
}

/**
 * The paths of the articles `selectArticles` would return, in the same order, reading only the columns the
 * order needs: `--format paths` of 10,000 articles then builds 10,000 strings instead of 10,000 articles.
 */
export function selectArticlePaths(db: Db, filter: ArticleFilter, order: ArticleOrder): string[] {
  const select = orderedSelect('a.path', filter, order);
  if (select)
    return db
      .prepare(select.sql)
      .pluck()
      .all(...select.params) as string[];
  const condition = filterCondition(filter);
  const rows = db
    .prepare(`SELECT a.path, a.title FROM articles a WHERE ${condition.sql}`)
    .raw()
    .all(...condition.params) as [string, string][];
  // The same order as sortArticles by title: collated titles, ties by path.
  const byTitle = (a: [string, string], b: [string, string]) =>
    compareText(a[1], b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const sorted = rows.sort(byTitle);
  if (order.reverse) sorted.reverse();
  return (order.limit === undefined ? sorted : sorted.slice(0, order.limit)).map((row) => row[0]);
}

/**
 * Counts articles per tag among those matching `filter`, most used first. Tags differing only in case are one
 * tag, shown in the spelling most articles use.
 */
export function countTags(db: Db, filter: ArticleFilter): { tag: string; count: number }[] {
  const condition = filterCondition(filter);
  const rows = db
    .prepare(`SELECT t.tag_key AS key, t.tag AS tag, count(DISTINCT t.article) AS count
    FROM article_tags t JOIN articles a ON a.rowid = t.article
    WHERE ${condition.sql} GROUP BY t.tag_key, t.tag`)
    .all(...condition.params) as { key: string; tag: string; count: number }[];
  const byKey = new Map<string, { tag: string; count: number; best: number }>();
  for (const row of rows) {
    const entry = byKey.get(row.key);
    if (!entry) byKey.set(row.key, { tag: row.tag, count: row.count, best: row.count });
    else {
      entry.count += row.count;
      if (row.count > entry.best || (row.count === entry.best && row.tag > entry.tag)) {
        entry.tag = row.tag;
        entry.best = row.count;
      }
    }
  }
  return [...byKey.values()]
    .map(({ tag, count }) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
}

/** Every problem stored with the index, ordered by path and line. */
export function storedProblems(db: Db): Problem[] {
  const rows = db
    .prepare('SELECT path, line, severity, message FROM problems ORDER BY path, line IS NOT NULL, line, rowid')
    .all() as { path: string; line: number | null; severity: Severity; message: string }[];
  return rows.map((row) =>
    row.line === null
      ? { path: row.path, severity: row.severity, message: row.message }
      : { path: row.path, line: row.line, severity: row.severity, message: row.message },
  );
}

/** Counts stored problems and the files they are in. */
export function problemSummary(db: Db): { problems: number; files: number } {
  return db.prepare('SELECT count(*) AS problems, count(DISTINCT path) AS files FROM problems').get() as {
    problems: number;
    files: number;
  };
}

/** Slugs used by more than one article, with their paths. */
export function duplicateSlugs(db: Db): { slug: string; paths: string[] }[] {
  const rows = db
    .prepare(`SELECT slug, path FROM articles WHERE slug IN (
      SELECT slug FROM articles GROUP BY slug HAVING count(*) > 1) ORDER BY slug, path`)
    .all() as { slug: string; path: string }[];
  const bySlug = new Map<string, string[]>();
  for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row.path]);
  return [...bySlug].map(([slug, paths]) => ({ slug, paths }));
}

/** Every link recorded in article bodies, with the linking article's path. */
export function storedLinks(db: Db): { path: string; target: string; line: number }[] {
  return db
    .prepare(
      'SELECT a.path, l.target, l.line FROM links l JOIN articles a ON a.rowid = l.article ORDER BY a.path, l.line',
    )
    .all() as { path: string; target: string; line: number }[];
}

/** Every indexed path and slug, for resolving links and references. */
export function articlePaths(db: Db): { path: string; slug: string }[] {
  return db.prepare('SELECT path, slug FROM articles ORDER BY path').all() as { path: string; slug: string }[];
}

/** Every article's path, slug and title, for choosing names that do not clash. */
export function articleNames(db: Db): { path: string; slug: string; title: string }[] {
  return db.prepare('SELECT path, slug, title FROM articles ORDER BY path').all() as {
    path: string;
    slug: string;
    title: string;
  }[];
}

/** Every file path the index knows, articles and unreadable files alike. */
export function knownPaths(db: Db): string[] {
  return db.prepare('SELECT path FROM files ORDER BY path').pluck().all() as string[];
}

/** Whether any article's frontmatter has the field `key` (dots for nested fields: `params.byline`). */
export function someArticleHas(db: Db, key: string): boolean {
  // JSON path: each part quoted, so a field name with spaces or dots of its own is still one step.
  const path = `$${key
    .split('.')
    .map((part) => `.${JSON.stringify(part)}`)
    .join('')}`;
  const whole = `$.${JSON.stringify(key)}`;
  return (
    db
      .prepare('SELECT 1 FROM articles WHERE json_type(data, ?) IS NOT NULL OR json_type(data, ?) IS NOT NULL LIMIT 1')
      .get(path, whole) !== undefined
  );
}

/** The settings key the index was last refreshed with (see RefreshOptions.settingsKey). */
export function storedSettingsKey(db: Db): string {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(SETTINGS_META) as string | undefined) ?? '';
}

/** The size and modification time a file had when the index last read it, if it did. */
export function indexedFileStat(db: Db, path: string): { size: number; mtimeMs: number } | undefined {
  return db.prepare('SELECT size, mtime_ms AS mtimeMs FROM files WHERE path = ?').get(path) as
    | { size: number; mtimeMs: number }
    | undefined;
}

/** The 1-based line where each article's body starts, by path: renderers read the body without parsing frontmatter again. */
export function bodyLines(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT path, body_line FROM articles').raw().all() as [string, number][];
  return new Map(rows);
}
