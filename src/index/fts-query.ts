/**
 * Translates a query's syntax tree (query/ast.ts) into an FTS5 MATCH expression. Every term becomes a quoted
 * FTS5 string, so nothing a user types can act as FTS5 syntax (`NEAR`, `^`, column names, `*` inside a word);
 * the expression itself is bound as a parameter, never spliced into SQL.
 *
 * With `forms` (query/stem.ts), a term also matches the other forms of its word the archive holds.
 */
import type { QueryField, QueryNode, TermNode } from '../query/ast.js';
import type { TermForms } from '../query/stem.js';
import type { FTS_COLUMNS } from './schema.js';
import { searchableText } from '../query/search-text.js';

/** The full-text column each field searches. */
const FIELD_COLUMNS: Record<QueryField, (typeof FTS_COLUMNS)[number]> = {
  title: 'search_title',
  tag: 'search_tags',
  author: 'search_authors',
};

/** Returns the FTS5 expression for a valid tree (as parseQuery returns it). */
export function toFtsQuery(node: QueryNode, forms?: TermForms): string {
  switch (node.kind) {
    case 'term':
      return ftsTerm(node, forms?.get(node) ?? []);
    case 'or':
      return node.children.map((child) => `(${toFtsQuery(child, forms)})`).join(' OR ');
    case 'and': {
      // FTS5's NOT is binary ("a NOT b"): what to find, then NOT any of the exclusions.
      const wanted = node.children
        .filter((child) => child.kind !== 'not')
        .map((child) => `(${toFtsQuery(child, forms)})`);
      const excluded = node.children.flatMap((child) =>
        child.kind === 'not' ? [`(${toFtsQuery(child.child, forms)})`] : [],
      );
      const expression = wanted.join(' AND ');
      return excluded.length === 0 ? expression : `(${expression}) NOT (${excluded.join(' OR ')})`;
    }
    case 'not':
      // The parser only puts a 'not' inside an 'and' that also has something to find.
      throw new Error('an exclusion must be combined with a term to find');
  }
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A term as one FTS5 string: FTS5 cuts it into words itself, which then must be adjacent (a phrase); the
 * other forms of its word, when it has any, are alternatives.
 */
function ftsTerm(term: TermNode, forms: readonly string[]): string {
  const column = term.field === null ? '' : `${FIELD_COLUMNS[term.field]} : `;
  const phrase = `${column}${quote(searchableText(term.text))}${term.prefix ? ' *' : ''}`;
  return [phrase, ...forms.map((form) => `${column}${quote(form)}`)].join(' OR ');
}
