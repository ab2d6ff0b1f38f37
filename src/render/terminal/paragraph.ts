/**
 * Paragraphs (and the bare text of tight list items): inline spans wrapped to the width.
 */
import type { Tokens } from 'marked';
import type { RenderContext } from './context.js';
import { inlineSpans } from './inline.js';
import { span, type Line } from './spans.js';
import { cleanText } from './text.js';
import { wrapSpans } from './wrap.js';

export function renderParagraph(token: Tokens.Paragraph | Tokens.Text, context: RenderContext): Line[] {
  const spans =
    token.tokens && token.tokens.length > 0
      ? inlineSpans(token.tokens, context)
      : [span(cleanText(token.text, context.decode))];
  return wrapSpans(spans, context.width);
}
