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

/**
 * The article's footnotes: definitions found anywhere in the body, numbered in the order they are first
 * referenced (as GitHub does).
 */
export class FootnoteBook {
  private readonly definitions = new Map<string, FootnoteToken>();
  private readonly numbers = new Map<string, number>();

  constructor(tokens: readonly Token[]) {
    this.collect(tokens);
  }

  /** The number of the note `label`, assigned on first use; undefined when the article never defines it. */
  numberFor(label: string): number | undefined {
    if (!this.definitions.has(label)) return undefined;
    let number = this.numbers.get(label);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(label, number);
    }
    return number;
  }

  /** Every definition with its number: referenced ones first, in number order, then the rest. */
  numbered(): { number: number; note: FootnoteToken }[] {
    for (const label of this.definitions.keys()) this.numberFor(label);
    return [...this.numbers].map(([label, number]) => ({ number, note: this.definitions.get(label)! }));
  }

  get size(): number {
    return this.definitions.size;
  }

  private collect(tokens: readonly Token[]): void {
    for (const token of tokens) {
      if (token.type === 'footnote') {
        const note = token as unknown as FootnoteToken;
        if (!this.definitions.has(note.label)) this.definitions.set(note.label, note);
        continue;
      }
      if (token.type === 'list') this.collect(token.items);
      else if ('tokens' in token && Array.isArray(token.tokens)) this.collect(token.tokens);
    }
  }
}
