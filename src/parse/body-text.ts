/**
 * Reads a Markdown body in one pass, line by line, and derives what the index needs: plain text for search,
 * the first `# H1`, the first paragraph, internal links and word counts.
 *
 * This is deliberately not a Markdown parser. The index must be fast on tens of thousands of files and must
 * not hang on hostile input, so every pattern here is linear (character classes that stop at the next bracket,
 * bounded repeats) and no nesting is tracked. Its text is meant to be the text of the tokens the one Markdown
 * reader gives (parse/plain-text.ts), only cheaper: marked's lexer over a 10,000-article archive costs more CPU
 * than the whole cold index otherwise does. A test over every case file in test/render/cases holds the two equal.
 */
import type { ArticleLink } from '../model/article.js';
import { hugoRefsAsLinks, wikiTarget, wikilinkView } from './article-links.js';
import { decodeText } from './plain-text.js';

export interface BodyText {
  /** The body as plain text: one line per source line that carried text, syntax removed. */
  text: string;
  firstHeading: string | null;
  firstParagraph: string;
  links: ArticleLink[];
  words: number;
  readingMinutes: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const TABLE_DIVIDER =
  /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-{1,}:?[ \t]*\|[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[(?!\^)[^\[\]\n]{1,300}\]:[ \t]*\S/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\[\]\s]{1,100}\]:[ \t]*/;
const HTML_BLOCK_LINE = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:[\s/>]|$)/;

// Destinations may hold one level of balanced parentheses, as CommonMark allows: `javascript:alert(1)`.
const IMAGE =
  /!\[([^\[\]\n]{0,500})\]\(((?:[^()\s]|\([^()\s]{0,200}\)){0,2000})(?:[ \t]+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?[ \t]*\)/g;
const WIKILINK = /(!?)\[\[([^\[\]|\n]{1,500})(?:\|([^\[\]\n]{0,500}))?\]\]/g;
const LINK =
  /\[([^\[\]\n]{0,500})\]\(((?:[^()\s]|\([^()\s]{0,200}\)){0,2000})(?:[ \t]+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?[ \t]*\)/g;
const REFERENCE_LINK = /\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,300}\]/g;
const FOOTNOTE_REFERENCE = /\[\^[^\[\]\s]{1,100}\]/g;
const AUTOLINK =
  /<((?:https?|ftp|mailto):[^<>\s]{1,2000}|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,200}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}))>/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?\/?>/g;
const HTML_COMMENT_INLINE = /<!--[^\n]{0,2000}?-->/g;
const DELIMITER_RUN = /\*{1,3}|_{1,3}|~{1,2}/g;
const BACKTICKS = /`+/g;
const ESCAPE = /\\([!-\/:-@\[-`{-~])/g;
const SPACES = /[ \t]+/g;
const INDENTED_CODE = /^(?: {4}|\t| {1,3}\t)/;
const ALERT_MARKER = /^\[!(?:note|tip|important|warning|caution)\][ \t]*$/i;
/** Private-use characters stand in for code spans and escaped characters while the syntax around them is removed. */
const HELD_BASE = 0xe000;
const HELD_LIMIT = 0x1900;
const PRIVATE_USE = /[\ue000-\uf8ff]/;
const HELD = /[\ue000-\uf8ff]/g;

const WORDS_PER_MINUTE = 230;
const IDEOGRAPHS_PER_MINUTE = 500;
const SUMMARY_LIMIT = 280;

/** Derives plain text, first heading, first paragraph, links and word counts from a Markdown body. */
export function analyseBody(body: string, firstLine = 1): BodyText {
  const { text, firstHeading, firstParagraph, links } = scanBody(body, firstLine);
  const { words, readingMinutes } = countWords(text);
  return { text, firstHeading, firstParagraph: shorten(firstParagraph, SUMMARY_LIMIT), links, words, readingMinutes };
}

/** The body as plain text, as `analyseBody` gives it, without counting its words (exports need the text alone). */
export function bodyText(body: string): string {
  return scanBody(body, 1).text;
}

