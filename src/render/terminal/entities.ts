/**
 * Decodes HTML character references in article text (marked leaves `&amp;` and `&eacute;` as written). Numeric
 * references and the common named ones are decoded here; the full HTML table (2,000+ names, from the `entities`
 * package) is loaded only for an article that uses a name outside this list, as few do.
 */

/** Turns `&name;`, `&#n;` and `&#xh;` into the characters they stand for. */
export type EntityDecoder = (text: string) => string;

const COMMON: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', copy: '©', reg: '®', trade: '™',
  mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  bull: '•', middot: '·', deg: '°', times: '×', divide: '÷', plusmn: '±', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** The decoder `text` needs: the built-in one, or the full table when the text names a rarer character. */
export async function entityDecoder(text: string): Promise<EntityDecoder> {
  for (const match of text.matchAll(REFERENCE)) {
    if (match[3] !== undefined && !Object.hasOwn(COMMON, match[3])) {
      const { decodeHTMLStrict } = await import('entities/decode');
      return decodeHTMLStrict;
    }
  }
  return decodeCommon;
}

/** Decodes numeric references and the common named ones; leaves any other name as written. */
export function decodeCommon(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return Object.hasOwn(COMMON, name) ? COMMON[name]! : whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    // As CommonMark says: NUL, surrogates and numbers past Unicode become the replacement character.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  });
}
