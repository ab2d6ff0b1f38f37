/**
 * Folding for comparisons that should ignore case and Latin accents (`Élection` = `election`), while keeping
 * other scripts intact (Cyrillic `й` is not `и`).
 */

const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/** Lower-cases and removes accents from Latin letters. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC').toLowerCase();
}

/** Lower-cases only: tags in different languages (`elections`, `élections`) stay different tags. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
