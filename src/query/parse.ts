/**
 * Reads a search query as a user types it and returns its syntax tree (ast.ts), or throws a QuerySyntaxError
 * whose message is one line a person can act on. Pure: no Node APIs, no dependencies; the exported site's
 * search script bundles it, so the command line and the browser read every query the same way.
 *
 * The language:
 *
 *     belarus election          both words (in any order, anywhere in the article)
 *     "free election"           the words next to each other, in this order
 *     election OR vote          either; OR binds tighter than the space: `a b OR c` is `a (b OR c)`
 *     belarus -russia           `-word` or `NOT word`: articles without the word
 *     democr*                   words starting with `democr`
 *     (a OR b) -(c d)           parentheses group
 *     title:minsk tag:travel author:latushka   limit a term (or a group, or a phrase) to the title, tags or authors
 *
 * `OR`, `AND` and `NOT` are operators only in capitals; `AND` is the same as a space. Anything else is text:
 * punctuation inside a word makes it a phrase (`node:test` is the words `node` and `test` next to each other),
 * and punctuation or emoji alone are ignored. Unknown field names are text (`http://example.org`).
 *
 * What is unfinished at the end of a query is read as finished (an unclosed quote or parenthesis), so typing
 * never breaks a search half way; what cannot be read (an `OR` with nothing on one side, a field with nothing
 * after it, a query that only excludes) is an error that says where.
 *
 * Work is bounded: a term repeated in a group counts once (`a a a` is `a`), and a query longer than
 * MAX_QUERY_LENGTH characters, with more than MAX_QUERY_TERMS different terms or nested deeper than MAX_NESTING
 * is an error before any back end sees it. The site's search box parses with this module, so it keeps the same
 * limits as the command line.
 */
import { QueryError } from '../model/errors.js';
import type { QueryField, QueryNode, TermNode } from './ast.js';
import { hasSearchableWord, matchesLongerWords, searchWords } from './words.js';

/** A query that cannot be read. `column` is the 1-based position (in characters) where the problem is. */
export class QuerySyntaxError extends QueryError {
  readonly column: number | undefined;
  constructor(reason: string, column?: number) {
    super(`query: ${reason}${column === undefined ? '' : ` (column ${column})`}`);
    this.column = column;
  }
}

/** How deep parentheses and exclusions may nest: enough for any real query, and no stack to exhaust. */
export const MAX_NESTING = 32;

/**
 * The longest query, in characters: a long sentence pasted whole fits, and reading it costs under a millisecond.
 * A longer one is refused rather than cut, since a cut query would find something else than what was asked.
 */
export const MAX_QUERY_LENGTH = 2000;

/**
 * The most different terms (words, phrases, field terms) one query may hold, as web search engines allow. The
 * cost of a search grows faster than the number of its terms: on the Node.js blog (1,043 posts), 32 words joined
 * by OR are searched and shown in 1.3 s, 128 in 19 s, nearly all of it SQLite's snippets of the best 20 hits.
 */
export const MAX_QUERY_TERMS = 32;

/** Refuses a query (or an `--exact` literal) longer than MAX_QUERY_LENGTH characters. */
export function checkQueryLength(text: string): void {
  // Counted in code points, as the columns of messages are; only worth counting when the units exceed it.
  if (text.length <= MAX_QUERY_LENGTH) return;
  const length = [...text].length;
  if (length > MAX_QUERY_LENGTH) {
    throw new QuerySyntaxError(`the query is too long: ${length} characters, at most ${MAX_QUERY_LENGTH}`);
  }
}

const FIELD_NAMES: Record<string, QueryField> = {
  title: 'title',
  tag: 'tag',
  tags: 'tag',
  author: 'author',
  authors: 'author',
};

