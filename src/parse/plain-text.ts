/**
 * The plain text of lexed Markdown: what search, snippets, the JSON export's `text` and the site's search read.
 * One line per source line that carried text, Markdown syntax removed: link and image text without their
 * targets, code as written, table cells separated by spaces, footnote references left out, raw HTML tags
 * dropped with the text between them kept, character references decoded.
 *
 * This is the definition; the index reads the same text with a faster line scanner (body-text.ts), kept equal
 * to this one by a test over every case file in test/render/cases.
 */
import type { Token, Tokens } from 'marked';
import { decodeReferences } from './entities.js';

/** The text of `tokens` from `lexMarkdown`. */
export function plainText(tokens: readonly Token[]): string {
  const out: string[] = [];
  blocks(tokens, out);
  return tidyLines(out.join(''));
}

/** Collapses runs of spaces and tabs, trims each line and leaves out empty ones. */
export function tidyLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const tidy = line.replace(SPACES, ' ').trim();
    if (tidy !== '') lines.push(tidy);
  }
  return lines.join('\n');
}

const SPACES = /[ \t]+/g;
// Controls a character reference may produce; the text reaches terminals through snippets.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?\/?>/g;

/** Character references decoded as they are in text; the controls they stand for become spaces. */
export function decodeText(text: string): string {
  return text.includes('&') ? decodeReferences(text).replace(CONTROLS, ' ') : text;
}

/** The text of raw HTML: comments left out, each tag a space. */
export function htmlText(html: string): string {
  return decodeText(html.replace(COMMENT, ' ').replace(TAG, ' '));
}

function blocks(tokens: readonly Token[], out: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
      case 'checkbox':
        break;
      case 'code':
        out.push((token as Tokens.Code).text, '\n');
        break;
      case 'html':
        out.push(htmlText(token.text), '\n');
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) blocks(item.tokens, out);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          for (const cell of row) out.push(' ', inline(cell.tokens), ' ');
          out.push('\n');
        }
        break;
      }
      case 'paragraph':
      case 'heading':
      case 'text':
        out.push('tokens' in token && token.tokens ? inline(token.tokens) : decodeText(token.text ?? ''), '\n');
        break;
      default:
        // Block quotes, alerts, footnote definitions and any other container: their blocks.
        if ('tokens' in token && Array.isArray(token.tokens)) blocks(token.tokens, out);
        else if ('text' in token && typeof token.text === 'string') out.push(decodeText(token.text), '\n');
    }
  }
}

function inline(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'escape':
      case 'codespan':
        text += token.text;
        break;
      case 'br':
        text += '\n';
        break;
      case 'html':
        text += ' ';
        break;
      case 'image':
        text += ` ${decodeText((token as Tokens.Image).text)} `;
        break;
      case 'footnoteRef':
      case 'checkbox':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) text += inline(token.tokens);
        else if ('text' in token && typeof token.text === 'string') text += decodeText(token.text);
    }
  }
  return text;
}
