/**
 * Block quotes: their blocks behind a `│` bar, one bar per level of nesting, in the quote style.
 */
import type { Tokens } from 'marked';
import { renderBlocks } from './blocks.js';
import { indented, type RenderContext } from './context.js';
import { span, type Line } from './spans.js';

export function renderBlockquote(token: Tokens.Blockquote, context: RenderContext): Line[] {
  const inner = indented(context, 2);
  const lines = renderBlocks(token.tokens, inner ?? context);
  const quoted = lines.map((line) => line.map((piece) => span(piece.text, ['quote', ...piece.roles], piece.link)));
  if (!inner) return quoted;
  return quoted.map((line) => (line.length === 0 ? [span('│', ['rule'])] : [span('│ ', ['rule']), ...line]));
}
