/**
 * Picks the passage of an article shown under a search result: a few words before the first hit and the text
 * after it, cut at word boundaries, with the hits marked. Pure; the browser turns the parts into text nodes
 * and `<mark>` elements (never HTML strings), so article text cannot become markup.
 */
import { wordSpans } from '../../query/words.js';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const WORDS_BEFORE = 8;

/** Returns the passage of `text` around the first word `isHit` accepts, in at most about `length` characters. */
export function snippet(text: string, isHit: (word: string) => boolean, length = 220): SnippetPart[] {
  const spans = wordSpans(text);
  const first = spans.findIndex((span) => isHit(span.word));
  const startSpan = first === -1 ? 0 : Math.max(0, first - WORDS_BEFORE);
  const start = spans[startSpan]?.start ?? 0;
  let end = text.length;
  if (start + length < text.length) {
    // End at the end of the last whole word that fits.
    const limit = start + length;
    end = spans.filter((span) => span.start >= start && span.end <= limit).at(-1)?.end ?? limit;
  }
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const span of spans) {
    if (span.start < start || span.end > end) continue;
    if (!isHit(span.word)) continue;
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), hit: false });
    parts.push({ text: text.slice(span.start, span.end), hit: true });
    cursor = span.end;
  }
  if (end > cursor) parts.push({ text: text.slice(cursor, end), hit: false });
  const collapse = (part: SnippetPart) => ({ ...part, text: part.text.replace(/\s+/g, ' ') });
  const result = parts.map(collapse).filter((part) => part.text !== '');
  if (start > 0) result.unshift({ text: '… ', hit: false });
  if (end < text.length) result.push({ text: ' …', hit: false });
  return result;
}
