/**
 * Measures how deeply a page's tags nest, in one linear pass over its text, before the page is parsed. The HTML
 * parser takes time that grows with the square of the nesting depth (fifty thousand nested `<div>`s take many
 * seconds), so a page nested beyond any real page is refused before it is parsed. Elements that close themselves
 * (`<p>`, `<li>`, `<td>`…) and void elements are not counted, nor are tags inside comments, scripts and styles.
 */

/** No real page comes near this; browsers themselves flatten trees past 512 levels. */
export const MAX_NESTING = 1000;

const VOID_OR_SELF_CLOSING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
  'html',
  'head',
  'body',
  'frame',
  'keygen',
  'command',
  'basefont',
  'bgsound',
  'image',
  'isindex',
]);

const TOKENS =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|noembed|noframes|plaintext)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,60})\b[^<>]*?(\/?)>/gi;

/** The deepest nesting of elements in `html`, counted up to `limit` + 1. */
export function nestingDepth(html: string, limit = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  TOKENS.lastIndex = 0;
  for (let match = TOKENS.exec(html); match !== null; match = TOKENS.exec(html)) {
    const name = match[3]?.toLowerCase();
    if (name === undefined || VOID_OR_SELF_CLOSING.has(name) || match[4] === '/') continue;
    if (match[2] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) {
      deepest = depth;
      if (deepest > limit) break;
    }
  }
  return deepest;
}
