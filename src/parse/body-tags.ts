/**
 * Tags written in the body, as Obsidian writes them: `#tag` and `#nested/tag` in prose. Read from the tokens of
 * the one Markdown reader, so what is code (spans and blocks), a heading, a link (its text and its address, so
 * `page#section` in a URL), an escaped `\#`, raw HTML or a character reference (`&#123;`) is never a tag. As in
 * Obsidian, a tag starts after a space or at the start of a line, holds letters, digits, `_`, `-` and `/`, and is
 * not a number alone (`#1`, an issue's number). Bodies without anything that could be a tag are not lexed.
 */
import type { Token, Tokens } from 'marked';
import { lexMarkdown } from './markdown.js';

/** Letters (any script, with their marks), digits, `_`, `-`, `/`. */
const TAG = /(?<=^|\s)#([\p{L}\p{M}\p{N}_\-/]{1,100})/gu;
/** What a body must hold for a tag to be possible: checked on the raw text before lexing. */
const MAYBE_TAG = /(?:^|\s)#[\p{L}\p{M}\p{N}_\-/]/u;
const NUMBER_ONLY = /^[\p{N}/_-]*$/u;
/** Stands for inline parts that are not prose (code, links, escapes): not a space, so no tag starts after it. */
const NOT_PROSE = '\u0000';

/** The tags written in `body`, in order of first appearance, each once (any case). */
export function bodyTags(body: string): string[] {
  if (!MAYBE_TAG.test(body)) return [];
  const lexed = lexMarkdown(body);
  // A body read as plain text (too large, nested too deeply) has no tokens to tell code from prose.
  if (lexed.plainBecause !== undefined) return [];
  const tags: string[] = [];
  const seen = new Set<string>();
  const read = (text: string) => {
    for (const match of text.matchAll(TAG)) {
      const tag = match[1]!.replace(/\/+$/, '');
      if (tag === '' || tag.startsWith('/') || NUMBER_ONLY.test(tag)) continue;
      const key = tag.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      tags.push(tag);
    }
  };
  walkBlocks(lexed.tokens, read);
  return tags;
}

function walkBlocks(tokens: readonly Token[], read: (text: string) => void): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'code':
      case 'heading':
      case 'html':
      case 'space':
      case 'hr':
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) walkBlocks(item.tokens, read);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const cell of table.header) read(inlineProse(cell.tokens));
        for (const row of table.rows) for (const cell of row) read(inlineProse(cell.tokens));
        break;
      }
      case 'paragraph':
        read(inlineProse((token as Tokens.Paragraph).tokens));
        break;
      case 'text': {
        // A list item's text: inline tokens of its own.
        const text = token as Tokens.Text;
        if (text.tokens) read(inlineProse(text.tokens));
        else read(text.text);
        break;
      }
      default:
        // Block quotes, alerts, footnotes and other containers hold blocks.
        if ('tokens' in token && Array.isArray(token.tokens)) walkBlocks(token.tokens as Token[], read);
    }
  }
}

/** The prose of inline tokens as one string, with what is not prose standing as NOT_PROSE. */
function inlineProse(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        text +=
          'tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0
            ? inlineProse(token.tokens as Token[])
            : (token as Tokens.Text).raw;
        break;
      case 'strong':
      case 'em':
      case 'del':
        text += inlineProse((token as Tokens.Strong).tokens);
        break;
      case 'br':
        text += '\n';
        break;
      default:
        // Code spans, links, pictures, escapes, raw HTML, footnote references.
        text += NOT_PROSE;
    }
  }
  return text;
}