function scanBody(body: string, firstLine: number): Omit<BodyText, 'words' | 'readingMinutes'> {
  const out: string[] = [];
  const links: ArticleLink[] = [];
  let firstHeading: string | null = null;
  let firstParagraph = '';
  let paragraph: string[] = [];
  let paragraphDone = false;
  let fence: string | null = null;
  let inComment = false;
  let previousPlain: { text: string; index: number } | null = null;
  let indentedCode = false;
  let inList = false;

  const endParagraph = () => {
    if (!paragraphDone && paragraph.length > 0) {
      firstParagraph = paragraph.join(' ');
      paragraphDone = true;
    }
    paragraph = [];
  };

  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!;
    const lineNumber = firstLine + index;

    if (fence !== null) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
      else if (line.trim() !== '') out.push(line.trim());
      continue;
    }
    if (indentedCode) {
      if (line.trim() === '') continue;
      if (INDENTED_CODE.test(line)) {
        out.push(line.trim());
        continue;
      }
      indentedCode = false;
    }
    const blankBefore = index === 0 || lines[index - 1]!.trim() === '';
    if (blankBefore && !inComment && line.trim() !== '') {
      // Four columns of indentation after a blank line: code, unless it continues a list item.
      if (INDENTED_CODE.test(line) && !inList) {
        endParagraph();
        indentedCode = true;
        previousPlain = null;
        out.push(line.trim());
        continue;
      }
      if (!/^[ \t]/.test(line) && !LIST_ITEM.test(line)) inList = false;
    }
    if (inComment) {
      const close = line.indexOf('-->');
      if (close === -1) continue;
      inComment = false;
      line = line.slice(close + 3);
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      endParagraph();
      fence = fenceOpen[1]!;
      previousPlain = null;
      continue;
    }
    line = line.replace(HTML_COMMENT_INLINE, ' ');
    const commentStart = line.indexOf('<!--');
    if (commentStart !== -1) {
      inComment = true;
      line = line.slice(0, commentStart);
    }

    if (line.trim() === '') {
      endParagraph();
      previousPlain = null;
      continue;
    }
    if (SETEXT_H1.test(line) && previousPlain) {
      // The line before was a level-1 heading, not a paragraph.
      if (firstHeading === null) firstHeading = previousPlain.text;
      if (!paragraphDone && paragraph.length === 1) paragraph = [];
      previousPlain = null;
      continue;
    }
    if (THEMATIC_BREAK.test(line) || TABLE_DIVIDER.test(line) || REFERENCE_DEFINITION.test(line)) {
      endParagraph();
      previousPlain = null;
      continue;
    }

    const heading = ATX_HEADING.exec(line);
    if (heading) {
      endParagraph();
      const text = inlineText(heading[2]!.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, ''), lineNumber, links);
      if (heading[1] === '#' && firstHeading === null && text !== '') firstHeading = text;
      if (text !== '') out.push(text);
      previousPlain = null;
      continue;
    }

    let isProse = true;
    let content = line;
    const quote = BLOCKQUOTE.exec(content);
    if (quote) content = content.slice(quote[0].length);
    if (quote && ALERT_MARKER.test(content)) continue;
    const item = LIST_ITEM.exec(content);
    if (item) {
      content = content.slice(item[0].length);
      isProse = false;
      inList = true;
    }
    const footnote = FOOTNOTE_DEFINITION.exec(content);
    if (footnote) {
      content = content.slice(footnote[0].length);
      isProse = false;
    }
    if (content.includes('|') && /^\s*\|/.test(content)) {
      content = content.replace(/(?<!\\)\|/g, ' ');
      isProse = false;
    }
    if (HTML_BLOCK_LINE.test(content)) isProse = false;

    const text = inlineText(content, lineNumber, links);
    if (text === '') continue;
    out.push(text);
    if (isProse && !paragraphDone) paragraph.push(text);
    else if (!isProse) endParagraph();
    previousPlain = isProse && !quote ? { text, index } : null;
  }
  endParagraph();
  return { text: out.join('\n'), firstHeading, firstParagraph, links };
}

