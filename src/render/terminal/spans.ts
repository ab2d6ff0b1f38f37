/**
 * The terminal renderer's intermediate form: text in styled pieces. Renderers build lines of spans, measure
 * and wrap them by display width, and only `paint` turns them into strings, so wrapping never has to see or
 * skip escape codes, and tests can read the structure. Span text is already safe for a terminal.
 */
import type { Role } from '../theme.js';
import { textWidth } from '../text-width.js';

/** A link target shared by every span of one link, so a wrapped link stays one link on each line. */
export interface LinkTarget {
  /** The URL to open, already checked and safe to put in a terminal hyperlink. */
  readonly url: string;
}

export interface Span {
  readonly text: string;
  /** Styles from the outermost to the innermost. */
  readonly roles: readonly Role[];
  readonly link?: LinkTarget;
}

/** One rendered line, not yet painted. */
export type Line = Span[];

/** A forced line break inside wrapped text (`<br>`, two trailing spaces); never appears in a finished line. */
export const BREAK: Span = { text: '\n', roles: [] };

const NO_ROLES: readonly Role[] = [];

/** Makes a span; `text` must already be safe (see text.ts). */
export function span(text: string, roles: readonly Role[] = NO_ROLES, link?: LinkTarget): Span {
  return link ? { text, roles, link } : { text, roles };
}

/** The same span with `role` added inside its other roles. */
export function withRole(piece: Span, role: Role): Span {
  return span(piece.text, [...piece.roles, role], piece.link);
}

/** Columns a line takes. */
export function lineWidth(line: readonly Span[]): number {
  let width = 0;
  for (const piece of line) width += textWidth(piece.text);
  return width;
}

/** A line of `count` spaces (empty when `count` is not positive). */
export function spaces(count: number): Span[] {
  return count > 0 ? [span(' '.repeat(count))] : [];
}

/** Pads `line` with spaces to `width` columns, aligned left, right or in the centre. */
export function alignLine(line: Line, width: number, align: 'left' | 'right' | 'center' | null): Line {
  const room = width - lineWidth(line);
  if (room <= 0) return line;
  if (align === 'right') return [...spaces(room), ...line];
  if (align === 'center') return [...spaces(Math.floor(room / 2)), ...line, ...spaces(room - Math.floor(room / 2))];
  return [...line, ...spaces(room)];
}

/**
 * Appends `lines` to `out`. A body can render to hundreds of thousands of lines, and spreading that many into
 * `push(...lines)` overflows the stack.
 */
export function appendLines(out: Line[], lines: readonly Line[]): void {
  for (const line of lines) out.push(line);
}

/** Puts `first` before the first line and `rest` before every other line (list markers, quote bars). */
export function prefixLines(lines: readonly Line[], first: readonly Span[], rest: readonly Span[] = first): Line[] {
  return lines.map((line, index) => [...(index === 0 ? first : rest), ...line]);
}

/** Drops trailing spaces, so no line ends in blanks a terminal would show when text is selected. */
export function trimLineEnd(line: Line): Line {
  if (line.length === 0 || !line.at(-1)!.text.endsWith(' ')) return line;
  const trimmed = [...line];
  while (trimmed.length > 0) {
    const last = trimmed.at(-1)!;
    const text = last.text.replace(/ +$/, '');
    if (text === last.text) break;
    trimmed.pop();
    if (text !== '') {
      trimmed.push(span(text, last.roles, last.link));
      break;
    }
  }
  return trimmed;
}
