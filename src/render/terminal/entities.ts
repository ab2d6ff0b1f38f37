/**
 * Decodes HTML character references in article text (marked leaves `&amp;` and `&eacute;` as written), for the
 * terminal, which loads the full table asynchronously before rendering so that `show` starts fast.
 */
import { decodeCommon, isCommonName, REFERENCE } from '../../parse/entities.js';

export { decodeCommon };

/** Turns `&name;`, `&#n;` and `&#xh;` into the characters they stand for. */
export type EntityDecoder = (text: string) => string;

/** The decoder `text` needs: the built-in one, or the full table when the text names a rarer character. */
export async function entityDecoder(text: string): Promise<EntityDecoder> {
  for (const match of text.matchAll(REFERENCE)) {
    if (match[3] !== undefined && !isCommonName(match[3])) {
      const { decodeHTMLStrict } = await import('entities/decode');
      return decodeHTMLStrict;
    }
  }
  return decodeCommon;
}
