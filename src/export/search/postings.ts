/**
 * The compact text form of posting lists in the site's search index. A posting is a pair of whole numbers
 * (the gap to the previous article number, and a packed weight); each number is written in base 32, its last
 * digit from one alphabet and the digits before it from another, so numbers need no separators. The output
 * is plain ASCII that needs no escaping in JSON or JavaScript. Pure; shared by the builder and the browser.
 */

/** Digits that end a number. */
export const FINAL = '0123456789abcdefghijklmnopqrstuv';
/** Digits before the last one. */
export const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&(';

/** Appends `value` (a whole number ≥ 0) to `out`. */
function writeNumber(value: number, out: string[]): void {
  const digits: string[] = [FINAL[value % 32]!];
  let rest = Math.floor(value / 32);
  while (rest > 0) {
    digits.push(MORE[rest % 32]!);
    rest = Math.floor(rest / 32);
  }
  for (let i = digits.length - 1; i >= 0; i--) out.push(digits[i]!);
}

/** Encodes postings sorted by article number: `[article, value, article, value, …]`. */
export function encodePostings(pairs: readonly number[]): string {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < pairs.length; i += 2) {
    writeNumber(pairs[i]! - previous - 1, out);
    writeNumber(pairs[i + 1]!, out);
    previous = pairs[i]!;
  }
  return out.join('');
}

/** Decodes what `encodePostings` wrote. */
export function decodePostings(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const final = FINAL.indexOf(char);
    if (final === -1) {
      value = value * 32 + MORE.indexOf(char);
    } else {
      numbers.push(value * 32 + final);
      value = 0;
    }
  }
  let article = -1;
  for (let i = 0; i < numbers.length; i += 2) {
    article += numbers[i]! + 1;
    numbers[i] = article;
  }
  return numbers;
}

/** Encodes a sorted list of article numbers (a filter's articles) as gaps, in the alphabet of postings. */
export function encodeArticles(articles: readonly number[]): string {
  const out: string[] = [];
  let previous = -1;
  for (const article of articles) {
    writeNumber(article - previous - 1, out);
    previous = article;
  }
  return out.join('');
}

/** Decodes what `encodeArticles` wrote. */
export function decodeArticles(text: string): number[] {
  const articles: number[] = [];
  let value = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const final = FINAL.indexOf(char);
    if (final === -1) value = value * 32 + MORE.indexOf(char);
    else {
      previous += value * 32 + final + 1;
      articles.push(previous);
      value = 0;
    }
  }
  return articles;
}
