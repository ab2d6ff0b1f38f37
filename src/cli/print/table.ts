/**
 * Aligned columns fitted to the terminal width, shared by list, search and tags. Widths are display columns
 * (CJK and emoji count two); a cell too long for its column is cut at a character boundary with `…`; when even
 * that does not fit, the least important columns are dropped.
 */
import { safeLine } from '../../render/safe-text.js';
import type { Theme } from '../../render/theme.js';
import { prepareTextWidth, textWidth, truncateToWidth } from '../../render/text-width.js';

export interface Column {
  header: string;
  /** Narrowest this column may get before it is dropped. */
  min: number;
  /** Widest it gets on a screen, however long its cells. */
  max?: number;
  /**
   * Width it keeps while others can still give way: every column first shrinks to its `comfortable` width (the
   * most droppable first), and only then, in the same order, to its `min`. Without one, `min`.
   */
  comfortable?: number;
  /** Takes the room the others leave (at most one column). */
  grow?: boolean;
  /** 0: always kept; otherwise higher numbers are dropped first when space runs out. */
  dropOrder: number;
  alignRight?: boolean;
  /** Styles a cell's visible text (after it has been cut and made safe). */
  style?: (text: string, rowIndex: number) => string;
}

const GAP = '  ';

/** Lays out `rows` (one string per column) in `width` columns; returns the lines, header first. */
export async function renderTable(columns: Column[], rows: string[][], width: number, theme: Theme): Promise<string[]> {
  return (await layOutTable(columns, rows, width, theme)).lines;
}

export interface TableLayout {
  /** The lines, header first. */
  lines: string[];
  /** Where each column starts (in display columns), or undefined for a column dropped for lack of room. */
  starts: (number | undefined)[];
}

/** Like renderTable, and also tells where each column landed, for lines that align with one (snippets). */
export async function layOutTable(
  columns: Column[],
  rows: string[][],
  width: number,
  theme: Theme,
): Promise<TableLayout> {
  const cells = rows.map((row) => row.map((cell) => safeLine(cell)));
  await prepareTextWidth(cells.flat());
  let active = columns.map((_, index) => index);
  let widths: number[] = [];
  for (;;) {
    widths = fit(columns, cells, active, width);
    const total = active.reduce((sum, index) => sum + widths[index]!, 0) + GAP.length * (active.length - 1);
    if (total <= width) break;
    const droppable = active.filter((index) => columns[index]!.dropOrder > 0);
    if (droppable.length === 0) break;
    const drop = droppable.reduce((worst, index) =>
      columns[index]!.dropOrder > columns[worst]!.dropOrder ? index : worst,
    );
    active = active.filter((index) => index !== drop);
  }

  const line = (values: string[], styleCell: (column: Column, text: string) => string) =>
    active
      .map((index, position) => {
        const column = columns[index]!;
        const cut = truncateToWidth(values[index] ?? '', widths[index]!);
        const padding = ' '.repeat(widths[index]! - textWidth(cut));
        const styled = styleCell(column, cut);
        if (column.alignRight) return padding + styled;
        return position === active.length - 1 ? styled : styled + padding;
      })
      .join(GAP)
      .trimEnd();

  const header = line(
    columns.map((column) => column.header),
    (_column, text) => theme.dim(text),
  );
  const starts: (number | undefined)[] = columns.map(() => undefined);
  let offset = 0;
  for (const index of active) {
    starts[index] = offset;
    offset += widths[index]! + GAP.length;
  }
  return {
    lines: [
      header,
      ...cells.map((row, rowIndex) =>
        line(row, (column, text) => (column.style ? column.style(text, rowIndex) : text)),
      ),
    ],
    starts,
  };
}

/**
 * Gives each active column its natural width, then shrinks them to fit `width`: the most droppable columns
 * first, the growing column (the one that matters most) last; first to comfortable widths, then to the least.
 */
function fit(columns: Column[], cells: string[][], active: number[], width: number): number[] {
  const widths = columns.map((column, index) => {
    const natural = Math.max(textWidth(column.header), ...cells.map((row) => textWidth(row[index] ?? '')));
    // Caps keep one long column from crowding a screen; without a screen there is nothing to crowd.
    const cap = Number.isFinite(width) ? (column.max ?? Infinity) : Infinity;
    return Math.max(column.min, Math.min(natural, cap));
  });
  let excess = active.reduce((sum, index) => sum + widths[index]!, 0) + GAP.length * (active.length - 1) - width;
  const shrinkOrder = [...active].sort(
    (a, b) =>
      Number(columns[a]!.grow ?? false) - Number(columns[b]!.grow ?? false) ||
      columns[b]!.dropOrder - columns[a]!.dropOrder,
  );
  // So that a long title gives way before a name is cut to its first letters.
  for (const floor of [
    (column: Column) => Math.max(column.min, column.comfortable ?? column.min),
    (column: Column) => column.min,
  ]) {
    for (const index of shrinkOrder) {
      if (excess <= 0) break;
      const take = Math.max(0, Math.min(widths[index]! - floor(columns[index]!), excess));
      widths[index] = widths[index]! - take;
      excess -= take;
    }
  }
  return widths;
}
