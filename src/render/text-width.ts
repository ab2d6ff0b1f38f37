/**
 * Display width in terminal columns: CJK and emoji take two, combining marks none, escape codes none.
 * Built on string-width; adds cutting text to a width without splitting a character.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Columns `text` takes in a terminal. */
export function textWidth(text: string): number {
  return ASCII_PRINTABLE.test(text) ? text.length : stringWidth(text);
}

/** Cuts `text` to at most `width` columns, ending with `…` when something was cut. Text must hold no escape codes. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  if (width === 1) return '…';
  let used = 0;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    const columns = textWidth(segment);
    if (used + columns > width - 1) break;
    out += segment;
    used += columns;
  }
  return `${out.trimEnd()}…`;
}

/** Pads `text` with spaces to `width` columns (on the left when `alignRight`). */
export function padToWidth(text: string, width: number, alignRight = false): string {
  const padding = ' '.repeat(Math.max(0, width - textWidth(text)));
  return alignRight ? padding + text : text + padding;
}
