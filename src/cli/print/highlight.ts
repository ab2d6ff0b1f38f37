/**
 * Highlighted text for the terminal: search matches in the 'match' style, the rest in a base style. Article
 * text is made safe (safe-text.ts) piece by piece before styling, so only folio's own styling reaches the
 * terminal and the highlights stay where the matches are.
 */
import type { TextRange } from '../../query/match.js';
import type { Snippet } from '../../query/snippet.js';
import { safeLine } from '../../render/safe-text.js';
import type { Theme } from '../../render/theme.js';
import { graphemes, textWidth } from '../../render/text-width.js';

/** A piece of one line: plain text, and whether it is a match. */
interface Piece {
  text: string;
  match: boolean;
}

/** Splits `text` at the ranges into pieces, each made safe for the terminal. */
function pieces(text: string, ranges: readonly TextRange[]): Piece[] {
  const out: Piece[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor || range.end > text.length) continue;
    if (range.start > cursor) out.push({ text: safeLine(text.slice(cursor, range.start)), match: false });
    out.push({ text: safeLine(text.slice(range.start, range.end)), match: true });
    cursor = range.end;
  }
  if (cursor < text.length) out.push({ text: safeLine(text.slice(cursor)), match: false });
  return out.filter((piece) => piece.text !== '');
}

function style(parts: Piece[], base: (text: string) => string, match: (text: string) => string): string {
  return parts.map((piece) => (piece.match ? match(piece.text) : base(piece.text))).join('');
}

/**
 * Styles a table cell that shows the start of `full` (cut to fit, maybe ending in `…`), highlighting the
 * ranges of `full` that are visible. Cells of text holding control characters are styled without highlights.
 */
export function highlightCell(
  cell: string,
  full: string,
  ranges: readonly TextRange[],
  base: (text: string) => string,
  theme: Theme,
): string {
  if (ranges.length === 0 || safeLine(full) !== full) return base(cell);
  const visible = cell.endsWith('…') && cell !== full ? cell.length - 1 : cell.length;
  const clipped = ranges
    .filter((range) => range.start < visible)
    .map((range) => ({ start: range.start, end: Math.min(range.end, visible) }));
  return style(pieces(cell, clipped), base, theme.match);
}

/** The user-perceived characters of `text`, for cutting it without splitting one. */
function characters(text: string): string[] {
  return [...graphemes(text)].map((part) => part.segment);
}

/**
 * Fits a snippet into `width` columns as one styled line. When the first match would not show, the start is
 * cut (with `…`) so that it does; the end is cut with `…` as needed.
 */
export function snippetLine(snippet: Snippet, width: number, theme: Theme): string {
  if (width < 8) return '';
  let parts = pieces(snippet.text, snippet.ranges);
  const widthOf = (list: Piece[]) => list.reduce((sum, piece) => sum + textWidth(piece.text), 0);
  if (widthOf(parts) <= width) return style(parts, theme.dim, theme.match);

  const firstMatch = parts.findIndex((piece) => piece.match);
  if (firstMatch > 0) {
    // Keep about a third of the line before the first match.
    const before = parts.slice(0, firstMatch);
    const keep = Math.max(0, Math.floor(width / 3) - textWidth(parts[firstMatch]!.text) / 2);
    if (widthOf(before) + textWidth(parts[firstMatch]!.text) > width - 2) {
      const lead = dropStart(before.map((piece) => piece.text).join(''), keep);
      parts = [{ text: `…${lead}`, match: false }, ...parts.slice(firstMatch)];
    }
  }
  return style(cutEnd(parts, width), theme.dim, theme.match);
}

/** Keeps at most the last `width` columns of `text`, starting at the beginning of a word. */
function dropStart(text: string, width: number): string {
  const parts = characters(text);
  let used = 0;
  let from = parts.length;
  while (from > 0 && used + textWidth(parts[from - 1]!) <= width) {
    used += textWidth(parts[from - 1]!);
    from--;
  }
  const kept = parts.slice(from).join('');
  if (from === 0 || parts[from - 1] === ' ') return kept;
  // Do not show the end of a cut word: start after it.
  const space = kept.indexOf(' ');
  return space === -1 ? '' : kept.slice(space + 1);
}

/** Cuts pieces to `width` columns, ending with `…`. */
function cutEnd(parts: Piece[], width: number): Piece[] {
  const out: Piece[] = [];
  let used = 0;
  for (const piece of parts) {
    const pieceWidth = textWidth(piece.text);
    if (used + pieceWidth <= width - 1) {
      out.push(piece);
      used += pieceWidth;
      continue;
    }
    let text = '';
    for (const segment of characters(piece.text)) {
      const columns = textWidth(segment);
      if (used + columns > width - 1) break;
      text += segment;
      used += columns;
    }
    if (text !== '') out.push({ text, match: piece.match });
    out.push({ text: '…', match: false });
    return out;
  }
  return out;
}
