/**
 * The one Markdown reader: every consumer (the terminal, the HTML renderer, the plain text of exports) takes its
 * tokens from `lexMarkdown`, with the one list of extensions below and one set of limits for hostile input.
 *
 * Lexes an article body into marked tokens (GFM, with footnotes, alerts, decoded link destinations, wikilinks and Hugo's refs), within bounds. marked overflows the stack on
 * text nested a few hundred levels deep and needs time quadratic in the emphasis and bracket delimiters of one
 * paragraph (a minute for 120 KB of `**_a`), so what reaches it is measured first: a body too large or nested too
 * deep is returned as plain paragraphs, and a paragraph with too many delimiters, or any paragraph once the time
 * budget is spent, keeps its text without inline formatting. The result says what was simplified, so the caller
 * can tell the user; text is never lost. Pure: no I/O, no state kept between calls.
 */
import { Lexer, Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import { alertExtension } from './markdown-alerts.js';
import { destinationExtension } from './markdown-destinations.js';
import { footnoteExtension } from './markdown-footnotes.js';
import { namedLinkExtension } from './markdown-named-links.js';

/**
 * Every extension folio reads Markdown with, in one place: adding one here adds it to `show`, the site, the JSON
 * export and their plain text. An extension whose tokens are standard ones (a wiki link made a `link` token)
 * needs nothing more; a new token type also needs a case in each renderer (terminal, HTML, plain text), which
 * the paired case files in test/render/cases keep honest.
 */
const EXTENSIONS: readonly MarkedExtension[] = [
  footnoteExtension(),
  alertExtension(),
  destinationExtension(),
  namedLinkExtension(),
];

/** Configured once per thread; lexing keeps no state between bodies. */
const reader = new Marked({ gfm: true, silent: false });
reader.use(...EXTENSIONS);

export interface MarkdownLimits {
  /** Bodies longer than this (in UTF-16 units) are not parsed as Markdown. */
  maxLength: number;
  /** Deepest nesting of lists and block quotes parsed as Markdown. */
  maxDepth: number;
  /** Most emphasis and bracket delimiters (`*`, `_`, `~`, `[`, `]`) one run of inline text may hold. */
  maxDelimiters: number;
  /** Time for inline parsing of the whole body; later runs keep their plain text. */
  inlineBudgetMs: number;
}

export const DEFAULT_LIMITS: MarkdownLimits = {
  maxLength: 4 * 1024 * 1024,
  maxDepth: 48,
  maxDelimiters: 1000,
  inlineBudgetMs: 1500,
};

export interface LexedMarkdown {
  tokens: Token[];
  /** Set when the whole body was read as plain text, and why. */
  plainBecause?: string;
  /** Runs of inline text kept plain (too many delimiters, or over the time budget). */
  plainRuns: number;
}

/** Lexes `body` with marked within `limits`; never throws on content. */
export function lexMarkdown(
  body: string,
  limits: MarkdownLimits = DEFAULT_LIMITS,
  now: () => number = () => performance.now(),
): LexedMarkdown {
  if (body.length > limits.maxLength) {
    return plain(body, `it is longer than ${Math.round(limits.maxLength / 1024 / 1024)} MB`);
  }
  const depth = nestingDepth(body);
  if (depth > limits.maxDepth) return plain(body, `it is nested more than ${limits.maxDepth} levels deep`);

  const lexer = new Lexer(reader.defaults);
  let tokens: Token[];
  try {
    tokens = lexer.blockTokens(body.replace(/\r\n?/g, '\n'), lexer.tokens);
  } catch (error) {
    if (error instanceof RangeError) return plain(body, 'it is nested too deeply to parse');
    throw error;
  }

  // marked's own `lex` would parse every queued run now; this loop does the same within the limits.
  let plainRuns = 0;
  const deadline = now() + limits.inlineBudgetMs;
  for (const run of lexer.inlineQueue) {
    lexer.state.inRawBlock = false;
    if (delimiterCount(run.src, limits.maxDelimiters) > limits.maxDelimiters || now() > deadline) {
      run.tokens.push(textToken(run.src));
      plainRuns++;
      continue;
    }
    try {
      lexer.inlineTokens(run.src, run.tokens);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      run.tokens.length = 0;
      run.tokens.push(textToken(run.src));
      plainRuns++;
    }
  }
  lexer.inlineQueue = [];
  // Extensions that rewrite tokens once they are all read (alerts, link destinations).
  const rewrite = reader.defaults.walkTokens;
  if (rewrite) reader.walkTokens(tokens, rewrite);
  return { tokens, plainRuns };
}

/** The body as paragraphs of plain text, line breaks kept. */
function plain(body: string, because: string): LexedMarkdown {
  const tokens: Token[] = [];
  for (const block of body.split(/\n[ \t]*\n/)) {
    if (block.trim() === '') continue;
    const inline: Token[] = [];
    block.split('\n').forEach((line, index) => {
      if (index > 0) inline.push({ type: 'br', raw: '\n' } satisfies Tokens.Br);
      inline.push(textToken(line));
    });
    tokens.push({ type: 'paragraph', raw: block, text: block, tokens: inline } satisfies Tokens.Paragraph);
  }
  return { tokens, plainBecause: because, plainRuns: 0 };
}

function textToken(text: string): Tokens.Text {
  return { type: 'text', raw: text, text, escaped: true };
}

/** Counts the delimiters marked pairs up in inline text, stopping once past `stop`. */
function delimiterCount(text: string, stop: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stop; i++) {
    const code = text.charCodeAt(i);
    // * _ ~ [ ]
    if (code === 0x2a || code === 0x5f || code === 0x7e || code === 0x5b || code === 0x5d) count++;
  }
  return count;
}

const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])|\[\^[^\]\s]{1,100}\]:)[ \t]*/;

/**
 * An upper bound on how deeply a line nests block containers: the list and quote markers at its start, plus
 * one level for every two columns of indentation before a marker. Fenced code is counted like anything else,
 * so a deeply indented list inside code can overestimate; that only costs formatting, never text.
 */
export function nestingDepth(body: string): number {
  let deepest = 0;
  let start = 0;
  while (start < body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    let position = start;
    let columns = 0;
    let depth = 0;
    for (;;) {
      while (position < end && (body[position] === ' ' || body[position] === '\t')) {
        columns += body[position] === '\t' ? 4 : 1;
        position++;
      }
      const marker = CONTAINER_MARKER.exec(body.slice(position, Math.min(end, position + 110)));
      if (!marker) break;
      depth += 1 + Math.floor(columns / 2);
      columns = 0;
      position += marker[0].length;
      if (depth > deepest) deepest = depth;
    }
    start = end + 1;
  }
  return deepest;
}
