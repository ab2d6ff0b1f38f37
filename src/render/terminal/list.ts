/**
 * Lists, ordered and not, nested, with task boxes. Item text wraps under itself, never under the marker:
 * numbers are right-aligned (` 9.` above `10.`) and every item of a list starts in the same column.
 */
import type { Token, Tokens } from 'marked';
import { renderBlocks } from './blocks.js';
import { indented, type RenderContext } from './context.js';
import { appendLines, prefixLines, span, spaces, type Line } from './spans.js';
import { textWidth } from '../text-width.js';

/** Bullets by depth, repeating past the third level. */
const BULLETS = ['•', '◦', '▪'];
const TASK_DONE = '[✓]';
const TASK_OPEN = '[ ]';

export function renderList(token: Tokens.List, context: RenderContext): Line[] {
  const start = typeof token.start === 'number' ? token.start : 1;
  const markers = token.items.map((item, index) => {
    if (item.task && !token.ordered) return item.checked ? TASK_DONE : TASK_OPEN;
    return token.ordered ? `${start + index}.` : BULLETS[context.listDepth % BULLETS.length]!;
  });
  const markerWidth = markers.reduce((widest, marker) => Math.max(widest, textWidth(marker)), 0);
  const indent = markerWidth + 1;
  const inner = indented(context, indent);
  const out: Line[] = [];
  token.items.forEach((item, index) => {
    if (index > 0 && token.loose) out.push([]);
    const childContext = { ...(inner ?? context), listDepth: context.listDepth + 1 };
    const content = renderBlocks(itemTokens(item, token.ordered), childContext, !token.loose);
    const marker = markers[index]!;
    const markerSpans = [span(' '.repeat(markerWidth - textWidth(marker)) + marker, ['bullet'])];
    if (!inner) {
      // Too narrow to indent: the marker gets a line of its own and the content the full width.
      out.push(markerSpans);
      appendLines(out, content);
      return;
    }
    const lines = content.length > 0 ? content : [[]];
    appendLines(out, prefixLines(lines, [...markerSpans, span(' ')], spaces(indent)));
  });
  return out;
}

/** The blocks of an item, without the checkbox token (the marker shows it); ordered tasks keep a box in the text. */
function itemTokens(item: Tokens.ListItem, ordered: boolean): Token[] {
  const tokens = item.tokens.filter((token) => token.type !== 'checkbox');
  if (!item.task) return tokens;
  const first = tokens[0];
  if (first && (first.type === 'paragraph' || first.type === 'text') && 'tokens' in first && first.tokens) {
    const inline = first.tokens.filter((token) => token.type !== 'checkbox');
    const box = ordered
      ? [{ type: 'text', raw: '', text: `${item.checked ? TASK_DONE : TASK_OPEN} ` } as Tokens.Text]
      : [];
    return [{ ...first, tokens: [...box, ...inline] } as Token, ...tokens.slice(1)];
  }
  return tokens;
}
