/**
 * Splits an author string that is plainly a list of people: "Ruy Adorno and Rafael Gonzaga", "Ana & Tom Becker"
 * is not (one part is a first name alone), "A, B and C", "A, B, and C". Each part must read as a personal name:
 * two to five words, each capitalised or a name particle (`du`, `van`, `de la`) or an initial, no digits; or a
 * single user handle (`davidtwco`, `@octocat`); or, three or more of them, first names alone. Anything else stays one name: "Johnson & Johnson", "The Rust
 * Release Team", "Procter and Gamble", "Alice" — a wrong split invents people, a missed one only joins them.
 */

const SEPARATOR = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/;
const PARTICLES = new Set([
  'al',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
  'y',
  'zu',
]);
/** Words that name groups, not people. */
const GROUP_WORDS =
  /^(?:team|teams|project|foundation|inc\.?|llc|ltd\.?|corp\.?|co\.?|company|group|committee|council|association|society|university|press|news|media|staff|contributors|maintainers|community|board|editors|editorial|sons|brothers|partners|labs?|collective|working|wg|the)$/i;
/** A capitalised word, or one with an elided particle before it (`d'Antras`, `O'Brien`). */
const CAPITALISED = /^(?:\p{Ll}{1,4}['’])?\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const HANDLE = /^@?[a-z0-9][a-z0-9_.-]*$/;

/** The people `name` lists, or `[name]` when it is not plainly a list of personal names. */
export function splitNameList(name: string): string[] {
  if (!SEPARATOR.test(name)) return [name];
  const parts = name.split(SEPARATOR).map((part) => part.trim());
  if (parts.length < 2 || parts.some((part) => part === '')) return [name];
  if (new Set(parts.map((part) => part.toLowerCase())).size < parts.length) return [name];
  if (parts.every(isPersonalName)) return parts;
  // Three or more single capitalised names ("Eric, Felix, Joel and Mara") are a list of first names; two
  // ("Procter and Gamble", "Johnson & Johnson") may as well be one firm.
  return parts.length >= 3 && parts.every((part) => CAPITALISED.test(part)) ? parts : [name];
}

function isPersonalName(written: string): boolean {
  // "Julian Duque (@julianduque)": a handle or role in brackets after the name is kept with it, not read.
  const part = written.replace(/\s*\([^()]{1,80}\)$/, '');
  const words = part.split(/\s+/);
  if (words.length === 1) return HANDLE.test(part);
  if (words.length > 5 || /\d/.test(part)) return false;
  if (words.some((word) => GROUP_WORDS.test(word))) return false;
  // A name starts and ends with a capitalised word ("Antoine du Hamel"), with particles only in between.
  if (!CAPITALISED.test(words[0]!) || !CAPITALISED.test(words.at(-1)!)) return false;
  return words.every((word) => CAPITALISED.test(word) || INITIAL.test(word) || PARTICLES.has(word.toLowerCase()));
}