const OPEN_QUOTES = '"“„';
const CLOSE_QUOTES = '"”“';
const SPACE = /\s/u;
/** Characters that end a bare word. */
const WORD_END = /[\s()"“”„]/u;
const FIELD_PREFIX = /^([A-Za-z]+):/;

type Token =
  | { type: 'open' | 'close' | 'or' | 'and' | 'not' | 'minus'; column: number }
  | { type: 'field'; field: QueryField; name: string; column: number }
  | { type: 'term'; text: string; quoted: boolean; prefix: boolean; column: number }
  | { type: 'end'; column: number };

/** Cuts query text into tokens. Words without a letter or digit are left out; `dropped` counts them. */
function tokenize(text: string): { tokens: Token[]; dropped: number } {
  const tokens: Token[] = [];
  let dropped = 0;
  let i = 0;
  // Columns count characters (code points), not UTF-16 units, so an emoji earlier in the query does not shift
  // them. Tokens come in order, so the count carries on from the previous token.
  let counted = 0;
  let columnCount = 1;
  const columnAt = (index: number) => {
    for (; counted < index; counted++) {
      const code = text.charCodeAt(counted);
      if (code < 0xdc00 || code > 0xdfff || counted === 0) columnCount++;
    }
    return columnCount;
  };

  while (i < text.length) {
    const char = text[i]!;
    const column = columnAt(i);
    if (SPACE.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close', column });
      i++;
    } else if (OPEN_QUOTES.includes(char)) {
      let end = i + 1;
      while (end < text.length && !CLOSE_QUOTES.includes(text[end]!)) end++;
      const phrase = text.slice(i + 1, end);
      i = Math.min(end + 1, text.length);
      let prefix = false;
      while (text[i] === '*') {
        prefix = true;
        i++;
      }
      if (hasSearchableWord(phrase)) tokens.push({ type: 'term', text: phrase.trim(), quoted: true, prefix, column });
      else dropped++;
    } else if (char === '-' && i + 1 < text.length && !SPACE.test(text[i + 1]!) && text[i + 1] !== ')') {
      tokens.push({ type: 'minus', column });
      i++;
    } else {
      const field = FIELD_PREFIX.exec(text.slice(i, i + 16));
      const name = field?.[1]?.toLowerCase();
      if (field && name !== undefined && name in FIELD_NAMES) {
        tokens.push({ type: 'field', field: FIELD_NAMES[name]!, name: field[1]!, column });
        i += field[0].length;
        continue;
      }
      let end = i;
      while (end < text.length && !WORD_END.test(text[end]!)) end++;
      const word = text.slice(i, end);
      i = end;
      if (word === 'OR' || word === 'AND' || word === 'NOT') {
        tokens.push({ type: word === 'OR' ? 'or' : word === 'AND' ? 'and' : 'not', column });
        continue;
      }
      const bare = word.replace(/\*+$/, '');
      if (hasSearchableWord(bare))
        tokens.push({ type: 'term', text: bare, quoted: false, prefix: bare !== word, column });
      else dropped++;
    }
  }
  tokens.push({ type: 'end', column: columnAt(text.length) });
  return { tokens, dropped };
}

const STARTS_TERM = new Set<Token['type']>(['term', 'open', 'minus', 'not', 'field']);

/** Recursive descent over the tokens; builds the tree, leaving out empty groups. */
class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private next(): Token {
    return this.tokens[this.position++]!;
  }

  /** A sequence of terms, all of which must match: the whole query, or the inside of parentheses. */
  sequence(depth: number, field: QueryField | null, inGroup: boolean): QueryNode | null {
    const items: QueryNode[] = [];
    for (;;) {
      const token = this.peek();
      if (token.type === 'end') break;
      if (token.type === 'close') {
        if (inGroup) break;
        // A `)` that closes nothing is punctuation, like the one in `:)`.
        this.next();
        continue;
      }
      if (token.type === 'and') {
        this.next();
        if (items.length === 0 || !STARTS_TERM.has(this.peek().type))
          throw new QuerySyntaxError('AND needs a term on each side', token.column);
        continue;
      }
      if (token.type === 'or') throw new QuerySyntaxError('OR needs a term on each side', token.column);
      const item = this.alternatives(depth, field);
      if (item) items.push(item);
    }
    return combine('and', items);
  }

  /** Terms joined by OR. */
  private alternatives(depth: number, field: QueryField | null): QueryNode | null {
    const items: (QueryNode | null)[] = [this.unary(depth, field)];
    while (this.peek().type === 'or') {
      const or = this.next();
      if (!STARTS_TERM.has(this.peek().type)) throw new QuerySyntaxError('OR needs a term on each side', or.column);
      items.push(this.unary(depth, field));
    }
    return combine(
      'or',
      items.filter((item): item is QueryNode => item !== null),
    );
  }

  /** One term, maybe excluded, maybe limited to a field. */
  private unary(depth: number, field: QueryField | null): QueryNode | null {
    const token = this.next();
    switch (token.type) {
      case 'minus':
      case 'not': {
        const what = token.type === 'minus' ? "'-'" : 'NOT';
        if (!STARTS_TERM.has(this.peek().type))
          throw new QuerySyntaxError(`${what} needs a term after it`, token.column);
        if (depth >= MAX_NESTING)
          throw new QuerySyntaxError(`the query is nested too deeply (at most ${MAX_NESTING} levels)`, token.column);
        const child = this.unary(depth + 1, field);
        return child === null ? null : { kind: 'not', child };
      }
      case 'field': {
        const missing = () => new QuerySyntaxError(`${token.name}: needs a word to look for`, token.column);
        if (!STARTS_TERM.has(this.peek().type)) throw missing();
        if (depth >= MAX_NESTING)
          throw new QuerySyntaxError(`the query is nested too deeply (at most ${MAX_NESTING} levels)`, token.column);
        const child = this.unary(depth + 1, token.field);
        if (child === null) throw missing();
        return child;
      }
      case 'open': {
        if (depth >= MAX_NESTING)
          throw new QuerySyntaxError(`parentheses are nested too deeply (at most ${MAX_NESTING} levels)`, token.column);
        const inside = this.sequence(depth + 1, field, true);
        // A group still open at the end of the query is closed there.
        if (this.peek().type === 'close') this.next();
        return inside;
      }
      case 'term':
        return term(token.text, token.quoted, token.prefix, field);
      default:
        // Callers only call unary() on a token that starts a term.
        throw new QuerySyntaxError('unexpected end of query', token.column);
    }
  }
}

