/**
 * Full-text search over the index: finds the articles a query matches among those a filter selects, ranks them,
 * and makes a snippet for each hit that is shown. Two ways to match:
 *
 * - a query (query/ast.ts), through the FTS5 table: ranked by BM25 with field weights, so a word in the title
 *   or tags outranks the same word deep in the body;
 * - a literal (`--exact`): text as typed, punctuation included, found as a substring ignoring case only. The
 *   FTS5 table narrows the candidates when the literal holds a whole word; the text columns are then scanned.
 *
 * A query word also matches the other forms of the word in the archive's languages (query/stem.ts); articles
 * the query matches word for word rank above those it matches only through other forms. Ties, and
 * `sort: 'date'`, put the newest first. Everything a user typed reaches SQLite as a bound parameter.
 */
import type { Article } from '../model/article.js';
import { QueryError } from '../model/errors.js';
import type { ArticleFilter } from '../model/filter.js';
import { allTerms, positiveTerms, type QueryNode } from '../query/ast.js';
import { findLiteral, findMatches, type TextRange } from '../query/match.js';
import { snippetAround, tidySnippet, type Snippet } from '../query/snippet.js';
import {
  prefixEnd,
  STEM_LANGUAGES,
  stemmedForms,
  stemProbes,
  termWord,
  type StemLanguage,
  type TermForms,
} from '../query/stem.js';
import { loadStemmers } from '../query/stemmers.js';
import { matchesLongerWords, normalizeText, searchWords, WORD_SEPARATOR, wordSpans } from '../query/words.js';
import type { Db } from './database.js';
import { toFtsQuery } from './fts-query.js';
import { ARTICLE_COLUMNS, articleFromRow, filterCondition, type ArticleRow } from './article-reads.js';

/**
 * What a search looks for. A query's `forms` are the other forms of its words to match too (see
 * `queryForms`); without them, it is matched word for word.
 */
export type SearchMatcher = { kind: 'query'; query: QueryNode; forms?: TermForms } | { kind: 'literal'; text: string };

export type SearchSort = 'rank' | 'date';

/** A matching article as ranked: enough for `--format paths`, and to load the rest for the hits shown. */
export interface RankedMatch {
  rowid: number;
  path: string;
  /** Relevance, higher is better; comparable only within one search. */
  score: number;
}

export interface SearchHit {
  article: Article;
  score: number;
  /** Body text around the best match. */
  snippet: Snippet;
  /** Where the title matches, for highlighting it too. */
  titleMatches: TextRange[];
}

/**
 * Weights of the full-text columns in the ranking, in the order of FTS_COLUMNS: title, tags, authors,
 * summary, body. A hit in the title counts ten times one in the body.
 */
const WEIGHTS = [10, 8, 5, 2, 1] as const;

/** Words of body text around a match in a snippet (FTS5 allows at most 64). */
const SNIPPET_WORDS = 24;
/** Characters of body text in a snippet of a literal match. */
const SNIPPET_CHARACTERS = 160;

/** Markers FTS5 puts around matches in snippets; the index never holds them (words.ts removes them). */
const OPEN_MARK = '\u0002';
const CLOSE_MARK = '\u0003';

/** The best matches of a search, and how many articles match in all. */
export interface Ranking {
  matches: RankedMatch[];
  total: number;
}

/** Finds every article matching `matcher` among those `filter` selects, best first (or newest first). */
export function rankMatches(db: Db, matcher: SearchMatcher, filter: ArticleFilter, sort: SearchSort): RankedMatch[] {
  return rankBest(db, matcher, filter, sort).matches;
}

/**
 * Finds the best `limit` matches (every match without a limit) and counts them all. With a limit, SQLite ranks
 * every match but hands over only the best: on a word in half of 10,000 articles that saves half of the
 * time, most of it spent turning rows into JavaScript values.
 */
export function rankBest(
  db: Db,
  matcher: SearchMatcher,
  filter: ArticleFilter,
  sort: SearchSort,
  limit?: number,
): Ranking {
  if (matcher.kind === 'query') return rankQuery(db, matcher.query, matcher.forms, filter, sort, limit);
  const matches = rankLiteral(db, matcher.text, filter, sort);
  return { matches: limit === undefined ? matches : matches.slice(0, limit), total: matches.length };
}

