/**
 * The notes at the end of an article: a short rule, then each note as `[n]` with its text hanging beside the
 * number, in the order the text first refers to them.
 */
import { renderBlocks } from './blocks.js';
import { indented, type RenderContext } from './context.js';
import { appendLines, prefixLines, span, spaces, type Line } from './spans.js';

export function renderFootnotes(context: RenderContext): Line[] {
  const notes = context.notes.numbered();
  if (notes.length === 0) return [];
  const markerWidth = `[${notes.length}]`.length;
  const inner = indented(context, markerWidth + 1);
  const out: Line[] = [[span('─'.repeat(Math.min(context.width, 20)), ['rule'])]];
  for (const { number, note } of notes) {
    const marker = span(`[${number}]`.padStart(markerWidth), ['link']);
    const content = renderBlocks(note.tokens, inner ?? context);
    const lines = content.length > 0 ? content : [[]];
    if (!inner) out.push([marker]);
    appendLines(out, inner ? prefixLines(lines, [marker, span(' ')], spaces(markerWidth + 1)) : lines);
  }
  return out;
}
