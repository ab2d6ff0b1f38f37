/**
 * The syntax tree of a search query: what `parseQuery` (parse.ts) returns and what every back end translates
 * (FTS5 for the command line, the exported site's script in the browser). Pure data; no Node APIs, no
 * dependencies, so the module can be bundled for a browser as it is.
 *
 * Shape (a valid tree, as the parser returns it):
 *
 *     QueryNode = TermNode | AndNode | OrNode | NotNode
 *
 *     { kind: 'term', text, quoted, prefix, field }
 *         Text to find. `text` is what the user typed for this term, without the syntax around it (no quotes,
 *         no trailing `*`, no `field:`), unnormalised: a back end folds case and accents and splits it into
 *         words with `searchWords` (words.ts), the same function that splits article text. A term of several
 *         words ("exact phrase", `node:test`, `e-mail`, a run of Chinese) matches those words in that order,
 *         next to each other. `quoted` only records that the user wrote quotes. `prefix` (a trailing `*`):
 *         the last word matches any word that starts with it. `field` restricts the term to one part of the
 *         article ('title', 'tag' or 'author'); null means anywhere (title, tags, authors, summary, body).
 *         The text always holds at least one searchable word.
 *
 *     { kind: 'and', children }   every child matches; two or more children
 *     { kind: 'or', children }    at least one child matches; two or more children, none of them a 'not'
 *     { kind: 'not', child }      the child does not match; only ever a child of an 'and' that also has a
 *                                 child that is not a 'not', so a query always says what to look for
 *
 * Example: `belarus "free election" OR vote* -title:russia` is
 *
 *     and [ term "belarus",
 *           or [ term "free election" (quoted), term "vote" (prefix) ],
 *           not ( term "russia" (field: title) ) ]
 */

/** The parts of an article a term can be limited to. */
export type QueryField = 'title' | 'tag' | 'author';

export interface TermNode {
  kind: 'term';
  text: string;
  quoted: boolean;
  prefix: boolean;
  field: QueryField | null;
}

export interface AndNode {
  kind: 'and';
  children: QueryNode[];
}

export interface OrNode {
  kind: 'or';
  children: QueryNode[];
}

export interface NotNode {
  kind: 'not';
  child: QueryNode;
}

export type QueryNode = TermNode | AndNode | OrNode | NotNode;

/** Every term of a query that asks for something to be present (terms under a 'not' are left out), in order. */
export function positiveTerms(node: QueryNode): TermNode[] {
  switch (node.kind) {
    case 'term':
      return [node];
    case 'and':
    case 'or':
      return node.children.flatMap(positiveTerms);
    case 'not':
      return [];
  }
}

/** Every term of a query, those under a 'not' included, in order. */
export function allTerms(node: QueryNode): TermNode[] {
  switch (node.kind) {
    case 'term':
      return [node];
    case 'and':
    case 'or':
      return node.children.flatMap(allTerms);
    case 'not':
      return allTerms(node.child);
  }
}

/**
 * Writes a tree back as query text that parses to the same tree: for messages, logs and tests. Parentheses are
 * added wherever an 'or' holds an 'and'.
 */
export function formatQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term': {
      const field = node.field === null ? '' : `${node.field}:`;
      const text =
        node.quoted || /[\s"()“”„]|^-|^(?:OR|AND|NOT)$|^(?:title|tags?|authors?):/iu.test(node.text)
          ? `"${node.text.replace(/["“”„]/g, ' ')}"`
          : node.text;
      return `${field}${text}${node.prefix ? '*' : ''}`;
    }
    case 'and':
      return node.children.map(formatQuery).join(' ');
    case 'or':
      return node.children
        .map((child) => (child.kind === 'and' ? `(${formatQuery(child)})` : formatQuery(child)))
        .join(' OR ');
    case 'not':
      return node.child.kind === 'term' ? `-${formatQuery(node.child)}` : `-(${formatQuery(node.child)})`;
  }
}
