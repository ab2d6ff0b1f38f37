/**
 * Syntax highlighting of fenced code, with highlight.js. Only the grammars an article uses are loaded (highlight.js
 * with every grammar takes ~70 ms to load, one grammar ~15 ms), and only from a fixed list: a language name written
 * in an article never becomes a module path. highlight.js returns HTML; its few escapes are undone here and its
 * scopes become theme roles. Very large blocks are left plain, so highlighting never dominates a render.
 */
import type { HLJSApi, LanguageFn } from 'highlight.js';
import type { Role } from '../theme.js';
import { grammarFor } from '../code-languages.js';

export { grammarFor };
import { span, type Line } from './spans.js';

/** Highlights `code` (one block, tabs expanded) as lines of spans, or returns null for an unknown language. */
export type CodeHighlighter = (code: string, language: string) => Line[] | null;

/** Blocks longer than this are shown without highlighting. */
const MAX_BLOCK_LENGTH = 64 * 1024;
/** Once this much code has been highlighted, the rest is shown plain. */
const MAX_TOTAL_LENGTH = 512 * 1024;

const SCOPE_ROLES: Record<string, Role> = {
  keyword: 'keyword',
  'selector-tag': 'keyword',
  name: 'keyword',
  section: 'keyword',
  bullet: 'keyword',
  built_in: 'type',
  type: 'type',
  class: 'type',
  'title.class': 'type',
  'title.class.inherited': 'type',
  literal: 'number',
  number: 'number',
  symbol: 'number',
  string: 'string',
  regexp: 'string',
  char: 'string',
  link: 'string',
  comment: 'comment',
  doctag: 'comment',
  quote: 'comment',
  title: 'symbol',
  'title.function': 'symbol',
  function: 'symbol',
  'title.function.invoke': 'symbol',
  attr: 'attribute',
  attribute: 'attribute',
  property: 'attribute',
  variable: 'attribute',
  'template-variable': 'attribute',
  'selector-class': 'attribute',
  'selector-id': 'attribute',
  'selector-attr': 'attribute',
  'selector-pseudo': 'attribute',
  meta: 'attribute',
  'meta.keyword': 'keyword',
  'meta.string': 'string',
  addition: 'inserted',
  deletion: 'deleted',
  emphasis: 'emphasis',
  strong: 'strong',
};

/** Loads highlight.js with the grammars for `languages`; null when none of them is known. */
export async function loadHighlighter(languages: Iterable<string>): Promise<CodeHighlighter | null> {
  const grammars = new Set<string>();
  for (const language of languages) {
    const grammar = grammarFor(language);
    if (grammar !== undefined) grammars.add(grammar);
  }
  if (grammars.size === 0) return null;
  const { default: shared } = await import('highlight.js/lib/core');
  // A fresh instance per render: nothing registered here outlives it.
  const hljs: HLJSApi = shared.newInstance();
  await Promise.all(
    [...grammars].map(async (grammar) => {
      const module = (await import(`highlight.js/lib/languages/${grammar}`)) as { default: LanguageFn };
      hljs.registerLanguage(grammar, module.default);
    }),
  );
  let budget = MAX_TOTAL_LENGTH;
  return (code, language) => {
    const grammar = grammarFor(language);
    if (grammar === undefined || !grammars.has(grammar) || code.length > MAX_BLOCK_LENGTH || code.length > budget)
      return null;
    budget -= code.length;
    try {
      return htmlToLines(hljs.highlight(code, { language: grammar, ignoreIllegals: true }).value);
    } catch {
      return null;
    }
  };
}

const HTML_PIECE = /<span class="([^"]*)">|<\/span>|&(amp|lt|gt|quot|#x27);|[^<&]+|[<&]/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" };

/** Reads highlight.js's HTML back into lines of spans (text not yet made safe: the caller does that). */
function htmlToLines(html: string): Line[] {
  const lines: Line[] = [[]];
  const roles: (Role | undefined)[] = [];
  const add = (text: string) => {
    const role = roles.findLast((candidate) => candidate !== undefined);
    const parts = text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines.at(-1)!.push(span(part, role ? [role] : []));
    });
  };
  for (const match of html.matchAll(HTML_PIECE)) {
    if (match[1] !== undefined) roles.push(roleOf(match[1]));
    else if (match[0] === '</span>') roles.pop();
    else if (match[2] !== undefined) add(ENTITIES[match[2]]!);
    else add(match[0]);
  }
  return lines;
}

/** `hljs-title function_` → the role for `title.function`, or for `title` when that has none. */
function roleOf(classes: string): Role | undefined {
  const [first, ...rest] = classes.split(' ');
  const scope = (first ?? '').replace(/^hljs-/, '');
  const full = [scope, ...rest.map((part) => part.replace(/_+$/, ''))].join('.');
  return SCOPE_ROLES[full] ?? SCOPE_ROLES[scope];
}
