/**
 * `folio search`: the articles matching a query, best first, each with a snippet of its text around the match.
 * Exit status as ripgrep's: 0 something matched, 1 nothing did, 2 an error (a query that cannot be read).
 */
import {
  loadHits,
  queryForms,
  rankBest,
  type Ranking,
  type SearchHit,
  type SearchMatcher,
  type SearchSort,
} from '../../index/search.js';
import { toRecord, type SearchRecord } from '../../model/record.js';
import { UsageError } from '../../model/errors.js';
import { checkQueryLength, parseQuery } from '../../query/parse.js';
import { codePointRanges } from '../../query/snippet.js';
import type { Context } from '../context.js';
import { ARTICLE_FORMATS, toFilter, toFormat, toLimit, type FilterFlags } from '../flags.js';
import { openArchive } from '../open-archive.js';
import { suggestQuery } from '../../index/suggest.js';
import { nothingFoundNote } from '../print/nothing-found.js';
import { writeRecords } from '../print/records.js';

export const SEARCH_SORTS: readonly SearchSort[] = ['rank', 'date'];

/** Hits the table shows unless `--limit` says otherwise; the other formats give every hit. */
export const TABLE_LIMIT = 20;

export interface SearchFlags extends FilterFlags {
  format: string;
  sort?: string;
  limit?: string;
  exact?: boolean;
  show?: boolean;
  edit?: boolean;
}

export async function runSearch(context: Context, words: string[], flags: SearchFlags): Promise<number> {
  const filter = toFilter(flags);
  const format = toFormat(flags.format, ARTICLE_FORMATS);
  if (flags.show && format !== 'table')
    throw new UsageError(`--show prints the best match as folio show does; it does not go with --format ${format}`);
  if (flags.edit && (flags.show || format !== 'table'))
    throw new UsageError(
      `--edit opens the best match in the editor; it does not go with ${flags.show ? '--show' : `--format ${format}`}`,
    );
  const one = flags.show === true || flags.edit === true;
  const sort = toSort(flags.sort);
  const limit = flags.limit !== undefined ? toLimit(flags.limit) : format === 'table' ? TABLE_LIMIT : undefined;
  const text = words.join(' ');
  // The query is read before the index is opened: a query error costs nothing.
  if (flags.exact) checkQueryLength(text);
  const matcher: SearchMatcher = flags.exact ? { kind: 'literal', text } : { kind: 'query', query: parseQuery(text) };

  const { db, stats } = await openArchive(context);
  let hits: SearchHit[] | undefined;
  let ranking: Ranking;
  let suggestion: string | null = null;
  try {
    if (matcher.kind === 'query') matcher.forms = await queryForms(db, matcher.query);
    ranking = rankBest(db, matcher, filter, sort, one ? 1 : limit);
    if (format !== 'paths' && !one) hits = loadHits(db, matcher, ranking.matches);
    if (ranking.total === 0 && matcher.kind === 'query') {
      suggestion = suggestQuery(db, text, matcher.query, matcher.forms);
      // Offered only when it finds something, among the articles the filters select.
      if (suggestion !== null) {
        const corrected: SearchMatcher = { kind: 'query', query: parseQuery(suggestion) };
        corrected.forms = await queryForms(db, corrected.query);
        if (rankBest(db, corrected, filter, sort, 1).total === 0) suggestion = null;
      }
    }
  } finally {
    db.close();
  }

  const { matches: shown, total } = ranking;
  if (total === 0) {
    // A suggestion goes to stderr whatever the format: it never mixes with results.
    if (suggestion !== null && stats.files > 0) context.note(`no match; did you mean ${suggestion}?`);
    else if (format === 'table' || stats.files === 0) context.note(nothingFoundNote(context, stats.files));
    // An empty array is still JSON: `folio search … --format json | jq` should not fail on nothing.
    if (format === 'json') writeRecords('json', [], context.out);
    return 1;
  }
  if (flags.edit) {
    const { runEdit } = await import('./edit.js');
    return runEdit(context, shown[0]!.path, { query: text, ...(flags.exact ? { exact: true } : {}) });
  }
  if (flags.show) {
    const { runShow } = await import('./show.js');
    return runShow(context, shown[0]!.path, { highlight: text, ...(flags.exact ? { exact: true } : {}) });
  }
  if (format === 'paths') writeRecords('paths', shown, context.out, context.pathPrefix);
  else if (format === 'table') {
    // Loaded only for the table: `--format paths` in a script need not pay for laying text out.
    const { searchTable } = await import('../print/search-table.js');
    for (const line of await searchTable(hits!, context.tableWidth, context.theme)) context.out(line);
  } else writeRecords(format, hits!.map(toSearchRecord), context.out);
  if (format === 'table' && total > shown.length)
    context.note(`showing the best ${shown.length} of ${total} matching articles; --limit N shows more`);
  return 0;
}

function toSort(sort: string | undefined): SearchSort {
  if (sort === undefined) return 'rank';
  if (!(SEARCH_SORTS as readonly string[]).includes(sort))
    throw new UsageError(`--sort ${sort}: expected one of ${SEARCH_SORTS.join(', ')}`);
  return sort as SearchSort;
}

function toSearchRecord(hit: SearchHit): SearchRecord {
  return {
    ...toRecord(hit.article),
    score: Math.round(hit.score * 1000) / 1000,
    snippet: hit.snippet.text,
    highlights: codePointRanges(hit.snippet.text, hit.snippet.ranges),
  };
}
