/**
 * Decides, before a Markdown body reaches the parser, whether it is safe to parse. marked overflows the stack on
 * blockquotes nested a couple of thousand deep, grows quadratically (then runs out of memory) on lists nested
 * hundreds deep, and takes time quadratic in the length of a run of text without spaces that holds emphasis
 * markers (`a_b_c_…`: 60 KB took 2 s, 200 KB a minute). No real article comes near these bounds, so a body
 * beyond them is shown as plain text instead of being parsed. Linear in the length of the body.
 */

/** Deeper blockquotes than this are not parsed (marked overflows the stack near 2,000). */
export const MAX_QUOTE_DEPTH = 100;
/** Lines indented further than this many columns are not real nested lists (each level is 2–4 columns). */
export const MAX_INDENT_COLUMNS = 400;
/** A run of text without spaces longer than this, holding more emphasis markers than the next bound, is refused. */
export const MAX_DENSE_RUN = 2000;
export const MAX_MARKERS_IN_RUN = 200;
/** Bodies larger than this are shown as plain text: no article needs it, and parsing time grows with size. */
export const MAX_PARSED_BYTES = 4 * 1024 * 1024;

/** Returns why `body` must not be parsed as Markdown, or null when it may be. */
export function markdownRisk(body: string): string | null {
  if (body.length > MAX_PARSED_BYTES) return `larger than ${MAX_PARSED_BYTES / 1024 / 1024} MiB`;
  let lineStart = 0;
  let fence: string | null = null;
  let run = 0;
  let markers = 0;
  while (lineStart < body.length) {
    let end = body.indexOf('\n', lineStart);
    if (end === -1) end = body.length;
    // Code blocks are not parsed for emphasis: their long runs (minified code) are harmless.
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(body.slice(lineStart, Math.min(end, lineStart + 40)))?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) fence = fence === null ? fenceMark : null;
    // A run cannot outgrow a line, so lines within the bound need no scan (nearly all lines of nearly all bodies).
    else if (fence === null && end - lineStart > MAX_DENSE_RUN) {
      for (let i = lineStart; i < end; i++) {
        const char = body.charCodeAt(i);
        if (char === 0x20 || char === 0x09) {
          run = 0;
          markers = 0;
          continue;
        }
        run++;
        if (char === 0x5f || char === 0x2a || char === 0x7e) markers++;
        if (run > MAX_DENSE_RUN && markers > MAX_MARKERS_IN_RUN) return `a run of over ${MAX_DENSE_RUN} characters without spaces holds ${MAX_MARKERS_IN_RUN}+ emphasis markers`;
      }
    }
    // A line break ends a run too: the quadratic cost is within one line of text.
    run = 0;
    markers = 0;
    let columns = 0;
    let quotes = 0;
    for (let i = lineStart; i < end; i++) {
      const char = body.charCodeAt(i);
      if (char === 0x20) columns++;
      else if (char === 0x09) columns += 4 - (columns % 4);
      else if (char === 0x3e) quotes++;
      else break;
      if (quotes > MAX_QUOTE_DEPTH) return `blockquotes nested more than ${MAX_QUOTE_DEPTH} deep`;
      if (columns > MAX_INDENT_COLUMNS) return `indented more than ${MAX_INDENT_COLUMNS} columns (nesting too deep)`;
    }
    lineStart = end + 1;
  }
  return null;
}
