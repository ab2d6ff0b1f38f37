/**
 * Tables in a box-drawn frame, fitted to the width. Columns get their natural width when the table fits;
 * otherwise each keeps at least its longest word (when it can) and the rest of the room is shared by how much
 * more each column wants. Cells wrap inside their column and keep the alignment the Markdown asks for; the
 * frame is never broken. A table too narrow for any grid is printed as one "header: value" block per row.
 */
import type { Tokens } from 'marked';
import type { RenderContext } from './context.js';
import { inlineSpans } from './inline.js';
import { alignLine, lineWidth, span, type Line, type Span } from './spans.js';
import { widestUnit, wrapSpans } from './wrap.js';

/** The narrowest a column gets: one wide (CJK) character. */
const MIN_COLUMN = 2;

type Align = 'left' | 'right' | 'center' | null;

export function renderTable(token: Tokens.Table, context: RenderContext): Line[] {
  const header = token.header.map((cell) => inlineSpans(cell.tokens, context, ['strong']));
  const rows = token.rows.map((row) =>
    token.header.map((_, index) => (row[index] ? inlineSpans(row[index]!.tokens, context) : [])),
  );
  const count = header.length;
  const room = context.width - (3 * count + 1);
  if (count === 0 || room < MIN_COLUMN * count) return asRecords(header, rows, context);

  const widths = fitColumns([header, ...rows], room);
  const align = token.align as Align[];
  const rule = (left: string, middle: string, right: string): Line => [
    span(left + widths.map((width) => '─'.repeat(width + 2)).join(middle) + right, ['rule']),
  ];
  const rowLines = (cells: Span[][]): Line[] => {
    const wrapped = cells.map((cell, index) => wrapSpans(cell, widths[index]!));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const lines: Line[] = [];
    for (let row = 0; row < height; row++) {
      const line: Line = [span('│ ', ['rule'])];
      wrapped.forEach((cellLines, index) => {
        if (index > 0) line.push(span(' │ ', ['rule']));
        line.push(...alignLine(cellLines[row] ?? [], widths[index]!, align[index] ?? null));
      });
      line.push(span(' │', ['rule']));
      lines.push(line);
    }
    return lines;
  };

  const body = rows.map(rowLines);
  // Rows that wrap are hard to tell apart without a line between them.
  const separate = body.some((lines) => lines.length > 1);
  const out: Line[] = [rule('┌', '┬', '┐'), ...rowLines(header), rule('├', '┼', '┤')];
  body.forEach((lines, index) => {
    if (index > 0 && separate) out.push(rule('├', '┼', '┤'));
    out.push(...lines);
  });
  out.push(rule('└', '┴', '┘'));
  return out;
}

/** Column widths summing to at most `room`, for cells given as [row][column] spans. */
export function fitColumns(table: readonly (readonly Span[][])[], room: number): number[] {
  const count = table[0]?.length ?? 0;
  const natural = Array.from({ length: count }, () => 1);
  const longestWord = Array.from({ length: count }, () => 1);
  for (const row of table) {
    row.forEach((cell, index) => {
      natural[index] = Math.max(natural[index]!, ...wrapSpans(cell, Number.MAX_SAFE_INTEGER).map(lineWidth));
      longestWord[index] = Math.max(longestWord[index]!, widestUnit(cell));
    });
  }
  const widths = [...natural];
  // Columns narrower than an even share keep their natural width; the others share what is left.
  let open = natural.map((_, index) => index);
  let left = room;
  for (;;) {
    const share = left / open.length;
    const settled = open.filter((index) => natural[index]! <= share);
    if (settled.length === 0 || open.length === 0) break;
    for (const index of settled) left -= natural[index]!;
    open = open.filter((index) => natural[index]! > share);
    if (open.length === 0) return widths;
  }
  const minimum = open.map((index) => Math.max(MIN_COLUMN, Math.min(longestWord[index]!, natural[index]!)));
  const minimumTotal = minimum.reduce((sum, width) => sum + width, 0);
  if (minimumTotal <= left) {
    // What is left over the minimums goes by how much more each column wants.
    const wants = open.map((index, position) => natural[index]! - minimum[position]!);
    const wanted = wants.reduce((sum, want) => sum + want, 0);
    const spare = left - minimumTotal;
    open.forEach((index, position) => {
      widths[index] = minimum[position]! + (wanted === 0 ? 0 : Math.floor((spare * wants[position]!) / wanted));
    });
    let rest = left - open.reduce((sum, index) => sum + widths[index]!, 0);
    for (const index of open) {
      if (rest <= 0) break;
      if (widths[index]! < natural[index]!) {
        widths[index]!++;
        rest--;
      }
    }
    return widths;
  }
  // Not even the longest words fit: every open column starts at its minimum and the widest give way first
  // (their words will be cut). Settled columns give way too when that is still not enough.
  open.forEach((index, position) => {
    widths[index] = minimum[position]!;
  });
  let excess = widths.reduce((sum, width) => sum + width, 0) - room;
  while (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN_COLUMN) break;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

/** Each row as "header: value" lines, rows separated by blank lines: for widths too small for a grid. */
function asRecords(header: Span[][], rows: Span[][][], context: RenderContext): Line[] {
  const out: Line[] = [];
  rows.forEach((row, rowIndex) => {
    if (rowIndex > 0) out.push([]);
    row.forEach((cell, index) => {
      out.push(...wrapSpans([...(header[index] ?? []), span(': ', ['strong']), ...cell], context.width));
    });
  });
  return out;
}
