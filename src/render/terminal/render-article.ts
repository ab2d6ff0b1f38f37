/**
 * Renders one article for reading in a terminal: a header, then the body laid out to a width in display
 * columns, then its footnotes. The result is lines through the theme (no escape codes of its own), and notes
 * for the user when part of the body had to be shown as plain text. No line is wider than the width, and no
 * control character from the article survives.
 */
import type { Token, Tokens } from 'marked';
import type { Article } from '../../model/article.js';
import { fold } from '../../parse/fold.js';
import { DEFAULT_LIMITS, lexMarkdown, type MarkdownLimits } from '../../parse/markdown.js';
import { prepareTextWidth } from '../text-width.js';
import type { Theme } from '../theme.js';
import { renderBlocks } from './blocks.js';
import { FootnoteBook } from '../../parse/markdown-footnotes.js';
import type { RenderContext } from './context.js';
import { entityDecoder } from './entities.js';
import { renderFootnotes } from './footnotes.js';
import { renderHeader } from './header.js';
import type { HitMatcher } from './hits.js';
import { paintLine, type Hyperlinker } from './paint.js';
import { appendLines, trimLineEnd, type Line } from './spans.js';
import { loadHighlighter } from './syntax.js';

export interface TerminalOptions {
  /** Columns to fill; at least 20. */
  width: number;
  theme: Theme;
  /** Set when the terminal draws hyperlinks: links then open their URL instead of printing it. */
  hyperlink?: Hyperlinker;
  /** Finds search hits to mark (see src/query/match.ts). */
  hits?: HitMatcher;
  /** Show emphasis, strong, strike and code with their Markdown marks: for a theme without colour. */
  markers?: boolean;
  /** Syntax highlighting of code blocks (on by default). */
  highlightCode?: boolean;
  limits?: MarkdownLimits;
}

export interface RenderedArticle {
  lines: string[];
  /** What the user should know about how the article was shown (parts kept as plain text), one line each. */
  notes: string[];
}

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The narrowest layout folio renders. */
export const MIN_WIDTH = 20;

/** Renders `article`, whose Markdown body (frontmatter removed) is `body`. */
export async function renderArticle(
  article: Article,
  body: string,
  options: TerminalOptions,
): Promise<RenderedArticle> {
  return render(article, body, options);
}

/** Renders a Markdown body alone, without an article header: the body as `show` lays it out. */
export async function renderMarkdown(body: string, options: TerminalOptions): Promise<RenderedArticle> {
  return render(null, body, options);
}

async function render(article: Article | null, body: string, options: TerminalOptions): Promise<RenderedArticle> {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width));
  const shown = article ? [article.title, ...article.authors, ...article.tags, body] : [body];
  // Controls (newlines, tabs, escapes) never reach a measured line (they become spaces or visible escapes), so
  // they must not make the measuring think the text needs string-width.
  await prepareTextWidth(shown.map((text) => text.replace(CONTROLS, ' ')));
  const lexed = lexMarkdown(body, options.limits ?? DEFAULT_LIMITS);
  const notes: string[] = [];
  if (lexed.plainBecause) notes.push(`shown as plain text: ${lexed.plainBecause}`);
  if (lexed.plainRuns > 0) {
    notes.push(
      `${lexed.plainRuns} ${lexed.plainRuns === 1 ? 'paragraph' : 'paragraphs'} shown without formatting (too many *, _, ~ or [ to parse in time)`,
    );
  }
  const code = options.highlightCode === false ? null : await loadHighlighter(codeLanguages(lexed.tokens));
  const context: RenderContext = {
    width,
    listDepth: 0,
    hyperlinks: options.hyperlink !== undefined,
    notes: new FootnoteBook(lexed.tokens),
    code,
    hits: options.hits ?? null,
    markers: options.markers === true,
    decode: await entityDecoder(body),
  };
  const header = article ? renderHeader(article, context) : [];
  const rendered = renderBlocks(article ? withoutTitleHeading(lexed.tokens, article.title) : lexed.tokens, context);
  const footnotes = renderFootnotes(context);
  const lines: Line[] = [...header];
  for (const part of [rendered, footnotes]) {
    if (part.length === 0) continue;
    if (lines.length > 0) lines.push([]);
    appendLines(lines, part);
  }
  return { lines: lines.map((line) => paintLine(trimLineEnd(line), options.theme, options.hyperlink)), notes };
}

/** The body without its first heading when that only repeats the title shown in the header. */
function withoutTitleHeading(tokens: Token[], title: string): Token[] {
  const first = tokens.findIndex((token) => token.type !== 'space');
  const heading = tokens[first];
  if (
    heading?.type === 'heading' &&
    (heading as Tokens.Heading).depth === 1 &&
    fold(headingText(heading as Tokens.Heading)) === fold(title.trim())
  ) {
    return [...tokens.slice(0, first), ...tokens.slice(first + 1)];
  }
  return tokens;
}

function headingText(heading: Tokens.Heading): string {
  return heading.text.replace(/[*_`~]/g, '').trim();
}

/** The languages named on code fences anywhere in the body. */
function codeLanguages(tokens: readonly Token[]): Set<string> {
  const languages = new Set<string>();
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'code' && token.lang) languages.add(String(token.lang).trim().split(/\s+/)[0]!);
      if (token.type === 'list') walk((token as Tokens.List).items);
      else if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens);
    }
  };
  walk(tokens);
  return languages;
}
