/**
 * Turns a finished line of spans into a string, through the theme. Neighbouring spans that share a style are
 * styled together (`<strong>a <emphasis>b</emphasis></strong>`, one pair of escape codes rather than one per
 * span), and the spans of one link are wrapped in a terminal hyperlink when the caller can draw one.
 */
import type { Theme } from '../theme.js';
import type { Line, Span } from './spans.js';

/** Wraps painted text in a terminal hyperlink to `url` (made by the CLI, which knows the terminal). */
export type Hyperlinker = (text: string, url: string) => string;

/** Paints one line. */
export function paintLine(line: Line, theme: Theme, hyperlink?: Hyperlinker): string {
  let out = '';
  let index = 0;
  while (index < line.length) {
    const link = line[index]!.link;
    let end = index + 1;
    while (end < line.length && line[end]!.link === link) end++;
    const painted = paintRoles(line.slice(index, end), 0, theme);
    out += link && hyperlink ? hyperlink(painted, link.url) : painted;
    index = end;
  }
  return out;
}

function paintRoles(spans: readonly Span[], depth: number, theme: Theme): string {
  let out = '';
  let index = 0;
  while (index < spans.length) {
    const role = spans[index]!.roles[depth];
    let end = index + 1;
    while (end < spans.length && spans[end]!.roles[depth] === role) end++;
    const group = spans.slice(index, end);
    out +=
      role === undefined ? group.map((piece) => piece.text).join('') : theme[role](paintRoles(group, depth + 1, theme));
    index = end;
  }
  return out;
}
