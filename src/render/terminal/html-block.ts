/**
 * Raw HTML blocks: shown as the text they hold. Tags, comments, scripts and styles are dropped; nothing in
 * them is interpreted beyond that.
 */
import type { Tokens } from 'marked';
import type { RenderContext } from './context.js';
import { appendLines, span, type Line, type Span, BREAK } from './spans.js';
import { cleanText } from './text.js';
import { wrapSpans } from './wrap.js';

const HIDDEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const LINE_BREAK = /<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6]|pre|blockquote|summary|dt|dd)\s*>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>/g;

export function renderHtmlBlock(token: Tokens.HTML | Tokens.Tag, context: RenderContext): Line[] {
  const text = token.text.replace(HIDDEN, '').replace(LINE_BREAK, '\n').replace(TAG, '');
  const out: Line[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const lines = paragraph
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length === 0) continue;
    const spans: Span[] = [];
    lines.forEach((line, index) => {
      if (index > 0) spans.push(BREAK);
      spans.push(span(cleanText(line, context.decode)));
    });
    if (out.length > 0) out.push([]);
    appendLines(out, wrapSpans(spans, context.width));
  }
  return out;
}
