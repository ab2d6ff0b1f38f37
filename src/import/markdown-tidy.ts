/**
 * Tidies converted Markdown: control characters removed, runs of line breaks made paragraph breaks, blank lines
 * collapsed, trailing spaces dropped, and page chrome that survived as the first or last paragraphs ("Share
 * this:", "© 2024 …") removed. Never touches the words of the article itself.
 */
import { isChromeLine } from './chrome-lines.js';
import { withoutControls } from './imported-article.js';

/** A paragraph reduced to its words: heading marks, emphasis and link syntax removed. */
function plainParagraph(paragraph: string): string {
  return paragraph
    .replace(/^#{1,6}\s+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`]+/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** Tidies Markdown produced from a page. */
export function tidyMarkdown(markdown: string): string {
  const text = withoutControls(markdown)
    // Two or more hard breaks in a row were a paragraph break (`<br><br>` pages); one at a paragraph's end is noise.
    .replace(/\\\n(?:[ \t]*\\\n)+/g, '\n\n')
    .replace(/\\\n(?=[ \t]*(?:\n|$))/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const paragraphs = text === '' ? [] : text.split('\n\n');
  while (paragraphs.length > 0 && isChromeLine(plainParagraph(paragraphs[0]!), true)) paragraphs.shift();
  while (paragraphs.length > 0 && isChromeLine(plainParagraph(paragraphs.at(-1)!), true)) paragraphs.pop();
  return paragraphs.join('\n\n');
}
