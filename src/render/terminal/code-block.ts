/**
 * Code blocks: indented by two columns, highlighted when the language is known, spaces kept exactly. A line
 * too long for the width continues on the next line behind a `↪`, so wrapped code is never mistaken for two
 * lines of code.
 */
import type { Tokens } from 'marked';
import { indented, type RenderContext } from './context.js';
import { markHits } from './hits.js';
import { span, type Line } from './spans.js';
import { cleanLiteral, expandTabs } from './text.js';
import { cutSpans } from './wrap.js';

const MARGIN = 2;

export function renderCodeBlock(token: Tokens.Code, context: RenderContext): Line[] {
  const code = token.text
    .split('\n')
    .map((line) => expandTabs(line))
    .join('\n');
  const language = (token.lang ?? '').trim().split(/\s+/)[0] ?? '';
  const highlighted = language !== '' && context.code ? context.code(code, language) : null;
  const source = highlighted ?? code.split('\n').map((line) => [span(line, ['code'])]);
  const margin = indented(context, MARGIN) ? MARGIN : 0;
  const out: Line[] = [];
  for (const raw of source) {
    let line: Line = raw.map((piece) => span(cleanLiteral(piece.text), piece.roles));
    if (context.hits) line = markHits(line, context.hits);
    cutSpans(line, context.width - margin).forEach((piece, index) => {
      if (margin === 0) out.push(piece);
      else out.push([index === 0 ? span(' '.repeat(margin)) : span('↪ ', ['rule']), ...piece]);
    });
  }
  return out;
}
