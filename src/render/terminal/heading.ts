/**
 * Headings: levels 1 and 2 underlined (`═`, `─`) as wide as their text, deeper levels marked with their `#`s,
 * so the outline reads the same with or without colour.
 */
import type { Tokens } from 'marked';
import { MIN_CONTENT_WIDTH, type RenderContext } from './context.js';
import { inlineSpans } from './inline.js';
import { lineWidth, prefixLines, span, spaces, type Line } from './spans.js';
import { wrapSpans } from './wrap.js';

const UNDERLINES: Record<number, string> = { 1: '═', 2: '─' };

export function renderHeading(token: Tokens.Heading, context: RenderContext): Line[] {
  const spans = inlineSpans(token.tokens, context, ['heading']);
  const underline = UNDERLINES[token.depth];
  if (underline !== undefined) {
    const lines = wrapSpans(spans, context.width);
    const width = Math.max(1, ...lines.map(lineWidth));
    return [...lines, [span(underline.repeat(width), ['rule'])]];
  }
  const marker = '#'.repeat(Math.min(token.depth, 6));
  const indent = marker.length + 1;
  if (context.width - indent < MIN_CONTENT_WIDTH) return wrapSpans(spans, context.width);
  return prefixLines(wrapSpans(spans, context.width - indent), [span(marker, ['rule']), span(' ')], spaces(indent));
}
