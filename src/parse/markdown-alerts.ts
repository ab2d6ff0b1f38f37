/**
 * GitHub alerts for marked: a block quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`
 * or `[!CAUTION]` becomes an `alert` token holding the quote's blocks without the marker. Renderers show the
 * label (Note, Tip, …) and style the blocks as a quote of that kind.
 */
import type { MarkedExtension, Token, Tokens } from 'marked';

export type AlertKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

export interface AlertToken {
  type: 'alert';
  raw: string;
  kind: AlertKind;
  /** The label to show: Note, Tip, Important, Warning, Caution. */
  label: string;
  tokens: Token[];
}

const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/** Turns block quotes that open with an alert marker into `alert` tokens, once the body is lexed. */
export function alertExtension(): MarkedExtension {
  return {
    walkTokens(token) {
      if (token.type !== 'blockquote') return;
      const alert = readAlert(token as Tokens.Blockquote);
      if (alert) Object.assign(token, alert);
    },
  };
}

/** The alert a quote opens with; null for an ordinary quote. */
function readAlert(quote: Tokens.Blockquote): AlertToken | null {
  const first = quote.tokens[0];
  if (first?.type !== 'paragraph') return null;
  const paragraph = first as Tokens.Paragraph;
  const marker = MARKER.exec(paragraph.text);
  const lead = paragraph.tokens[0];
  // The marker is plain text at the start of the first inline token, or it is not an alert.
  if (!marker || lead?.type !== 'text' || !(lead as Tokens.Text).text.startsWith(marker[0])) return null;
  const kind = marker[1]!.toLowerCase() as AlertKind;
  const rest = (lead as Tokens.Text).text.slice(marker[0].length);
  const inline =
    rest === ''
      ? paragraph.tokens.slice(1)
      : [{ ...lead, raw: rest, text: rest } as Tokens.Text, ...paragraph.tokens.slice(1)];
  const text = paragraph.text.slice(marker[0].length);
  const blocks =
    inline.length === 0
      ? quote.tokens.slice(1)
      : [{ ...paragraph, raw: text, text, tokens: inline } as Token, ...quote.tokens.slice(1)];
  return { type: 'alert', raw: quote.raw, kind, label: kind.charAt(0).toUpperCase() + kind.slice(1), tokens: blocks };
}
