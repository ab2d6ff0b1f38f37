/**
 * Block-level Markdown to lines: hands each token to its renderer and puts one blank line between blocks
 * (none inside tight list items). Link definitions and footnote definitions print nothing here.
 */
import type { Token, Tokens } from 'marked';
import type { AlertToken } from '../../parse/markdown-alerts.js';
import { renderAlert, renderBlockquote } from './blockquote.js';
import { renderCodeBlock } from './code-block.js';
import type { RenderContext } from './context.js';
import { renderHeading } from './heading.js';
import { renderHtmlBlock } from './html-block.js';
import { renderList } from './list.js';
import { renderParagraph } from './paragraph.js';
import { renderRule } from './rule.js';
import { appendLines, type Line } from './spans.js';
import { renderTable } from './table.js';

/** Renders `tokens` one after the other; `tight` leaves out the blank lines between them. */
export function renderBlocks(tokens: readonly Token[], context: RenderContext, tight = false): Line[] {
  const out: Line[] = [];
  for (const token of tokens) {
    const lines = renderBlock(token, context);
    if (lines.length === 0) continue;
    if (out.length > 0 && !tight) out.push([]);
    appendLines(out, lines);
  }
  return out;
}

function renderBlock(token: Token, context: RenderContext): Line[] {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return renderParagraph(token as Tokens.Paragraph | Tokens.Text, context);
    case 'heading':
      return renderHeading(token as Tokens.Heading, context);
    case 'list':
      return renderList(token as Tokens.List, context);
    case 'blockquote':
      return renderBlockquote(token as Tokens.Blockquote, context);
    case 'alert':
      return renderAlert(token as unknown as AlertToken, context);
    case 'code':
      return renderCodeBlock(token as Tokens.Code, context);
    case 'table':
      return renderTable(token as Tokens.Table, context);
    case 'hr':
      return renderRule(context);
    case 'html':
      return renderHtmlBlock(token as Tokens.HTML, context);
    case 'space':
    case 'def':
    case 'footnote':
    case 'checkbox':
      return [];
    default:
      // A token kind this renderer does not know still shows its text.
      if ('tokens' in token && Array.isArray(token.tokens)) return renderBlocks(token.tokens, context);
      return 'text' in token && typeof token.text === 'string'
        ? renderParagraph({ type: 'text', raw: token.raw, text: token.text }, context)
        : [];
  }
}
