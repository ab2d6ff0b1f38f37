/**
 * Which URLs an article may link to or embed. Article text is data: a link is kept only when it is relative
 * or uses a scheme on the allow-list, judged the way a browser reads it (browsers drop tabs and newlines
 * inside a URL and ignore leading spaces and controls, so `java\tscript:` is still `javascript:`).
 */
import { namedLink } from '../parse/article-links.js';

const LINK_SCHEMES = new Set([
  'http',
  'https',
  'mailto',
  'tel',
  'ftp',
  'sftp',
  'news',
  'irc',
  'ircs',
  'xmpp',
  'geo',
  'magnet',
]);
const IMAGE_SCHEMES = new Set(['http', 'https']);

// What a browser strips before reading a scheme: ASCII controls and spaces at the start, tab and newlines anywhere.
const LEADING_JUNK = /^[\u0000-\u0020]+/;
const INNER_JUNK = /[\t\n\r]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** Returns the URL when an `<a href>` may point to it, otherwise null. Relative URLs are always kept. */
export function safeLinkUrl(url: string): string | null {
  // A wikilink, Zola or Hugo link that no file of the archive answers is no address at all: its text is shown alone.
  if (namedLink(url) !== null) return null;
  return checked(url, LINK_SCHEMES);
}

/** Returns the URL when an `<img src>` may load it (http, https or relative), otherwise null. */
export function safeImageUrl(url: string): string | null {
  if (namedLink(url) !== null) return null;
  return checked(url, IMAGE_SCHEMES);
}

function checked(url: string, schemes: ReadonlySet<string>): string | null {
  const cleaned = url.replace(LEADING_JUNK, '').replace(INNER_JUNK, '');
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) return null;
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined) return schemes.has(scheme) ? cleaned : null;
  // Something before the first `/`, `?` or `#` with a colon is a scheme the pattern did not accept (`1:x`, `:x`).
  const head = cleaned.split(/[/?#]/, 1)[0]!;
  if (head.includes(':')) return null;
  return cleaned;
}
