/**
 * Finds where a query matches inside a piece of text, for highlighting: the words of each term the query looks
 * for (terms under a 'not' are never highlighted), found by the same word rules as the index (words.ts). Pure,
 * like the rest of src/query, so `folio show --highlight` and the exported site's script can use it too.
 */
import { positiveTerms, type QueryField, type QueryNode } from './ast.js';
import type { TermForms } from './stem.js';
import { normalizeText, searchWords, wordSpans, type WordSpan } from './words.js';

/** A stretch of text, as UTF-16 offsets (`text.slice(start, end)`), end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** Which part of an article a text is: terms limited to another field are not looked for in it. */
export type ArticlePart = QueryField | 'text';

/**
 * Finds the places in `text` where the query's terms match, sorted and merged. `part` says what the text is
 * (a title, the tags, an author, or body text), so that `title:x` is highlighted in titles only. `forms`
 * are the other forms of the query's words that the search matched (query/stem.ts); they are marked too.
 */
export function findMatches(
  query: QueryNode,
  text: string,
  part: ArticlePart = 'text',
  forms?: TermForms,
): TextRange[] {
  const terms = positiveTerms(query).filter((term) => term.field === null || term.field === part);
  if (terms.length === 0 || text === '') return [];
  const spans = wordSpans(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    const words = searchWords(term.text);
    if (words.length === 0) continue;
    const other = forms?.get(term);
    if (other && other.length > 0) {
      const wanted = new Set([...words, ...other]);
      for (const span of spans) if (wanted.has(span.word)) ranges.push({ start: span.start, end: span.end });
      continue;
    }
    for (let i = 0; i + words.length <= spans.length; i++) {
      if (matchesAt(spans, i, words, term.prefix))
        ranges.push({ start: spans[i]!.start, end: spans[i + words.length - 1]!.end });
    }
  }
  return mergeRanges(ranges);
}

function matchesAt(spans: WordSpan[], at: number, words: string[], prefix: boolean): boolean {
  const last = words.length - 1;
  for (let j = 0; j < last; j++) if (spans[at + j]!.word !== words[j]) return false;
  const word = spans[at + last]!.word;
  return prefix ? word.startsWith(words[last]!) : word === words[last];
}

/**
 * Finds every occurrence of `literal` in `text`, ignoring case only (accents and punctuation count), as
 * `--exact` matches. The literal is normalised as indexed text is (normalizeText), so it finds text from the
 * index whatever form the user typed it in.
 */
export function findLiteral(text: string, literal: string): TextRange[] {
  const needle = lowerCase(normalizeText(literal)).text;
  if (needle === '') return [];
  const { text: haystack, offsets } = lowerCase(text);
  const ranges: TextRange[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    ranges.push({ start: offsets[at]!, end: offsets[at + needle.length]! });
  }
  return ranges;
}

/**
 * Lower-cases text, keeping for each unit of the result the offset it came from, and one more for the end. A
 * lower-case letter can be longer than its capital (`İ` → `i̇`); then the text is lowered character by character.
 */
function lowerCase(text: string): { text: string; offsets: number[] } {
  const whole = text.toLowerCase();
  if (whole.length === text.length)
    return { text: whole, offsets: Array.from({ length: text.length + 1 }, (_, index) => index) };
  let lower = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = char.toLowerCase();
    lower += folded;
    for (let k = 0; k < folded.length; k++) offsets.push(index);
    index += char.length;
  }
  offsets.push(index);
  return { text: lower, offsets };
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
