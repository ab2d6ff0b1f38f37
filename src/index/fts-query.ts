/**
 * Translates a query's syntax tree (query/ast.ts) into an FTS5 MATCH expression. Every term becomes a quoted
 * FTS5 string, so nothing a user types can act as FTS5 syntax (`NEAR`, `^`, column names, `*` inside a word);
 * the expression itself is bound as a parameter, never spliced into SQL.
 */
import type { QueryField, QueryNode, TermNode } from '../query/ast.js';
import { FTS_COLUMNS } from './schema.js';
import { searchableText } from '../query/search-text.js';

/** The full-text column each field searches. */
const FIELD_COLUMNS: Record<QueryField, (typeof FTS_COLUMNS)[number]> = {
  title: 'search_title',
  tag: 'search_tags',
  author: 'search_authors',
};

/** Returns the FTS5 expression for a valid tree (as parseQuery returns it). */
export function toFtsQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return ftsTerm(node);
    case 'or':
      return node.children.map((child) => `(${toFtsQuery(child)})`).join(' OR ');
    case 'and': {
      // FTS5's NOT is binary ("a NOT b"): what to find, then NOT any of the exclusions.
      const wanted = node.children.filter((child) => child.kind !== 'not').map((child) => `(${toFtsQuery(child)})`);
      const excluded = node.children.flatMap((child) => (child.kind === 'not' ? [`(${toFtsQuery(child.child)})`] : []));
      const expression = wanted.join(' AND ');
      return excluded.length === 0 ? expression : `(${expression}) NOT (${excluded.join(' OR ')})`;
    }
    case 'not':
      // The parser only puts a 'not' inside an 'and' that also has something to find.
      throw new Error('an exclusion must be combined with a term to find');
  }
}

/** A term as one FTS5 string: FTS5 cuts it into words itself, which then must be adjacent (a phrase). */
function ftsTerm(term: TermNode): string {
  const phrase = `"${searchableText(term.text).replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`;
  return term.field === null ? phrase : `${FIELD_COLUMNS[term.field]} : ${phrase}`;
}
