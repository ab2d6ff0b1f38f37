/**
 * Converts a plain-text page (a web page saved or copied as text, a note) into an article: the page's chrome
 * removed, its title, byline and date read into metadata, and the rest kept paragraph by paragraph. Bulleted
 * lines become Markdown lists and indented passages become quotes; no word of the article is changed, added or
 * dropped. Pure: text in, article out.
 *
 * A copied news page is laid out as: menus, a section name, the headline, perhaps a standfirst, the byline and
 * the date (in any order, with buttons such as "Share" and "Save" among them), the article, then topic lists,
 * share rows, "Related" links and a copyright line. The header is found from its anchor, the first byline or
 * date line near the top: the headline is the title-like line above it (past a standfirst), and what stands
 * above the headline is the page's. The end of the article is the first line, after its last paragraph, that
 * only a page's footer says ("Explore more on these topics", "Reuse this content", "© 2024 …"): from there on,
 * what follows is dropped as long as it holds no paragraph of prose. Without an anchor, the first line is the
 * title, as in a neatly written text file.
 */
import { parseBareByline, parseByline, type ImportedAuthor } from './byline.js';
import { isChromeLine } from './chrome-lines.js';
import { parseDateLine } from './date-text.js';
import { oneLine, withoutControls, type ConversionResult } from './imported-article.js';

/** A first line longer than this is the start of the text, not its title. */
const MAX_TITLE_LENGTH = 200;
/** How many non-blank lines from the top may hold the header; real pastes put up to ~40 menu lines first. */
const HEADER_WINDOW = 80;
/** A line with this many words, ending a sentence, is prose: a standfirst or a paragraph, never chrome. */
const PROSE_WORDS = 10;
/** After a footer line, a line this long is a paragraph of the article again, and nothing after it is cut. */
const FOOTER_PARAGRAPH_WORDS = 25;

const UNICODE_BULLET = /^([ \t]*)[•◦▪‣●○■□➢►▸·]\s+/u;
const MARKDOWN_BULLET = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const INDENTED = /^(?: {2,}|\t)/;
const ATX_TITLE = /^#\s+(.+?)(?:\s+#+)?$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;

interface Header {
  authors: ImportedAuthor[];
  date: string | null;
  updated: string | null;
}

/** Converts the text of a page into an article; refuses a page with no text. */
export function convertTextPage(source: string): ConversionResult {
  const all = withoutControls(source)
    .split('\n')
    .map((line) => line.trimEnd());
  if (all.every((line) => line.trim() === '')) return { refused: 'empty file (nothing to import)' };

  // The end is left to cutFooter, which needs to see where the page's footer starts.
  const lines = trimStart(all.filter((line) => !isChromeLine(line, false)));
  if (lines.every((line) => line.trim() === '' || isChromeLine(line, true)))
    return { refused: 'nothing but page chrome (nothing to import)' };

  const header: Header = { authors: [], date: null, updated: null };
  const found = findTitle(lines);
  let title: string | null = null;
  let bodyLines: string[];
  if (found) {
    title = oneLine(lines[found.title]!.trim());
    // Some sites print the date (or the byline) above the headline, among the lines that are dropped.
    for (const line of lines.slice(0, found.title)) {
      const date = parseDateLine(line);
      if (date?.date && header.date === null) header.date = date.date;
      const byline = header.authors.length === 0 ? parseByline(line) : null;
      if (byline)
        header.authors = byline.map((author) => ({
          name: oneLine(author.name),
          ...(author.role ? { role: oneLine(author.role) } : {}),
        }));
    }
    bodyLines = readHeader(lines, found.title + 1, header);
  } else {
    const blocks = toBlocks(lines);
    title = takeTitle(blocks);
    bodyLines = blocks.flatMap((block, index) => (index === 0 ? block : ['', ...block]));
    bodyLines = readHeader(bodyLines, 0, header);
  }
  bodyLines = cutFooter(bodyLines, header.authors);
  const body = blocksToMarkdown(toBlocks(bodyLines));
  if (body === '' && title === null) return { refused: 'no article text found' };
  return {
    title,
    authors: header.authors,
    date: header.date ?? header.updated,
    updated: header.date ? header.updated : null,
    lang: null,
    url: null,
    body,
  };
}

