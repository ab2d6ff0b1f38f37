/**
 * Block quotes: their blocks behind a `│` bar, one bar per level of nesting, in the quote style. A GitHub alert
 * (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]` on the quote's first line) gets its label
 * as a heading line instead of the bracketed marker.
 */
import type { Token, Tokens } from 'marked';
import type { Role } from '../theme.js';
import { renderBlocks } from './blocks.js';
import { indented, type RenderContext } from './context.js';
import { span, type Line } from './spans.js';

const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;
const ALERT_ROLES: Record<string, Role> = { note: 'heading', tip: 'success', important: 'tag', warning: 'warning', caution: 'error' };

export function renderBlockquote(token: Tokens.Blockquote, context: RenderContext): Line[] {
  const inner = indented(context, 2);
  const alert = readAlert(token.tokens);
  const lines = renderBlocks(alert ? alert.tokens : token.tokens, inner ?? context);
  const quoted = lines.map((line) => line.map((piece) => span(piece.text, ['quote', ...piece.roles], piece.link)));
  if (alert) quoted.unshift([span(alert.label, ['strong', ALERT_ROLES[alert.kind]!])]);
  if (!inner) return quoted;
  return quoted.map((line) => (line.length === 0 ? [span('│', ['rule'])] : [span('│ ', ['rule']), ...line]));
}

/** The alert a quote opens with, and its blocks without the marker; null for an ordinary quote. */
function readAlert(tokens: readonly Token[]): { kind: string; label: string; tokens: Token[] } | null {
  const first = tokens[0];
  if (first?.type !== 'paragraph') return null;
  const paragraph = first as Tokens.Paragraph;
  const marker = ALERT.exec(paragraph.text);
  const lead = paragraph.tokens[0];
  // The marker is plain text at the start of the first inline token, or it is not an alert.
  if (!marker || lead?.type !== 'text' || !(lead as Tokens.Text).text.startsWith(marker[0])) return null;
  const kind = marker[1]!.toLowerCase();
  const rest = (lead as Tokens.Text).text.slice(marker[0].length);
  const inline = rest === '' ? paragraph.tokens.slice(1) : [{ ...lead, raw: rest, text: rest } as Tokens.Text, ...paragraph.tokens.slice(1)];
  const blocks = inline.length === 0 ? tokens.slice(1) : [{ ...paragraph, tokens: inline } as Token, ...tokens.slice(1)];
  return { kind, label: kind.charAt(0).toUpperCase() + kind.slice(1), tokens: blocks };
}
