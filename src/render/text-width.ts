/**
 * Display width in terminal columns: CJK and emoji take two, combining marks none, escape codes none.
 * Built on string-width; adds cutting text to a width without splitting a character.
 */
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
/** Latin, Greek and Cyrillic letters and signs that are one column each (no marks, no soft hyphen). */
export const ONE_COLUMN = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u052f]*$/;
/** Kana, common ideographs, Hangul syllables, CJK punctuation and full-width forms: two columns each. */
export const TWO_COLUMNS = /^[\u3000-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60]*$/;

/**
 * Intl.Segmenter (which string-width uses too) takes time quadratic in the length of the string it is given
 * on Node 20: 4 s for 120 KB. Long text is therefore measured and segmented in chunks, cut where a new
 * character cluster certainly starts.
 */
const CHUNK = 256;
/** Starts a new cluster whatever comes before it (unless that is a zero-width joiner): letters, digits, punctuation, spaces. */
const CLUSTER_START = /[\p{L}\p{N}\p{P}\p{Zs}]/u;
const HANGUL_JAMO = /[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/;

/** Splits `text` into pieces no character cluster straddles, each about CHUNK units long. */
function chunks(text: string): string[] {
  if (text.length <= CHUNK) return [text];
  const pieces: string[] = [];
  let start = 0;
  let at = CHUNK;
  while (at < text.length) {
    // Look a little further for a safe cut; a pathological run with none is cut anyway.
    let cut = at;
    while (cut < text.length && cut < at + 64 && !safeCut(text, cut)) cut++;
    if (cut >= text.length) break;
    pieces.push(text.slice(start, cut));
    start = cut;
    at = cut + CHUNK;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function safeCut(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return CLUSTER_START.test(char) && !HANGUL_JAMO.test(char) && text.charCodeAt(at - 1) !== 0x200d;
}

/** Columns `text` takes in a terminal. */
export function textWidth(text: string): number {
  if (ASCII_PRINTABLE.test(text) || ONE_COLUMN.test(text)) return text.length;
  if (TWO_COLUMNS.test(text)) return text.length * 2;
  if (text.length <= CHUNK) return stringWidth(text);
  let width = 0;
  for (const piece of chunks(text)) width += stringWidth(piece);
  return width;
}

/** The character clusters of `text` with their offsets, in linear time however long the text. */
export function* graphemes(text: string): Generator<{ segment: string; index: number }> {
  let offset = 0;
  for (const piece of chunks(text)) {
    for (const { segment, index } of segmenter.segment(piece)) yield { segment, index: offset + index };
    offset += piece.length;
  }
}

/** Cuts `text` to at most `width` columns, ending with `…` when something was cut. Text must hold no escape codes. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  if (width === 1) return '…';
  let used = 0;
  let out = '';
  for (const { segment } of graphemes(text)) {
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
