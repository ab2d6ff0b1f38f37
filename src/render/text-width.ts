/**
 * Display width in terminal columns: CJK and emoji take two, combining marks none. Latin, Greek, Cyrillic
 * and CJK text (the common case) is measured by a quick scan; anything else (emoji, combining marks, other
 * scripts) goes to string-width, loaded only when such text appears (~20 ms to load, ~15 ms to warm up).
 */

type Measure = (text: string) => number;
let measureWide: Measure | undefined;

/** Width of one UTF-16 unit from the blocks measured here, or -1 when string-width must decide. */
function unitWidth(code: number): number {
  if (code < 0x300) return code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0xad ? -1 : 1;
  // Greek and Cyrillic letters (not the Cyrillic combining marks); dashes, quotes and the ellipsis.
  if (code >= 0x370 && code <= 0x52f) return code >= 0x483 && code <= 0x489 ? -1 : 1;
  if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)) return 1;
  // Wide East Asian blocks: Hangul lead consonants, CJK punctuation, kana (not its two combining marks),
  // CJK ideographs, Yi, Hangul syllables, compatibility ideographs, fullwidth forms.
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x309b && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  )
    return 2;
  return -1;
}

/** Width of text made only of the blocks `unitWidth` knows, or -1. Covers Latin, Greek, Cyrillic and CJK text. */
function simpleWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = unitWidth(text.charCodeAt(i));
    if (unit < 0) return -1;
    width += unit;
  }
  return width;
}

/**
 * Makes sure wide-character measuring is ready for any of `texts` that needs it. Commands that lay out
 * text call this once before measuring; text that is all narrow never loads anything.
 */
export async function prepareTextWidth(texts: Iterable<string>): Promise<void> {
  if (measureWide) return;
  for (const text of texts) {
    if (simpleWidth(text) < 0) {
      measureWide = (await import('string-width')).default;
      return;
    }
  }
}

/** Columns `text` takes in a terminal. Text must hold no escape codes. */
export function textWidth(text: string): number {
  const simple = simpleWidth(text);
  if (simple >= 0) return simple;
  if (!measureWide) return estimateWidth(text);
  if (text.length <= CHUNK) return measureWide(text);
  let width = 0;
  for (const piece of chunks(text)) width += measureWide(piece);
  return width;
}

/**
 * A rough width for callers that did not prepare: wide East Asian blocks count two, combining marks none.
 * Never used by folio's own layouts, which prepare first; it keeps a forgotten call from failing.
 */
function estimateWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x300 && code < 0x370) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x1f300
        ? 2
        : 1;
  }
  return width;
}

// Made on first use: creating a grapheme segmenter costs about 8 ms, and text below U+0300 never needs one.
let segmenter: Intl.Segmenter | undefined;

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

/**
 * In text without this, every unit is below U+0300 (no combining marks, no surrogates) and no CR LF pair joins
 * two: each unit is a cluster of its own, so the text can be cut anywhere. Most Latin text is like this.
 */
const MULTI_UNIT_CLUSTERS = /[^\0-\u02ff]|\r\n/;

/** The character clusters of `text` with their offsets, in linear time however long the text. */
export function* graphemes(text: string): Generator<{ segment: string; index: number }> {
  if (!MULTI_UNIT_CLUSTERS.test(text)) {
    for (let index = 0; index < text.length; index++) yield { segment: text[index]!, index };
    return;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
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
  if (simpleWidth(text) === text.length) return `${text.slice(0, width - 1).trimEnd()}…`;
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
