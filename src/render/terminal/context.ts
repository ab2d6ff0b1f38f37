/**
 * What every block renderer is given: the columns it may fill, and the article-wide state it shares (footnote
 * numbers, the code highlighter, search hits to mark).
 */
import type { FootnoteBook } from '../../parse/markdown-footnotes.js';
import type { EntityDecoder } from './entities.js';
import type { CodeHighlighter } from './syntax.js';
import type { HitMatcher } from './hits.js';

export interface RenderContext {
  /** Columns available to this block. */
  width: number;
  /** How many lists this block is inside, for the bullet shapes. */
  listDepth: number;
  /** Whether links will be drawn as terminal hyperlinks (then their URLs are not printed beside them). */
  hyperlinks: boolean;
  notes: FootnoteBook;
  code: CodeHighlighter | null;
  hits: HitMatcher | null;
  /** Show emphasis, strong, strike and code with their Markdown marks, for output without colour. */
  markers: boolean;
  /** Decodes character references in article text. */
  decode: EntityDecoder;
}

/** Containers stop indenting their content when fewer columns than this would remain. */
export const MIN_CONTENT_WIDTH = 8;

/** The context for content indented by `indent` columns, or null when that would leave it too narrow. */
export function indented(context: RenderContext, indent: number): RenderContext | null {
  return context.width - indent >= MIN_CONTENT_WIDTH ? { ...context, width: context.width - indent } : null;
}