/** The languages the archive's articles are stemmed in (query/stem.ts), read once per connection. */
const languagesOf = new WeakMap<Db, StemLanguage[]>();

function stemLanguages(db: Db): StemLanguage[] {
  let languages = languagesOf.get(db);
  if (!languages) {
    const present = new Set(
      db.prepare('SELECT DISTINCT stem_lang FROM articles WHERE stem_lang IS NOT NULL').pluck().all() as string[],
    );
    languages = STEM_LANGUAGES.filter((language) => present.has(language));
    languagesOf.set(db, languages);
  }
  return languages;
}

/** Stand-ins to tell whether a term is stemmable before loading any stemmer. */
const ALL_LANGUAGES = Object.fromEntries(STEM_LANGUAGES.map((language) => [language, (word: string) => word]));

/** Most other forms one query word stands for: enough for any real word, and a bound on the expression. */
const MAX_FORMS = 64;

/**
 * The other forms of each stemmable word of a query that the archive holds (query/stem.ts), read from the
 * full-text table's own list of terms: only the terms that start with a stem's prefix are read and stemmed.
 */
export async function queryForms(db: Db, query: QueryNode): Promise<TermForms> {
  const forms: TermForms = new Map();
  const languages = stemLanguages(db);
  if (languages.length === 0 || !allTerms(query).some((term) => stemProbes(term, languages, ALL_LANGUAGES) !== null))
    return forms;
  const STEMMERS = await loadStemmers(languages);
  let terms: ((prefix: string) => string[]) | undefined;
  for (const term of allTerms(query)) {
    const probes = stemProbes(term, languages, STEMMERS);
    if (probes === null) continue;
    if (!terms) {
      db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.folio_terms USING fts5vocab(main, 'articles_fts', 'row')");
      const range = db.prepare('SELECT term FROM temp.folio_terms WHERE term >= ? AND term < ?').pluck();
      terms = (prefix) => range.all(prefix, prefixEnd(prefix)) as string[];
    }
    const found = stemmedForms(termWord(term), probes, STEMMERS, terms!).slice(0, MAX_FORMS);
    if (found.length > 0) forms.set(term, found);
  }
  return forms;
}

function rankQuery(
  db: Db,
  query: QueryNode,
  forms: TermForms | undefined,
  filter: ArticleFilter,
  sort: SearchSort,
  limit: number | undefined,
): Ranking {
  const condition = filterCondition(filter);
  const expression = toFtsQuery(query, forms);
  const exact = toFtsQuery(query);
  // Articles the query matches word for word come before those it matches only through other forms.
  const exactFirst = sort === 'rank' && exact !== expression;
  const order =
    sort === 'date'
      ? 'a.date_key DESC, rank, a.path'
      : `${exactFirst ? 'exact DESC, ' : ''}rank, a.date_key DESC, a.path`;
  const from = `FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
    WHERE articles_fts MATCH ? AND ${condition.sql}`;
  const exactColumn = exactFirst
    ? ', a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) AS exact'
    : '';
  const sql = `SELECT a.rowid AS rowid, a.path AS path, bm25(articles_fts, ${WEIGHTS.join(', ')}) AS rank${exactColumn} ${from}
    ORDER BY ${order}${limit === undefined ? '' : ' LIMIT ?'}`;
  const head = exactFirst ? [exact, expression] : [expression];
  const params = limit === undefined ? [...head, ...condition.params] : [...head, ...condition.params, limit];
  const rows = runFts(() =>
    db
      .prepare(sql)
      .raw()
      .all(...params),
  ) as [number, string, number, ...unknown[]][];
  // bm25() is lower for better matches; scores read better the other way round.
  const matches = rows.map(([rowid, path, rank]) => ({ rowid, path, score: -rank }));
  const total =
    limit === undefined || matches.length < limit
      ? matches.length
      : (runFts(() =>
          db
            .prepare(`SELECT count(*) ${from}`)
            .pluck()
            .get(expression, ...condition.params),
        ) as number);
  return { matches, total };
}

