/**
 * Makes article text safe for a terminal. Titles, bodies and file names are data: escape sequences and other
 * control characters in them are shown as visible escapes (`\x1b`), never passed through, so only folio's own
 * styling reaches the terminal.
 */

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides that can reorder a line.
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x09 || code === 0x0a || code === 0x0d) return ' ';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For one-line fields (titles, tags, paths): controls become visible escapes, tabs and newlines spaces. */
export function safeLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, visible);
}

/** For multi-line text (bodies, snippets): keeps newlines and tabs, makes every other control visible. */
export function safeBlock(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, visible);
}
