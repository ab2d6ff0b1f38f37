/**
 * What every block renderer is given: the columns it may fill, and the article-wide state it shares (footnote
 * numbers, the code highlighter, search hits to mark).
 */
import type { Token } from 'marked';
import type { FootnoteToken } from '../../parse/markdown-footnotes.js';
import type { EntityDecoder } from './entities.js';
import type { CodeHighlighter } from './syntax.js';
import type { HitMatcher } from './hits.js';

export interface RenderContext {
  /** Columns available to this block. */
  width: number;
  /** How many lists this block is inside, for the bullet shapes. */
  listDepth: number;
  /** Whether links will be drawn as terminal hyperlinks (then their URLs are not printed beside them). */
  hyperlinks: boolean;
  notes: FootnoteBook;
  code: CodeHighlighter | null;
  hits: HitMatcher | null;
  /** Show emphasis, strong, strike and code with their Markdown marks, for output without colour. */
  markers: boolean;
  /** Decodes character references in article text. */
  decode: EntityDecoder;
}

/** Containers stop indenting their content when fewer columns than this would remain. */
export const MIN_CONTENT_WIDTH = 8;

/** The context for content indented by `indent` columns, or null when that would leave it too narrow. */
export function indented(context: RenderContext, indent: number): RenderContext | null {
  return context.width - indent >= MIN_CONTENT_WIDTH ? { ...context, width: context.width - indent } : null;
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
