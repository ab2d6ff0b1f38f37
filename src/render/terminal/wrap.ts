/**
 * Wraps styled text to a width in terminal columns. Lines break at spaces, and between the characters of
 * Chinese and Japanese text (which has no spaces), but not before closing punctuation such as `。` or `」`
 * nor after opening brackets. A word wider than the whole line is cut between characters (never inside one).
 * Widths are display columns: CJK and emoji count two, combining marks none.
 */
import { graphemes, textWidth } from '../text-width.js';
import { appendLines, BREAK, lineWidth, span, type Line, type Span } from './spans.js';

/** Characters that may break from their neighbours on either side (ideographs, kana, full-width forms). */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
/** Characters a line must not start with. */
const NO_BREAK_BEFORE = new Set([
  ...'、。，．・：；？！）」』】〕〉》〗〙〛｝］｠ー…‥ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻,.;:!?)]}’”»%',
]);
/** Characters a line must not end with. */
const NO_BREAK_AFTER = new Set([...'（「『【〔〈《〖〘〚｛［｟([{‘“«']);
const COMBINING = /\p{M}/u;
const ASCII = /^[\x20-\x7e]*$/;

/** A piece of text that is never broken, with the spaces after it. */
interface Unit {
  start: number;
  /** End of the text, before the spaces. */
  end: number;
  /** End of the spaces after it. */
  spaceEnd: number;
  width: number;
  spaceWidth: number;
}

/** Breaks `spans` into lines of at most `width` columns (at least one line, possibly empty). */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
  const lines: Line[] = [];
  let segment: Span[] = [];
  for (const piece of spans) {
    if (piece === BREAK || piece.text === '\n') {
      appendLines(lines, wrapSegment(segment, width));
      segment = [];
    } else if (piece.text !== '') {
      segment.push(piece);
    }
  }
  appendLines(lines, wrapSegment(segment, width));
  return lines;
}

function wrapSegment(spans: readonly Span[], width: number): Line[] {
  const text = spans.map((piece) => piece.text).join('');
  const starts: number[] = [];
  let offset = 0;
  for (const piece of spans) {
    starts.push(offset);
    offset += piece.text.length;
  }
  // Ranges come in order, so each slice starts looking from the span where the previous one ended.
  let first = 0;
  const slice = (from: number, to: number): Line => {
    while (first < spans.length && starts[first]! + spans[first]!.text.length <= from) first++;
    const line: Line = [];
    for (let i = first; i < spans.length && starts[i]! < to; i++) {
      const piece = spans[i]!;
      const text = piece.text.slice(Math.max(0, from - starts[i]!), to - starts[i]!);
      if (text !== '') line.push(span(text, piece.roles, piece.link));
    }
    return line;
  };

  const ranges: [number, number][] = [];
  let lineStart = -1;
  let lineEnd = 0;
  let used = 0;
  let pendingSpace = 0;
  for (const unit of units(text)) {
    if (lineStart !== -1 && used + pendingSpace + unit.width <= width) {
      used += pendingSpace + unit.width;
      lineEnd = unit.end;
    } else {
      if (lineStart !== -1) ranges.push([lineStart, lineEnd]);
      if (unit.width <= width) {
        lineStart = unit.start;
        lineEnd = unit.end;
        used = unit.width;
      } else {
        // Too wide for any line: cut it, and carry on after the last piece.
        const pieces = cutToWidth(text, unit.start, unit.end, width);
        for (const piece of pieces.slice(0, -1)) ranges.push(piece);
        const last = pieces.at(-1)!;
        lineStart = last[0];
        lineEnd = last[1];
        used = textWidth(text.slice(last[0], last[1]));
      }
    }
    pendingSpace = unit.spaceWidth;
  }
  if (lineStart !== -1) ranges.push([lineStart, lineEnd]);
  if (ranges.length === 0) return [[]];
  return ranges.map(([from, to]) => slice(from, to));
}

/** The width of the widest piece of `spans` that wrapping never breaks (a word, a CJK character). */
export function widestUnit(spans: readonly Span[]): number {
  let widest = 0;
  for (const unit of units(spans.map((piece) => piece.text).join(''))) widest = Math.max(widest, unit.width);
  return widest;
}

/** Splits text into unbreakable units, each with the spaces that follow it. */
function units(text: string): Unit[] {
  const result: Unit[] = [];
  const ascii = ASCII.test(text);
  // Words separated by spaces; only a word holding CJK characters is looked at character by character.
  const word = /[^ ]+/g;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    let spaceEnd = end;
    while (text.charCodeAt(spaceEnd) === 0x20) spaceEnd++;
    if (ascii) result.push({ start, end, spaceEnd, width: end - start, spaceWidth: spaceEnd - end });
    else if (!IDEOGRAPHIC.test(match[0])) result.push(unit(text, start, end, spaceEnd));
    else splitIdeographic(text, start, end, spaceEnd, result);
  }
  return result;
}

/** Splits a word holding CJK characters where a line may break inside it. */
function splitIdeographic(text: string, start: number, end: number, spaceEnd: number, into: Unit[]): void {
  let from = start;
  let previous = '';
  for (let index = start; index < end; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    if (index > from && previous !== '' && mayBreakBetween(previous, char)) {
      into.push(unit(text, from, index, index));
      from = index;
    }
    previous = char;
    index += char.length;
  }
  into.push(unit(text, from, end, spaceEnd));
}

function unit(text: string, start: number, end: number, spaceEnd: number): Unit {
  return { start, end, spaceEnd, width: textWidth(text.slice(start, end)), spaceWidth: spaceEnd - end };
}

function mayBreakBetween(before: string, after: string): boolean {
  if (COMBINING.test(after) || after === '\u200d' || before === '\u200d' || (after >= '\ufe00' && after <= '\ufe0f'))
    return false;
  if (NO_BREAK_BEFORE.has(after) || NO_BREAK_AFTER.has(before)) return false;
  return IDEOGRAPHIC.test(before) || IDEOGRAPHIC.test(after);
}

/** Cuts text[from, to) into pieces of at most `width` columns, between grapheme clusters. */
function cutToWidth(text: string, from: number, to: number, width: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  let used = 0;
  for (const { segment, index } of graphemes(text.slice(from, to))) {
    const columns = textWidth(segment);
    const at = from + index;
    if (used + columns > width && at > start) {
      pieces.push([start, at]);
      start = at;
      used = 0;
    }
    used += columns;
  }
  pieces.push([start, to]);
  return pieces;
}

/** Cuts a line of spans into pieces of at most `width` columns, between characters, keeping every space (code). */
export function cutSpans(line: readonly Span[], width: number): Line[] {
  if (lineWidth(line) <= width) return [[...line]];
  const pieces: Line[] = [[]];
  let used = 0;
  for (const piece of line) {
    let text = '';
    for (const { segment } of graphemes(piece.text)) {
      const columns = textWidth(segment);
      if (used + columns > width && used > 0) {
        if (text !== '') pieces.at(-1)!.push(span(text, piece.roles, piece.link));
        pieces.push([]);
        text = '';
        used = 0;
      }
      text += segment;
      used += columns;
    }
    if (text !== '') pieces.at(-1)!.push(span(text, piece.roles, piece.link));
  }
  return pieces;
}