/** Strips inline Markdown from one line and records the link targets it holds. Code spans are kept verbatim. */
export function inlineText(line: string, lineNumber: number, links: ArticleLink[] = []): string {
  if (!INLINE_SYNTAX.test(line)) return tidySpaces(line);
  if (PRIVATE_USE.test(line)) return proseText(line, lineNumber, links, null);
  // Code spans and escaped characters are held aside while the syntax around them is removed, so that a link
  // whose text is code (`[`x`](…)`) is still a link and `\*` is never emphasis.
  const held: string[] = [];
  const hold = (text: string) => {
    if (held.length >= HELD_LIMIT) return null;
    held.push(text);
    return String.fromCharCode(HELD_BASE + held.length - 1);
  };
  let masked = line.includes('`') ? holdCodeSpans(line, hold) : line;
  if (masked.includes('\\')) masked = masked.replace(ESCAPE, (whole, char: string) => hold(char) ?? whole);
  return proseText(masked, lineNumber, links, held);
}

/** Replaces each code span with what `hold` gives for its text; an unclosed run of backticks is plain text. */
function holdCodeSpans(line: string, hold: (text: string) => string | null): string {
  const runs = [...line.matchAll(BACKTICKS)];
  let out = '';
  let cursor = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    // A backslash before the opening run makes its first backtick literal.
    if (open.index > 0 && line[open.index - 1] === '\\' && open[0].length === 1) continue;
    const closeIndex = runs.findIndex((run, j) => j > i && run[0].length === open[0].length);
    if (closeIndex === -1) continue;
    const close = runs[closeIndex]!;
    const code = hold(line.slice(open.index + open[0].length, close.index).trim());
    if (code === null) break;
    out += line.slice(cursor, open.index) + code;
    cursor = close.index + close[0].length;
    i = closeIndex;
  }
  return out + line.slice(cursor);
}

