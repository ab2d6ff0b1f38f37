/**
 * Snippets: one line of an article's text around what a search matched, with the matches marked as ranges
 * (never as markup inside the text, so article text can never forge a highlight). Pure, for every back end.
 */
import type { TextRange } from './match.js';
import { WORD_SEPARATOR } from './words.js';

export interface Snippet {
  /** One line of plain text; `…` where it was cut from a longer text. */
  text: string;
  /** Where the matches are in `text`, as UTF-16 offsets, sorted, not overlapping. */
  ranges: TextRange[];
}

const SPACE = /\s/u;
/** The end of a sentence (stop, then space) or of a paragraph (a blank line). */
const SENTENCE_END = /[.!?]["”’)]?\s+|\n\s*\n/gu;

/**
 * Makes a snippet one tidy line: word separators removed, every run of white space (newlines included) one
 * space, no space at either end; the ranges follow the text.
 */
export function tidySnippet(snippet: Snippet): Snippet {
  const { text } = snippet;
  const map = new Array<number>(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    map[i] = out.length;
    const char = text[i]!;
    if (char === WORD_SEPARATOR) continue;
    if (SPACE.test(char)) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
      continue;
    }
    out += char;
  }
  map[text.length] = out.length;
  const trimmed = out.trimEnd();
  const clamp = (offset: number) => Math.min(offset, trimmed.length);
  const ranges = snippet.ranges
    .map((range) => ({ start: clamp(map[range.start]!), end: clamp(map[range.end]!) }))
    .filter((range) => range.end > range.start);
  return { text: trimmed, ranges };
}

/**
 * Cuts about `length` characters of `text` around its first match (or from its start when nothing matched),
 * at word boundaries, marking each cut with `…`. Returns a tidy one-line snippet.
 */
export function snippetAround(text: string, ranges: readonly TextRange[], length = 160): Snippet {
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  if (start > 0) {
    // Start where the sentence holding the match starts, when that is close enough; else at the beginning
    // of a word: after the next space, unless that is past the match.
    const before = text.slice(start, first!.start);
    let sentence = -1;
    for (const end of before.matchAll(SENTENCE_END)) sentence = end.index + end[0].length;
    if (sentence !== -1) start += sentence;
    else {
      const space = before.search(SPACE);
      start = space === -1 ? start : start + space + 1;
    }
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const cut = text.slice(start, end);
    const space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
    if (space > length / 2 && (!first || start + space >= first.end)) end = start + space;
  }
  // A match the cut would split (a phrase) is shown whole: `…after an event loop…`, never `…after an event…`.
  for (const range of ranges) if (range.start < end && range.end > end) end = range.end;
  // Never cut inside a surrogate pair.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;

  const lead = start > 0 ? '…' : '';
  const trail = end < text.length ? '…' : '';
  const inside = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({
      start: Math.max(range.start, start) - start + lead.length,
      end: Math.min(range.end, end) - start + lead.length,
    }));
  const tidy = tidySnippet({ text: lead + text.slice(start, end) + trail, ranges: inside });
  return tidy;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Converts UTF-16 ranges to code point offsets, for JSON readers that count characters (Python, jq). */
export function codePointRanges(text: string, ranges: readonly TextRange[]): [number, number][] {
  if (!/[\ud800-\udfff]/.test(text)) return ranges.map((range) => [range.start, range.end]);
  const toCodePoints = (offset: number) => [...text.slice(0, offset)].length;
  return ranges.map((range) => [toCodePoints(range.start), toCodePoints(range.end)]);
}