function term(text: string, quoted: boolean, prefix: boolean, field: QueryField | null): TermNode {
  const last = searchWords(text).at(-1) ?? '';
  return { kind: 'term', text, quoted, prefix: prefix || (!quoted && matchesLongerWords(last)), field };
}

/**
 * Joins nodes with 'and' or 'or', flattening nested nodes of the same kind and keeping one of each repeated
 * node (`a a` is `a`, `a OR a` is `a`: the same answers, without the work); one node stands alone.
 */
function combine(kind: 'and' | 'or', nodes: QueryNode[]): QueryNode | null {
  const seen = new Set<string>();
  const children = nodes
    .flatMap((node) => (node.kind === kind ? node.children : [node]))
    .filter((node) => {
      const key = nodeKey(node);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (children.length === 0) return null;
  if (children.length === 1) return children[0]!;
  return { kind, children };
}

/** A key equal for nodes that match the same articles as written: the words of a term, not how it was typed. */
function nodeKey(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return JSON.stringify([node.field, node.prefix, searchWords(node.text)]);
    case 'and':
    case 'or':
      return `${node.kind}(${node.children.map(nodeKey).join(',')})`;
    case 'not':
      return `not(${nodeKey(node.child)})`;
  }
}

/** How many terms a tree holds (after repeated ones were collapsed). */
function countTerms(node: QueryNode): number {
  switch (node.kind) {
    case 'term':
      return 1;
    case 'and':
    case 'or':
      return node.children.reduce((sum, child) => sum + countTerms(child), 0);
    case 'not':
      return countTerms(node.child);
  }
}

/** Whether a node says what to look for (rather than only what to leave out). */
function looksForSomething(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term':
      return true;
    case 'and':
      return node.children.some(looksForSomething);
    case 'or':
      return node.children.every(looksForSomething);
    case 'not':
      return false;
  }
}

/** Checks the rules a tree must keep for every back end: each OR alternative and each exclusion looks for something. */
function validate(node: QueryNode): void {
  switch (node.kind) {
    case 'term':
      return;
    case 'and':
      for (const child of node.children) validate(child);
      return;
    case 'or':
      for (const child of node.children) {
        if (!looksForSomething(child))
          throw new QuerySyntaxError('OR cannot join an exclusion; put it outside: "a OR b -c"');
        validate(child);
      }
      return;
    case 'not':
      if (!looksForSomething(node.child)) throw new QuerySyntaxError('an exclusion cannot exclude another exclusion');
      validate(node.child);
  }
}

/** Parses query text into its syntax tree; throws QuerySyntaxError when it cannot be read. */
export function parseQuery(text: string): QueryNode {
  checkQueryLength(text);
  const { tokens, dropped } = tokenize(text);
  const root = new Parser(tokens).sequence(0, null, false);
  if (root === null) {
    throw new QuerySyntaxError(
      dropped > 0 ? 'nothing to search for: the query has no letters or digits' : 'nothing to search for',
    );
  }
  const terms = countTerms(root);
  if (terms > MAX_QUERY_TERMS)
    throw new QuerySyntaxError(
      `the query has too many terms: ${terms} different words or phrases, at most ${MAX_QUERY_TERMS}`,
    );
  validate(root);
  if (!looksForSomething(root))
    throw new QuerySyntaxError('the query only excludes; add a word to look for, as in "belarus -russia"');
  return root;
}