/** Characters that start some inline syntax; a line without any of them is already plain text. */
const INLINE_SYNTAX = /[[!<*_~\\&`{]/;

function proseText(text: string, lineNumber: number, links: ArticleLink[], held: string[] | null): string {
  const release = (part: string) =>
    held === null || held.length === 0
      ? part
      : part.replace(HELD, (char) => held[char.charCodeAt(0) - HELD_BASE] ?? char);
  // Each pass runs only when its trigger character is present: most prose lines have one or two.
  if (text.includes('{{')) text = hugoRefsAsLinks(text);
  if (text.includes('[[')) {
    // Obsidian's [[note]], [[note|text]], ![[embed]]: a link read as its text (or the note's name), a picture as its text.
    text = text.replace(WIKILINK, (_match, embed: string, target: string, written: string | undefined) => {
      // An escaped `\|` (in a table) is held with the target: what follows it is the link's text.
      const whole = release(target);
      const bar = whole.indexOf('|');
      const name = wikiTarget(whole);
      links.push({ target: `[[${name}]]`, line: lineNumber });
      const view = wikilinkView(
        embed === '!',
        name,
        bar === -1 ? release(written?.trim() ?? '') : whole.slice(bar + 1).trim(),
      );
      return view.picture ? ` ${view.text} ` : view.text;
    });
  }
  if (text.includes('](')) {
    if (text.includes('![')) {
      text = text.replace(IMAGE, (_match, alt: string, target: string) => {
        if (target !== '') links.push({ target: release(target), line: lineNumber });
        return ` ${alt} `;
      });
    }
    text = text.replace(LINK, (_match, label: string, target: string) => {
      if (target !== '') links.push({ target: release(target), line: lineNumber });
      return label;
    });
  }
  if (text.includes('][')) text = text.replace(REFERENCE_LINK, '$1');
  if (text.includes('[^')) text = text.replace(FOOTNOTE_REFERENCE, '');
  if (text.includes('<')) text = text.replace(AUTOLINK, '$1').replace(HTML_TAG, ' ');
  if (text.includes('*') || text.includes('_') || text.includes('~')) text = stripEmphasis(text);
  // A backslash at the end of a line is a hard line break.
  if (text.endsWith('\\')) text = text.slice(0, -1);
  if (text.includes('&')) text = decodeText(text);
  return tidySpaces(release(text));
}

/**
 * Removes the emphasis and strike-through delimiters that pair up, by CommonMark's flanking rules: `*` may open
 * or close inside a word, `_` only at a word's edge; unpaired delimiters stay text. Linear: one pass over the
 * runs with a stack of openers.
 */
function stripEmphasis(text: string): string {
  const runs = [...text.matchAll(DELIMITER_RUN)];
  if (runs.length < 2) return text;
  const drop = new Set<number>();
  // One stack of openers per delimiter character, so each run is paired in constant time.
  const openers: Record<string, number[]> = { '*': [], _: [], '~': [] };
  for (const run of runs) {
    const char = run[0][0]!;
    const before = run.index === 0 ? ' ' : text[run.index - 1]!;
    const after = text[run.index + run[0].length] ?? ' ';
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    const canOpen = char === '_' ? left && (!right || isPunctuation(before)) : left;
    const canClose = char === '_' ? right && (!left || isPunctuation(after)) : right;
    const stack = openers[char]!;
    if (canClose && stack.length > 0) {
      drop.add(stack.pop()!);
      drop.add(run.index!);
    } else if (canOpen) {
      stack.push(run.index!);
    }
  }
  if (drop.size === 0) return text;
  let out = '';
  let cursor = 0;
  for (const run of runs) {
    if (!drop.has(run.index!)) continue;
    out += text.slice(cursor, run.index);
    cursor = run.index! + run[0].length;
  }
  return out + text.slice(cursor);
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0' || char === '\n';
}

const PUNCTUATION = /[\p{P}\p{S}]/u;

function isPunctuation(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80)
    return (
      (code >= 0x21 && code <= 0x2f) ||
      (code >= 0x3a && code <= 0x40) ||
      (code >= 0x5b && code <= 0x60) ||
      (code >= 0x7b && code <= 0x7e)
    );
  return PUNCTUATION.test(char);
}

const SEPARATOR = 0;
const LETTER = 1;
const IDEOGRAPH = 2;
/** Joins letters on both sides into one word (e-mail, U.S, don’t); otherwise separates. */
const JOINER = 3;

/** Classes of the ASCII characters, looked up rather than computed: this loop sees every character of an archive. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x27
    ? LETTER
    : code === 0x2d || code === 0x2e
      ? JOINER
      : SEPARATOR,
);

/** The class of a code point: Han, kana; whitespace and punctuation blocks (General, CJK, fullwidth); letters. */
function characterClass(code: number): number {
  if (code < 0x80) return ASCII_CLASS[code]!;
  if (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f)
  )
    return IDEOGRAPH;
  if (code === 0x2019) return JOINER;
  if (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0xab ||
    code === 0xbb ||
    code === 0xb7
  )
    return SEPARATOR;
  return LETTER;
}

/**
 * Counts words, with each Chinese or Japanese character counted as one, and the minutes they take to read.
 * A hand-written scan: this runs over every article on a cold index, where a Unicode regex costs seconds.
 */
export function countWords(text: string): { words: number; readingMinutes: number } {
  let words = 0;
  let ideographs = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) code = text.codePointAt(i++)!;
    const kind = characterClass(code);
    if (kind === LETTER) {
      // An apostrophe alone does not start a word.
      if (!inWord && code !== 0x27) {
        words++;
        inWord = true;
      }
    } else if (kind === IDEOGRAPH) {
      ideographs++;
      inWord = false;
    } else if (kind === SEPARATOR || !inWord || i + 1 >= length || characterClass(text.charCodeAt(i + 1)) !== LETTER) {
      inWord = false;
    }
  }
  const minutes = words / WORDS_PER_MINUTE + ideographs / IDEOGRAPHS_PER_MINUTE;
  return { words: words + ideographs, readingMinutes: words + ideographs === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}

/** Collapses runs of spaces and tabs and trims; most lines have none to collapse. */
function tidySpaces(text: string): string {
  return (text.includes('  ') || text.includes('\t') ? text.replace(SPACES, ' ') : text).trim();
}

/** Cuts `text` to at most `limit` characters at a word boundary, marking the cut with `…`. */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