/** Runs a statement that uses FTS5; an error FTS5 raises on the expression becomes a query error. */
function runFts<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/^fts5:/.test(message)) throw error;
    throw new QueryError(`query: the search index cannot run this query (${message})`, 2, { cause: error });
  }
}

const TEXT_COLUMNS = [
  't.search_title',
  't.search_tags',
  't.search_authors',
  't.search_summary',
  't.search_body',
] as const;

function rankLiteral(db: Db, literal: string, filter: ArticleFilter, sort: SearchSort): RankedMatch[] {
  const needle = normalizeText(literal).toLowerCase();
  if (needle.trim() === '') throw new QueryError('query: nothing to search for');
  const condition = filterCondition(filter);
  // SQLite's lower() folds ASCII only, which is all an ASCII literal needs; other literals are folded by
  // JavaScript (and the word separators of Chinese and Japanese text skipped).
  const ascii = /^[\x00-\x7f]*$/.test(needle);
  if (!ascii) registerCount(db);
  const count = (column: string) =>
    ascii
      ? `((length(${column}) - length(replace(lower(${column}), @needle, ''))) / @size)`
      : `folio_count(${column}, @needle)`;
  // LIKE ignores ASCII case without copying the text, which makes it several times faster than instr(lower()).
  const contains = (column: string) =>
    ascii ? `${column} LIKE @pattern ESCAPE '\\'` : `folio_count(${column}, @needle) > 0`;
  const narrowing = literalFtsQuery(literal);
  // Each column counts like a BM25 term frequency: occurrences saturate, and the body's by its length.
  const saturated = (index: number, length = '1.0') =>
    `${WEIGHTS[index]!.toFixed(1)} * c${index} / (c${index} + 1.2 * ${length})`;
  const sql = `SELECT rowid, path, ${TEXT_COLUMNS.map((_, index) =>
    index === 4 ? saturated(index, '(0.25 + 0.75 * words / max(1.0, avg(words) OVER ()))') : saturated(index),
  ).join(' + ')} AS score
    FROM (SELECT a.rowid AS rowid, a.path AS path, a.date_key AS date_key, a.words AS words,
        ${TEXT_COLUMNS.map((column, index) => `${count(column)} AS c${index}`).join(', ')}
      FROM articles a JOIN article_text t ON t.rowid = a.rowid
      WHERE ${condition.sql}
        ${narrowing === null ? '' : 'AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @narrowing)'}
        AND (${TEXT_COLUMNS.map(contains).join(' OR ')}))
    ORDER BY ${sort === 'date' ? 'date_key DESC, score DESC' : 'score DESC, date_key DESC'}, path`;
  const pattern = `%${needle.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const named = {
    needle,
    size: needle.length,
    ...(ascii ? { pattern } : {}),
    ...(narrowing === null ? {} : { narrowing }),
  };
  const statement = db.prepare(sql);
  const rows = runFts(() => statement.raw().all(...condition.params, named)) as [number, string, number][];
  return rows.map(([rowid, path, score]) => ({ rowid, path, score }));
}

/** Registers `folio_count(text, needle)`: occurrences of a lower-case needle in text, ignoring case. */
function registerCount(db: Db): void {
  db.function('folio_count', { deterministic: true }, (text: unknown, needle: unknown) => {
    if (typeof text !== 'string' || typeof needle !== 'string' || needle === '') return 0;
    const haystack = (text.includes(WORD_SEPARATOR) ? text.split(WORD_SEPARATOR).join('') : text).toLowerCase();
    let found = 0;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found++;
    return found;
  });
}

/**
 * An FTS5 expression every article containing `literal` matches, or null when there is none. A word of the
 * literal with punctuation before it starts a word in the text too (a prefix); with punctuation after it as
 * well, it is a whole word. A word at the very start of the literal may end a longer word in the text, which
 * FTS5 cannot look up, so it is left out. Unspaced scripts are segmented by context, so they are left out too.
 */
function literalFtsQuery(literal: string): string | null {
  const text = normalizeText(literal);
  const terms: string[] = [];
  for (const span of wordSpans(text)) {
    if (span.start === 0 || matchesLongerWords(span.word)) continue;
    const whole = span.end < text.length;
    terms.push(`"${span.word.replace(/"/g, '""')}"${whole ? '' : ' *'}`);
  }
  return terms.length === 0 ? null : terms.join(' AND ');
}

