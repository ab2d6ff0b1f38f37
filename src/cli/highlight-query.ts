/**
 * Turns a search query typed on the command line into the hit finder the terminal renderer marks hits with, by
 * the same rules as `folio search` (src/query): words folded, phrases, prefixes, fields. A query that cannot be
 * read is a QuerySyntaxError (exit 2), raised before anything is printed.
 */
import { findLiteral, findMatches, type TextRange } from '../query/match.js';
import { parseQuery } from '../query/parse.js';
import type { HitMatcher } from '../render/terminal/hits.js';

export interface QueryHits {
  matcher: HitMatcher;
  /** How many hits the matcher has found so far. */
  count(): number;
}

/** A hit finder for `query`; with `exact`, the text exactly as typed (ignoring case), as `search --exact`. */
export function queryHits(query: string, exact = false): QueryHits {
  const tree = exact ? null : parseQuery(query);
  let found = 0;
  const matcher: HitMatcher = (text, part) => {
    const ranges: TextRange[] = tree ? findMatches(tree, text, part) : findLiteral(text, query);
    found += ranges.length;
    return ranges.map((range) => [range.start, range.end] as const);
  };
  return { matcher, count: () => found };
}
