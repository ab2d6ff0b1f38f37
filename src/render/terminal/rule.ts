/**
 * Horizontal rules (`---`): a line across the width.
 */
import type { RenderContext } from './context.js';
import { span, type Line } from './spans.js';

export function renderRule(context: RenderContext): Line[] {
  return [[span('─'.repeat(context.width), ['rule'])]];
}