/** Drops chrome and blank lines before the first line of the article. */
function trimStart(lines: string[]): string[] {
  let start = 0;
  while (start < lines.length && (lines[start]!.trim() === '' || isChromeLine(lines[start]!, true))) start++;
  return lines.slice(start);
}

const wordCount = (line: string): number => line.trim().split(/\s+/).filter(Boolean).length;
/** Han, kana and Hangul are written without spaces: their length, not their words, says how long a line is. */
const ideographs = (line: string): number =>
  line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;

function isProse(line: string): boolean {
  const text = line.trim();
  const words = wordCount(text);
  // Headlines do not end with a full stop: five words and one make a sentence.
  if ((words >= 5 && /[.…]["»”)]?$/u.test(text)) || /[。．]$/u.test(text)) return true;
  return (words >= PROSE_WORDS && /[!?:;"»”)\]]$/u.test(text)) || text.length > 160 || ideographs(text) > 40;
}

/** A headline: a short line of several words that does not read as a sentence of prose or a label. */
function isTitleLike(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH || /[,;:]$/.test(text)) return false;
  if (wordCount(text) >= 3 || ideographs(text) >= 4) return !isProse(text);
  return false;
}

/** Whether a line says who wrote the article or when: a byline, or a date line. */
function isAnchor(line: string): boolean {
  const date = parseDateLine(line);
  return (date !== null && (date.date !== null || date.updated !== null)) || parseByline(line) !== null;
}

/**
 * Finds the headline of a page with a header: the title-like line above its first byline or date line (past a
 * standfirst, a bare name, buttons), or, when the anchor stands above the headline, the first title-like line
 * under it. Returns null for a page with no anchor near the top, or whose lines above the headline include
 * prose, which no menu does.
 */
function findTitle(lines: string[]): { title: number } | null {
  let seen = 0;
  let prose = 0;
  let anchor = -1;
  for (let index = 0; index < lines.length && seen < HEADER_WINDOW; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    seen++;
    if (isAnchor(line)) {
      anchor = index;
      break;
    }
    if (isProse(line) && ++prose > 1) return null;
  }
  if (anchor < 0) return null;

  let standfirst = false;
  let bareName = false;
  let title = -1;
  for (let index = anchor - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.trim() === '' || isChromeLine(line, true) || parseDateLine(line)) continue;
    if (!bareName && parseBareByline(line)) {
      bareName = true;
      continue;
    }
    if (isProse(line) && !standfirst) {
      standfirst = true;
      continue;
    }
    if (isTitleLike(line)) title = index;
    break;
  }
  if (title < 0) {
    // The date above the headline (as some sites print it): the headline is the first title-like line below.
    for (let index = anchor + 1; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.trim() === '' || isChromeLine(line, true) || isAnchor(line) || parseDateLine(line)) continue;
      if (isTitleLike(line)) title = index;
      break;
    }
    if (title < 0) return null;
    // Lines between the top and the anchor must all be short: menus and section names, not text.
    if (lines.slice(0, anchor).some((line) => isProse(line))) return null;
    return { title };
  }
  if (lines.slice(0, title).some((line) => isProse(line))) return null;
  return { title };
}

function previousLine(lines: string[], index: number): number {
  let previous = index - 1;
  while (previous >= 0 && lines[previous]!.trim() === '') previous--;
  return previous;
}

function nextLine(lines: string[], index: number): number {
  let next = index + 1;
  while (next < lines.length && lines[next]!.trim() === '') next++;
  return next;
}

/**
 * Reads the header lines from `start` on (bylines, date lines, buttons, a standfirst, which stays) into `header`,
 * and returns the lines of the article: the standfirst and everything after the header.
 */
function readHeader(lines: string[], start: number, header: Header): string[] {
  const kept: string[] = [];
  let index = start;
  let standfirstAllowed = true;
  let lastByline = -1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const date = parseDateLine(line);
    if (date) {
      if (date.date !== null && header.date === null) header.date = date.date;
      if (date.updated !== null && header.updated === null) header.updated = date.updated;
      if (date.names.length > 0 && header.authors.length === 0)
        header.authors = date.names.map((name) => ({ name: oneLine(name) }));
      continue;
    }
    const byline = header.authors.length === 0 ? (parseByline(line) ?? bareBylineNearDate(lines, index)) : null;
    if (byline) {
      header.authors = byline.map((author) =>
        author.role ? { name: oneLine(author.name), role: oneLine(author.role) } : { name: oneLine(author.name) },
      );
      lastByline = index;
      continue;
    }
    if (isChromeLine(line, true)) continue;
    if (
      lastByline >= 0 &&
      previousLine(lines, index) === lastByline &&
      isOutletLine(line) &&
      header.authors.length === 1 &&
      !header.authors[0]!.role
    ) {
      // "Jane Okoro" / "BBC News, Bristol": the line under a bare name says where she writes for.
      header.authors[0]!.role = oneLine(line.trim());
      continue;
    }
    if (standfirstAllowed && kept.length === 0 && isProse(line) && headerFollows(lines, index)) {
      // A standfirst between the headline and the byline is the article's first paragraph.
      kept.push(line, '');
      standfirstAllowed = false;
      continue;
    }
    break;
  }
  return [...kept, ...lines.slice(index)];
}

/** Whether a byline or date line follows within the next three lines (so the line at `index` is a standfirst). */
function headerFollows(lines: string[], index: number): boolean {
  let next = index;
  for (let step = 0; step < 3; step++) {
    next = nextLine(lines, next);
    if (next >= lines.length) return false;
    const line = lines[next]!;
    if (isAnchor(line) || parseBareByline(line)) return true;
    if (!isChromeLine(line, true)) return false;
  }
  return false;
}

/** A bare name is a byline when a date line, an outlet line or "Follow" stands right beside it. */
function bareBylineNearDate(lines: string[], index: number): ImportedAuthor[] | null {
  const names = parseBareByline(lines[index]!);
  if (!names) return null;
  const before = previousLine(lines, index);
  const after = nextLine(lines, index);
  const beside = [before >= 0 ? lines[before]! : '', after < lines.length ? lines[after]! : ''];
  const afterLine = beside[1]!;
  if (beside.some((line) => parseDateLine(line) !== null)) return names;
  if (/^(?:follow|abonnieren|suivre|seguir)$/i.test(afterLine.trim()) || isOutletLine(afterLine)) return names;
  return null;
}

/** "BBC News, Bristol", "Reuters, London": an outlet and a place, as printed under a bare byline. */
function isOutletLine(line: string): boolean {
  const text = line.trim();
  return /^\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*){0,3},\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u.test(
    text,
  );
}

