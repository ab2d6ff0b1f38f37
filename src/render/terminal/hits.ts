/**
 * Marks search hits in rendered text. A term is a sequence of words that must appear next to each other (one
 * word for most terms, several for a phrase), the last one possibly a prefix; words are compared folded, so
 * `election` marks `Élection`. Chinese and Japanese text counts one character as one word, as the index does.
 */
import { fold } from '../../parse/fold.js';
import { span, withRole, type Span } from './spans.js';

/** A term to mark: its words, folded, in order. */
export interface HitTerm {
  words: readonly string[];
  /** The last word matches any word it starts. */
  prefix: boolean;
}

/** Finds the hits in a text: [start, end) offsets, in order, not overlapping. */
export type HitMatcher = (text: string) => [number, number][];

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Builds a matcher for `terms`, or null when there is nothing to mark. */
export function hitMatcher(terms: readonly HitTerm[]): HitMatcher | null {
  const usable = terms.filter((term) => term.words.length > 0);
  if (usable.length === 0) return null;
  return (text) => {
    const words: { start: number; end: number; folded: string }[] = [];
    for (const match of text.matchAll(WORD)) {
      words.push({ start: match.index, end: match.index + match[0].length, folded: fold(match[0]) });
    }
    const hits: [number, number][] = [];
    let next = 0;
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.start < next) continue;
      const length = usable.reduce((best, term) => Math.max(best, matchAt(words, i, term)), 0);
      if (length > 0) {
        hits.push([words[i]!.start, words[i + length - 1]!.end]);
        next = words[i + length - 1]!.end;
      }
    }
    return hits;
  };
}

function matchAt(words: readonly { folded: string }[], at: number, term: HitTerm): number {
  if (at + term.words.length > words.length) return 0;
  for (let k = 0; k < term.words.length; k++) {
    const word = words[at + k]!.folded;
    const wanted = term.words[k]!;
    const last = k === term.words.length - 1;
    if (!(word === wanted || (last && term.prefix && word.startsWith(wanted)))) return 0;
  }
  return term.words.length;
}

/** Adds the `match` role to the parts of `spans` the matcher finds (hits may cross span boundaries). */
export function markHits(spans: readonly Span[], matcher: HitMatcher): Span[] {
  const text = spans.map((piece) => piece.text).join('');
  const hits = matcher(text);
  if (hits.length === 0) return [...spans];
  const out: Span[] = [];
  let offset = 0;
  let hit = 0;
  for (const piece of spans) {
    const start = offset;
    const end = offset + piece.text.length;
    offset = end;
    let cursor = start;
    while (hit < hits.length && hits[hit]![0] < end) {
      const [from, to] = hits[hit]!;
      const a = Math.max(from, cursor);
      const b = Math.min(to, end);
      if (a > cursor) out.push(span(piece.text.slice(cursor - start, a - start), piece.roles, piece.link));
      if (b > a) out.push(withRole(span(piece.text.slice(a - start, b - start), piece.roles, piece.link), 'match'));
      cursor = Math.max(cursor, b);
      if (to <= end) hit++;
      else break;
    }
    if (cursor < end) out.push(span(piece.text.slice(cursor - start), piece.roles, piece.link));
  }
  return out;
}
