/**
 * The words the site's search index holds for a text: those `searchWords` (query/words.ts) finds, as the
 * command line's index and the browser's queries cut them, found faster on plain ASCII text.
 */
import { searchWords } from '../../query/words.js';

/** Longer words (a run of letters with no space, a pasted hash) are not indexed: nobody types them. */
export const MAX_TERM_LENGTH = 100;

const PLAIN_ASCII_LINE = /^[\t\x20-\x7e]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * The words `searchWords` finds, faster on the lines that are plain ASCII (most of most archives): there a word
 * is a run of letters and digits, lower-cased. Other lines go through `searchWords` itself. Lines can be taken
 * one by one because no word, and no run of an unspaced script, crosses a line break.
 */
export function fastSearchWords(text: string): string[] {
  if (PLAIN_ASCII_LINE.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const words: string[] = [];
  for (const line of text.split('\n')) {
    if (PLAIN_ASCII_LINE.test(line)) {
      const found = line.toLowerCase().match(ASCII_WORD);
      if (found) for (const word of found) words.push(word);
    } else {
      for (const word of searchWords(line)) words.push(word);
    }
  }
  return words;
}
