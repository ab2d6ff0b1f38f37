/**
 * Character references (`&amp;`, `&#106;`, `&eacute;`) decoded as CommonMark reads them: numeric ones and the
 * common names here; the full HTML table (2,000+ names, from the `entities` package, ~60 ms to load) only for
 * text that names a rarer character, as few articles do. Pure and synchronous.
 */
import { createRequire } from 'node:module';

const COMMON: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  hearts: '♥',
};

export const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Whether `name` is one of the names decoded without the full table. */
export function isCommonName(name: string): boolean {
  return Object.hasOwn(COMMON, name);
}

/** Decodes numeric references and the common named ones; leaves any other name as written. */
export function decodeCommon(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return Object.hasOwn(COMMON, name) ? COMMON[name]! : whole;
      return fromCodePoint(decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16));
    },
  );
}

let fullTable: ((text: string) => string) | undefined;

/** Decodes every reference HTML defines, loading the full table only when a rarer name occurs. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  let rare = false;
  for (const match of text.matchAll(REFERENCE)) {
    if (match[3] !== undefined && !Object.hasOwn(COMMON, match[3])) {
      rare = true;
      break;
    }
  }
  if (!rare) return decodeCommon(text);
  fullTable ??= (createRequire(import.meta.url)('entities/decode') as { decodeHTMLStrict: (text: string) => string })
    .decodeHTMLStrict;
  return fullTable(text);
}

/** As CommonMark says: NUL, surrogates and numbers past Unicode become the replacement character. */
function fromCodePoint(code: number): string {
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
}
