/**
 * Block quotes: their blocks behind a `│` bar, one bar per level of nesting, in the quote style. A GitHub alert
 * (an `alert` token, see parse/markdown-alerts.ts) gets its label as a heading line above its blocks.
 */
import type { Token, Tokens } from 'marked';
import type { AlertKind, AlertToken } from '../../parse/markdown-alerts.js';
import type { Role } from '../theme.js';
import { renderBlocks } from './blocks.js';
import { indented, type RenderContext } from './context.js';
import { span, type Line } from './spans.js';

const ALERT_ROLES: Record<AlertKind, Role> = {
  note: 'heading',
  tip: 'success',
  important: 'tag',
  warning: 'warning',
  caution: 'error',
};

export function renderBlockquote(token: Tokens.Blockquote, context: RenderContext): Line[] {
  return quoted(token.tokens, null, context);
}

export function renderAlert(token: AlertToken, context: RenderContext): Line[] {
  return quoted(token.tokens, [span(token.label, ['strong', ALERT_ROLES[token.kind]])], context);
}

function quoted(tokens: readonly Token[], label: Line | null, context: RenderContext): Line[] {
  const inner = indented(context, 2);
  const lines = renderBlocks(tokens, inner ?? context);
  const out = lines.map((line) => line.map((piece) => span(piece.text, ['quote', ...piece.roles], piece.link)));
  if (label) out.unshift(label);
  if (!inner) return out;
  return out.map((line) => (line.length === 0 ? [span('│', ['rule'])] : [span('│ ', ['rule']), ...line]));
}
