/**
 * Turns text from article tokens into text that may reach a terminal: character references decoded (marked
 * leaves `&amp;` and `&eacute;` as written), then every control character made visible, so an escape sequence
 * written in an article, directly or as `&#27;`, is shown and never obeyed.
 */
import { safeLine } from '../safe-text.js';
import { textWidth } from '../text-width.js';
import type { EntityDecoder } from './entities.js';

/** Inline text: references decoded with `decode`, line breaks and tabs as spaces, controls visible. */
export function cleanText(text: string, decode: EntityDecoder): string {
  return safeLine(text.includes('&') ? decode(text) : text);
}

/** Text that is literal in Markdown (code): no references decoded; controls visible. */
export function cleanLiteral(text: string): string {
  return safeLine(text);
}

/** Expands tabs in one line of code to the next multiple of `size` columns. */
export function expandTabs(line: string, size = 4): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let column = 0;
  for (const char of line) {
    if (char === '\t') {
      const fill = size - (column % size);
      out += ' '.repeat(fill);
      column += fill;
    } else {
      out += char;
      column += textWidth(char);
    }
  }
  return out;
}