/** Loads the articles of ranked matches, with their snippets and title highlights. */
export function loadHits(db: Db, matcher: SearchMatcher, matches: readonly RankedMatch[]): SearchHit[] {
  const article =
    db.prepare(`SELECT ${ARTICLE_COLUMNS}, t.search_body FROM articles a JOIN article_text t ON t.rowid = a.rowid
    WHERE a.rowid = ?`);
  const forms = matcher.kind === 'query' ? matcher.forms : undefined;
  // FTS5 cuts its snippets after a number of words, which can split a phrase: those of queries with a phrase
  // are made from the body text, where a phrase is one match (query/match.ts) that a snippet never cuts.
  const phrases =
    matcher.kind === 'query' && positiveTerms(matcher.query).some((term) => searchWords(term.text).length > 1);
  const snippets =
    matcher.kind === 'query' && !phrases ? snippetReader(db, toFtsQuery(matcher.query, forms), matches) : undefined;
  return matches.map((match) => {
    const row = article.get(match.rowid) as ArticleRow & { search_body: string };
    const found = articleFromRow(row);
    if (matcher.kind === 'query') {
      return {
        article: found,
        score: match.score,
        snippet: phrases ? phraseSnippet(row.search_body, matcher.query, forms) : markedSnippet(snippets!(match.rowid)),
        titleMatches: findMatches(matcher.query, found.title, 'title', forms),
      };
    }
    const body = row.search_body.split(WORD_SEPARATOR).join('');
    return {
      article: found,
      score: match.score,
      snippet: snippetAround(body, findLiteral(body, matcher.text), SNIPPET_CHARACTERS),
      titleMatches: findLiteral(found.title, matcher.text),
    };
  });
}

/** A snippet of an article's body around the first match of a query that holds a phrase. */
function phraseSnippet(searchBody: string, query: QueryNode, forms: TermForms | undefined): Snippet {
  const body = searchBody.split(WORD_SEPARATOR).join('');
  return snippetAround(body, findMatches(query, body, 'text', forms), SNIPPET_CHARACTERS);
}

/** Above this many hits, snippets are made in one pass over every match rather than one query per hit. */
const SNIPPETS_ONE_BY_ONE = 64;

/**
 * Returns a function giving the marked snippet of a hit. A few hits (a table) are asked for one by one, which
 * costs little; for many (JSON of every match), asking hit by hit makes FTS5 read the terms' lists again each
 * time, so every match's snippet is made in one pass instead.
 */
function snippetReader(db: Db, expression: string, matches: readonly RankedMatch[]): (rowid: number) => string {
  const snippet = `snippet(articles_fts, 4, '${OPEN_MARK}', '${CLOSE_MARK}', '…', ${SNIPPET_WORDS})`;
  if (matches.length <= SNIPPETS_ONE_BY_ONE) {
    const one = db.prepare(`SELECT ${snippet} FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`).pluck();
    // As a BigInt: FTS5 ignores a `rowid = ?` bound to a floating-point value, which a JS number becomes.
    return (rowid) => (runFts(() => one.get(expression, BigInt(rowid))) as string | undefined) ?? '';
  }
  const wanted = new Set(matches.map((match) => match.rowid));
  const all = new Map<number, string>();
  const rows = runFts(() =>
    db.prepare(`SELECT rowid, ${snippet} FROM articles_fts WHERE articles_fts MATCH ?`).raw().iterate(expression),
  );
  for (const [rowid, marked] of rows as Iterable<[number, string]>) if (wanted.has(rowid)) all.set(rowid, marked);
  return (rowid) => all.get(rowid) ?? '';
}

/** Reads a snippet FTS5 marked with OPEN_MARK / CLOSE_MARK into text and ranges. */
function markedSnippet(marked: string): Snippet {
  let text = '';
  const ranges: TextRange[] = [];
  let start = -1;
  for (const char of marked) {
    if (char === OPEN_MARK) start = text.length;
    else if (char === CLOSE_MARK) {
      if (start !== -1 && text.length > start) ranges.push({ start, end: text.length });
      start = -1;
    } else text += char;
  }
  return tidySnippet({ text, ranges });
}
