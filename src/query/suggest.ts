/**
 * "Did you mean": the word of the archive closest to a query word that the archive does not hold. Pure, like the
 * rest of src/query: the command line reads candidates from FTS5's list of terms, the exported site from its
 * word lists (one file per first letter), and both apply this one rule.
 *
 * The rule. Only a word typed on its own (not quoted, no `*`, not stemmed to anything the archive holds) is
 * corrected, and only into a word of letters of 3 to 30 characters that starts with the same letter (a typo
 * in the first letter is rare, and reading one letter's words keeps the work bounded). Closest by optimal
 * string alignment distance (an insertion, deletion, substitution or swap of neighbours counts one), at most
 * 1 for words of up to 5 letters and 2 beyond (two edits make most short words into other words: `steal` →
 * `stay`); ties go to the word in the most articles, then to the first in code unit order. A corrected query
 * is offered only when it finds something, with the same filters.
 */
import type { TermNode } from './ast.js';
import { matchesLongerWords, normalizeText, searchWords } from './words.js';

/** A word of the archive and the number of articles holding it. */
export interface WordCount {
  word: string;
  articles: number;
}

/** Whether a word of the archive may be suggested: letters (with their marks) only, 3 to 30 characters. */
export function isSuggestible(word: string): boolean {
  const length = [...word].length;
  return length >= 3 && length <= MAX_LENGTH && LETTERS.test(word);
}

const MAX_LENGTH = 30;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** The word a term looks for, when it is one the rule may correct (a single word of letters, typed bare). */
export function correctableWord(term: TermNode): string | null {
  if (term.quoted || term.prefix) return null;
  const words = searchWords(normalizeText(term.text));
  if (words.length !== 1) return null;
  const word = words[0]!;
  return !matchesLongerWords(word) && LETTERS.test(word) && [...word].length >= 3 ? word : null;
}

/** How far a suggestion may be from the word typed. */
export function maxDistance(word: string): number {
  return [...word].length <= 5 ? 1 : 2;
}

/** The letter a word's candidates start with (its first code point). */
export function firstLetter(word: string): string {
  return String.fromCodePoint(word.codePointAt(0) ?? 0);
}

/**
 * The optimal string alignment distance between two words (by code points), or `limit + 1` as soon as it is
 * known to exceed `limit`: words of very different lengths cost nothing, and a row whose every cell is over the
 * limit ends the work.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1);
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value;
      if (value < smallest) smallest = value;
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[y.length]!, limit + 1);
}

/** The closest suggestible word to `word` among `candidates`, or null when none is close enough. */
export function closestWord(word: string, candidates: Iterable<WordCount>): string | null {
  const limit = maxDistance(word);
  let best: { word: string; distance: number; articles: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.word === word || !isSuggestible(candidate.word)) continue;
    const distance = editDistance(word, candidate.word, limit);
    if (distance > limit) continue;
    if (
      best === null ||
      distance < best.distance ||
      (distance === best.distance &&
        (candidate.articles > best.articles || (candidate.articles === best.articles && candidate.word < best.word)))
    ) {
      best = { word: candidate.word, distance, articles: candidate.articles };
    }
  }
  return best === null ? null : best.word;
}

/**
 * The query text with each misspelt word replaced by its suggestion, as the user typed the rest. `replacements`
 * maps a word as typed (a term's text) to its suggestion.
 */
export function correctedQuery(text: string, replacements: ReadonlyMap<string, string>): string {
  let corrected = text;
  for (const [typed, suggestion] of replacements) {
    const at = corrected.indexOf(typed);
    if (at !== -1) corrected = corrected.slice(0, at) + suggestion + corrected.slice(at + typed.length);
  }
  return corrected;
}
