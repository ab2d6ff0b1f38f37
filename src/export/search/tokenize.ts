/**
 * Cuts text into search terms, the same way when the site's index is built (in Node) and when a reader's
 * query is read (in the browser), so the two always agree. Terms are folded (lower case, no Latin accents:
 * `Élection` → `election`), split at anything that is not a letter, digit or mark, and runs of Chinese or
 * Japanese script are cut into words with `Intl.Segmenter`. Pure; no Node or DOM APIs.
 */
import { fold } from '../../parse/fold.js';

/** Terms longer than this are cut: nobody searches for them, and they would bloat the index. */
export const MAX_TERM_LENGTH = 40;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SEGMENTED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SEGMENTED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+/gu;

let segmenter: Intl.Segmenter | undefined;

/** Splits `text` into folded terms, in order, repeats kept. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0];
    if (SEGMENTED_SCRIPT.test(word)) splitScripts(word, terms);
    else terms.push(word.length > MAX_TERM_LENGTH ? word.slice(0, MAX_TERM_LENGTH) : word);
  }
  return terms;
}

/** A word mixing scripts (`東京タワーnews`) gives its CJK runs as segmented words and the rest as it is. */
function splitScripts(word: string, terms: string[]): void {
  let cursor = 0;
  for (const run of word.matchAll(SEGMENTED_RUN)) {
    if (run.index > cursor) terms.push(word.slice(cursor, run.index).slice(0, MAX_TERM_LENGTH));
    segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
    for (const segment of segmenter.segment(run[0])) {
      if (segment.isWordLike !== false && segment.segment.trim() !== '') terms.push(segment.segment.slice(0, MAX_TERM_LENGTH));
    }
    cursor = run.index + run[0].length;
  }
  if (cursor < word.length) terms.push(word.slice(cursor).slice(0, MAX_TERM_LENGTH));
}