/**
 * Cuts what follows the article: from the first footer line after which no paragraph of prose comes, and the
 * short lines right above it that belong to it (a topic list, the author's name repeated, counters).
 */
function cutFooter(lines: string[], authors: ImportedAuthor[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1]!.trim() === '' || isChromeLine(lines[end - 1]!, true))) end--;
  let cut = lines.slice(end).some((line) => line.trim() !== '') ? end : -1;
  for (let index = end - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    if (isChromeLine(line, true)) cut = index;
    else if (wordCount(line) >= FOOTER_PARAGRAPH_WORDS || (isProse(line) && cut < 0)) break;
  }
  if (cut < 0) return lines.slice(0, end);
  // Short lines just above the footer: a list of topics, the byline repeated, like and comment counts.
  const names = new Set(authors.map((author) => author.name.toLowerCase()));
  while (cut > 0) {
    const previous = previousLine(lines, cut);
    if (previous < 0) break;
    const line = lines[previous]!.trim();
    const short =
      wordCount(line) <= 3 &&
      ideographs(line) <= 12 &&
      !/[.!?…"»”。！？」』]$/u.test(line) &&
      !UNICODE_BULLET.test(line) &&
      !MARKDOWN_BULLET.test(line);
    if (!(short || names.has(line.toLowerCase()))) break;
    cut = previous;
  }
  return lines.slice(0, cut);
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
  const first = blocks[0];
  if (!first) return null;
  let title: string | undefined;
  if (first.length === 1) title = first[0]!.trim();
  else if (first.length === 2 && SETEXT_UNDERLINE.test(first[1]!.trim())) title = first[0]!.trim();
  if (title === undefined || title.length > MAX_TITLE_LENGTH) return null;
  const heading = ATX_TITLE.exec(title);
  blocks.shift();
  return oneLine(heading ? heading[1]! : title);
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
  return lines
    .map((line) => {
      const bullet = UNICODE_BULLET.exec(line);
      if (bullet) return `${bullet[1]}- ${escapeText(line.slice(bullet[0].length))}`;
      if (MARKDOWN_BULLET.test(line)) return escapeText(line);
      return `   ${escapeText(line.trimStart())}`;
    })
    .join('\n');
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
