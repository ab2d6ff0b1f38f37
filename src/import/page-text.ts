/**
 * Turns the bytes of a saved page into text. UTF-8 and UTF-16 (with a byte-order mark) are read as the archive
 * reads them; a page that is not UTF-8 is read in the character set its `<meta charset>` declares (saved pages
 * from older sites are often windows-1251, koi8-r, shift_jis, gb2312…), else as Windows-1252. Files with NUL bytes
 * are binary and refused.
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

  const guess = { text: decoded.text, note: 'not valid UTF-8; read as Windows-1252' };
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
