/**
 * GFM footnotes for marked, which has none of its own: `[^label]` in text becomes a `footnoteRef` token and a
 * `[^label]: text` definition (continued by lines indented four spaces) a `footnote` block token holding the
 * note's own blocks. Renderers number the notes and print them where they like.
 */
import type { MarkedExtension, Token, TokenizerAndRendererExtension } from 'marked';

export interface FootnoteRefToken {
  type: 'footnoteRef';
  raw: string;
  label: string;
}

export interface FootnoteToken {
  type: 'footnote';
  raw: string;
  label: string;
  tokens: Token[];
}

const DEFINITION = /^ {0,3}\[\^([^\]\s]{1,100})\]:[ \t]?/;
const DEFINITION_ANYWHERE = /^ {0,3}\[\^[^\]\s]{1,100}\]:/m;
const REFERENCE = /^\[\^([^\]\s]{1,100})\]/;
const INDENTED = /^(?: {4}|\t)/;
/** Lines that end a definition's paragraph when they are not indented (they start blocks of their own). */
const INTERRUPTS = /^ {0,3}(?:[-+*] |\d{1,9}[.)] |#{1,6}(?:[ \t]|$)|>|```|~~~|\[\^[^\]\s]{1,100}\]:)/;

/** Footnote tokenizers for a Marked instance. Definitions inside definitions are read as text. */
export function footnoteExtension(): MarkedExtension {
  let definitionDepth = 0;
  const definition: TokenizerAndRendererExtension = {
    name: 'footnote',
    level: 'block',
    // Only looks as far as the end of the current paragraph: scanning the whole rest of the document from every
    // block would make long documents quadratic.
    start(src) {
      const end = src.indexOf('\n\n');
      const match = DEFINITION_ANYWHERE.exec(end === -1 ? src : src.slice(0, end));
      return match?.index;
    },
    tokenizer(src) {
      if (definitionDepth > 0) return undefined;
      const head = DEFINITION.exec(src);
      if (!head) return undefined;
      const lines = src.split('\n');
      const content = [lines[0]!.slice(head[0].length)];
      let consumed = 1;
      let blankRun = 0;
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        if (line.trim() === '') {
          blankRun++;
          continue;
        }
        const indented = INDENTED.test(line);
        // A lazy line continues the note's paragraph only when it directly follows text.
        const lazy = blankRun === 0 && !INTERRUPTS.test(line) && content.at(-1)!.trim() !== '';
        if (!indented && !lazy) break;
        for (let blank = 0; blank < blankRun; blank++) content.push('');
        content.push(indented ? line.replace(INDENTED, '') : line);
        consumed = i + 1;
        blankRun = 0;
      }
      const raw = lines.slice(0, consumed).join('\n') + (consumed < lines.length ? '\n' : '');
      const token: FootnoteToken = { type: 'footnote', raw, label: head[1]!, tokens: [] };
      definitionDepth++;
      try {
        this.lexer.blockTokens(content.join('\n'), token.tokens);
      } finally {
        definitionDepth--;
      }
      return token;
    },
    renderer: () => '',
  };
  const reference: TokenizerAndRendererExtension = {
    name: 'footnoteRef',
    level: 'inline',
    // No `start`: `[` already ends a run of plain text, so the tokenizer is tried at every `[`.
    tokenizer(src) {
      const match = REFERENCE.exec(src);
      if (!match) return undefined;
      const token: FootnoteRefToken = { type: 'footnoteRef', raw: match[0], label: match[1]! };
      return token;
    },
    renderer: () => '',
  };
  return { extensions: [definition, reference] };
}
