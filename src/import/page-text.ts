/**
 * Turns the bytes of a saved page into text. UTF-8 and UTF-16 (with a byte-order mark) are read as the archive
 * reads them; a page that is not UTF-8 is read in the character set its `<meta charset>` declares (saved pages
 * from older sites are often windows-1251, koi8-r, shift_jis, gb2312…). Without a declaration, text that is
 * plainly Cyrillic in windows-1251 or KOI8-R is read as such (a note says it was a guess), and anything else
 * as Windows-1252. Files with NUL bytes are binary and refused.
 */
import { decodeText } from '../archive/decode.js';

export type PageText = { text: string; note?: string } | { refused: string };

/** How far into a page browsers look for a charset declaration. */
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})/i;

const WINDOWS_1252_FAMILY = /^(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin-?1|l1|us-ascii|ascii|x-cp1252)$/;

/** Decodes a page; `html` enables the `<meta charset>` look-up. Writes a note when the result is a guess. */
export function decodePage(bytes: Uint8Array, html: boolean): PageText {
  const decoded = decodeText(bytes);
  if (decoded.kind === 'binary') return { refused: 'binary file (not text)' };
  // UTF-8 and UTF-16 are read exactly; the article is written as UTF-8 whatever the page was.
  if (decoded.kind !== 'windows-1252') return { text: decoded.text };

  const guess = guessSingleByte(bytes, decoded.text);
  if (!html) return guess;
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (declared === undefined || /^utf-?8$/.test(declared)) return guess;
  if (WINDOWS_1252_FAMILY.test(declared)) return { text: decoded.text };
  try {
    return { text: new TextDecoder(declared).decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return { text: decoded.text, note: `unknown character set '${declared}'; read as Windows-1252` };
  }
}

/** Bytes 0xC0–0xFF: accented letters in Windows-1252, Cyrillic letters in windows-1251 and KOI8-R. */
const HIGH_LETTER = /[\u00c0-\u00ff]/g;
const LATIN_LETTER = /[A-Za-z]/g;
const CYRILLIC_LOWER = /[\u0430-\u044f\u0451\u0456\u045e]/g;
const CYRILLIC = /[\u0400-\u04ff]/g;

/**
 * Reads single-byte text without a declared character set. Western text has a few accented letters among many
 * plain ones; Cyrillic text read as Windows-1252 is made almost wholly of them. Between windows-1251 and KOI8-R,
 * the right one is the one whose letters are mostly lower case, as prose is.
 */
function guessSingleByte(bytes: Uint8Array, western: string): { text: string; note: string } {
  const high = western.match(HIGH_LETTER)?.length ?? 0;
  const plain = western.match(LATIN_LETTER)?.length ?? 0;
  if (high >= 20 && high > plain) {
    let best: { text: string; encoding: string; lower: number } | null = null;
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const text = new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
      const cyrillic = text.match(CYRILLIC)?.length ?? 0;
      const lower = cyrillic === 0 ? 0 : (text.match(CYRILLIC_LOWER)?.length ?? 0) / cyrillic;
      if (lower > 0.6 && (best === null || lower > best.lower)) best = { text, encoding, lower };
    }
    if (best) return { text: best.text, note: `not valid UTF-8; read as ${best.encoding} (its letters are Cyrillic)` };
  }
  return { text: western, note: 'not valid UTF-8; read as Windows-1252' };
}
