/**
 * Converts a plain-text page (a web page saved as text, a note) into an article: page chrome removed, the first
 * meaningful line as the title, a byline and a date under it read into metadata, and the rest kept paragraph by
 * paragraph. Bulleted lines become Markdown lists and indented passages become quotes; no word is changed, added
 * or dropped. Pure: text in, article out.
 */
import { parseByline, type ImportedAuthor } from './byline.js';
import { isChromeLine } from './chrome-lines.js';
import { parseStatedDate } from './date-text.js';
import { oneLine, withoutControls, type ConversionResult } from './imported-article.js';

/** A first line longer than this is the start of the text, not its title. */
const MAX_TITLE_LENGTH = 200;
/** How many blocks under the title may hold the byline and the date. */
const HEADER_BLOCKS = 2;

const UNICODE_BULLET = /^([ \t]*)[•◦▪‣●○■□➢►▸·]\s+/u;
const MARKDOWN_BULLET = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const INDENTED = /^(?: {2,}|\t)/;
const ATX_TITLE = /^#\s+(.+?)(?:\s+#+)?$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;

/** Converts the text of a page into an article; refuses a page with no text. */
export function convertTextPage(source: string): ConversionResult {
  const lines = withoutControls(source).split('\n').map((line) => line.trimEnd());
  if (lines.every((line) => line.trim() === '')) return { refused: 'empty file (nothing to import)' };

  const blocks = toBlocks(trimEdges(lines.filter((line) => !isChromeLine(line, false))));
  if (blocks.length === 0) return { refused: 'nothing but page chrome (nothing to import)' };

  const title = takeTitle(blocks);
  const header = takeHeader(blocks);
  const body = blocksToMarkdown(blocks);
  if (body === '' && title === null) return { refused: 'no article text found' };
  return { title, authors: header.authors, date: header.date, updated: null, lang: null, url: null, body };
}

/** Drops chrome and blank lines before the first line of the article and after its last. */
function trimEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start]!.trim() === '' || isChromeLine(lines[start]!, true))) start++;
  while (end > start && (lines[end - 1]!.trim() === '' || isChromeLine(lines[end - 1]!, true))) end--;
  return lines.slice(start, end);
}

/** Groups lines into blocks separated by blank lines. */
function toBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Removes and returns the title: a first block of one short line (or a Markdown heading). */
function takeTitle(blocks: string[][]): string | null {
  const first = blocks[0]!;
  let title: string | undefined;
  if (first.length === 1) title = first[0]!.trim();
  else if (first.length === 2 && SETEXT_UNDERLINE.test(first[1]!.trim())) title = first[0]!.trim();
  if (title === undefined || title.length > MAX_TITLE_LENGTH) return null;
  const heading = ATX_TITLE.exec(title);
  blocks.shift();
  return oneLine(heading ? heading[1]! : title);
}

/** Removes the blocks under the title that hold only a byline and/or a date, and returns what they say. */
function takeHeader(blocks: string[][]): { authors: ImportedAuthor[]; date: string | null } {
  const header: { authors: ImportedAuthor[]; date: string | null } = { authors: [], date: null };
  for (let taken = 0; taken < HEADER_BLOCKS && blocks.length > 0; taken++) {
    const found: { authors: ImportedAuthor[]; date: string | null } = { authors: [], date: null };
    const understood = blocks[0]!.every((line) => {
      const date = found.date === null ? parseStatedDate(line) : null;
      if (date) {
        found.date = date;
        return true;
      }
      const authors = found.authors.length === 0 ? parseByline(line) : null;
      if (!authors) return false;
      found.authors = authors.map((author) => (author.role ? { name: oneLine(author.name), role: oneLine(author.role) } : { name: oneLine(author.name) }));
      return true;
    });
    if (!understood || (found.authors.length > 0 && header.authors.length > 0) || (found.date && header.date)) break;
    if (found.authors.length > 0) header.authors = found.authors;
    if (found.date) header.date = found.date;
    blocks.shift();
  }
  return header;
}

/** Turns the remaining blocks into Markdown: paragraphs as they are, bullets as lists, indented passages as quotes. */
function blocksToMarkdown(blocks: string[][]): string {
  const indentedBlocks = blocks.filter((block) => block.every((line) => INDENTED.test(line))).length;
  // When most paragraphs are indented, indentation is the file's style, not a quotation.
  const indentMeansQuote = indentedBlocks * 2 < blocks.length;
  return blocks.map((block) => blockToMarkdown(block, indentMeansQuote)).join('\n\n');
}

function blockToMarkdown(block: string[], indentMeansQuote: boolean): string {
  const indented = block.every((line) => INDENTED.test(line));
  const lines = indented ? dedent(block) : block;
  if (UNICODE_BULLET.test(lines[0]!) || MARKDOWN_BULLET.test(lines[0]!)) return listToMarkdown(lines);
  // Leading spaces are dropped: four of them would turn a paragraph into a code block.
  const text = lines.map((line) => escapeText(line.trimStart()));
  if (indented && indentMeansQuote) return text.map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');
  return text.join('\n');
}

/** Unicode bullets become `-`; lines that continue an item are indented under it. */
function listToMarkdown(lines: string[]): string {
  return lines.map((line) => {
    const bullet = UNICODE_BULLET.exec(line);
    if (bullet) return `${bullet[1]}- ${escapeText(line.slice(bullet[0].length))}`;
    if (MARKDOWN_BULLET.test(line)) return escapeText(line);
    return `   ${escapeText(line.trimStart())}`;
  }).join('\n');
}

function dedent(lines: string[]): string[] {
  const widths = lines.map((line) => /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length);
  // Not Math.min(...widths): a passage can have more lines than a call can take arguments.
  const common = widths.reduce((least, width) => Math.min(least, width), Infinity);
  return lines.map((line) => {
    let removed = 0;
    let index = 0;
    while (index < line.length && removed < common && (line[index] === ' ' || line[index] === '\t')) {
      removed += line[index] === '\t' ? 4 : 1;
      index++;
    }
    return line.slice(index);
  });
}

/**
 * Escapes what Markdown would take for markup that is not text: HTML tags and entities (`<b>` and `&amp;` are
 * words in a text file and must stay visible) and links to scripts. Everything else is left as written, so text
 * that is already Markdown keeps its headings, emphasis and links.
 */
export function escapeText(line: string): string {
  return line
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]{1,32};)/g, '\\&')
    .replace(/\]\((?=\s*(?:javascript|vbscript|data|file):)/gi, ']\\(')
    .replace(/^(\s{0,3})\[([^\]\n]{1,999})\]:(?=\s*(?:javascript|vbscript|data|file):)/i, '$1\\[$2]:');
}
