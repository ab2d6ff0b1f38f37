/**
 * Decides how a link target is shown in a terminal. Only web and mail addresses may become terminal hyperlinks,
 * and only in a form that cannot carry a control sequence: printable ASCII, everything else percent-encoded.
 * Anything else (relative paths, `javascript:`, fragments) is shown as text, never made clickable.
 */
import { wikilinkLabel } from '../../parse/article-links.js';
import type { EntityDecoder } from './entities.js';
import { cleanLiteral } from './text.js';

const WIKILINK_HREF = /^\[\[([^\[\]]*)\]\]$/;
const OPENABLE_SCHEME = /^(?:https?|ftp|mailto):/i;
/** Longer URLs are shown, not linked: terminals cap hyperlink targets, some at about 2 KB. */
const MAX_URL_LENGTH = 2048;
const utf8 = new TextEncoder();
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export interface LinkView {
  /** The target as text to show beside the link, or '' when showing it adds nothing. */
  shown: string;
  /** The URL a terminal hyperlink may open, when the target is one. */
  openable?: string;
}

/**
 * Works out how to show a link to `href` (decoded already: see parse/markdown-destinations.ts) whose text (as
 * written, not yet made safe) is `text`. `literal` is set for autolinks, whose text is written exactly as it reads.
 */
export function viewLink(href: string, text: string, decode: EntityDecoder, literal = false): LinkView {
  // A wikilink or Hugo ref shows the note it names, beside its text only when the text says something else.
  const wiki = WIKILINK_HREF.exec(href.trim());
  const target = wiki ? wiki[1]! : href.trim().replace(/^ref:/, '');
  if (!literal) text = decode(text);
  if (wiki && text === wikilinkLabel(target)) return { shown: '' };
  const openable = toOpenable(target);
  const sameAsText = target === text || target === `mailto:${text}` || target.replace(/^https?:\/\//, '') === text;
  const shown = target === '' || target.startsWith('#') || sameAsText ? '' : cleanLiteral(target);
  return openable === undefined ? { shown } : { shown, openable };
}

/** `url` in a form safe inside a terminal hyperlink, or undefined when it must not be opened. */
export function toOpenable(url: string): string | undefined {
  // A target holding control characters is broken or hostile: shown (made visible), never opened.
  if (!OPENABLE_SCHEME.test(url) || CONTROL.test(url)) return undefined;
  let encoded = '';
  for (const char of url) {
    const code = char.codePointAt(0)!;
    if (code > 0x20 && code < 0x7f) encoded += char;
    else
      encoded += [...utf8.encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return encoded.length <= MAX_URL_LENGTH ? encoded : undefined;
}
