/**
 * Reads bylines: the line under a headline that says who wrote it. Two shapes are understood, in any script:
 * "By Name" (also "By Name and Name", "Author: Name") and "Name: role" (the role is kept, as in
 * `author: {name, role}`). A line is a byline only when its names look like names, so a sentence or a subtitle
 * such as "Update: the vote is tomorrow" is never mistaken for one.
 */

export interface ImportedAuthor {
  name: string;
  role?: string;
}

/** Words that open a byline, followed by the names (case-insensitive). */
const BY_PREFIX = /^(?:by|written\s+by|words\s+by|text\s+by|story\s+by|posted\s+by|author(?:s|\(s\))?\s*:|автор(?:ы)?\s*:|аўтар(?:ы)?\s*:|текст\s*:|тэкст\s*:|par|von|por)\s+(.+)$/iu;

/** Lowercase words that may stand inside a name (van Gogh, Ludwig van Beethoven, da Silva, bin Salman). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'zu']);

/** Capitalised words that open headings and labels, not names ("Breaking News: …", "Key Points: …"). */
const NOT_NAMES = new Set([
  'update', 'updated', 'note', 'notes', 'editor', "editor's", 'editors', 'breaking', 'news', 'live', 'watch', 'read',
  'key', 'points', 'summary', 'analysis', 'opinion', 'comment', 'review', 'interview', 'exclusive', 'photo', 'photos',
  'video', 'source', 'sources', 'published', 'posted', 'warning', 'correction', 'disclaimer', 'chapter', 'part',
  'section', 'table', 'figure', 'step', 'question', 'answer', 'q', 'a', 'the', 'this', 'what', 'why', 'how', 'when',
  'where', 'who', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'see', 'also', 'related', 'more', 'first', 'second', 'third', 'final', 'fact', 'check',
  'quote', 'tip', 'tips', 'important', 'attention', 'caution', 'example', 'result', 'results', 'conclusion',
]);

/** Words that describe a job rather than name a person ("By Ada Byron, Staff Writer"). */
const ROLE_WORDS = /\b(?:writer|editor|correspondent|reporter|staff|contributor|columnist|journalist|author|professor|director|head|deputy|minister|ambassador|chief|president|founder|analyst|researcher|fellow|member|manager|officer|lecturer|student|photographer|producer|desk|team|newsroom|agency|press|bureau)s?\b/i;

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lo}[\p{Lo}\p{M}·・]*)$/u;
const MAX_NAME_LENGTH = 60;
const MAX_ROLE_LENGTH = 300;

/** Whether `text` looks like a person's name: one to five capitalised words (particles allowed inside). */
export function looksLikeName(text: string, minWords = 1): boolean {
  const name = text.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /\d/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < minWords || words.length > 5) return false;
  return words.every((word, index) => {
    if (index > 0 && index < words.length - 1 && PARTICLES.has(word)) return true;
    if (NOT_NAMES.has(word.toLowerCase().replace(/[.:]$/, ''))) return false;
    return NAME_WORD.test(word);
  });
}

/** Splits "Ada Byron, Tom Ruiz and Mira Okafor" into names. */
function splitNames(text: string): string[] {
  return text.split(/\s*,\s*|\s+(?:and|&|und|et|y|e|и|і|та)\s+/u).map((part) => part.trim()).filter(Boolean);
}

/**
 * Reads a byline; returns its authors, or null when the line is not a byline.
 * "By Ada Byron and Tom Ruiz" → two names; "Pavel Latushka: Deputy Head of …" → a name with a role.
 */
export function parseByline(line: string): ImportedAuthor[] | null {
  const text = line.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  if (text.length === 0 || text.length > MAX_NAME_LENGTH + MAX_ROLE_LENGTH) return null;

  const by = BY_PREFIX.exec(text);
  if (by) return namesWithRole(by[1]!);

  const colon = text.indexOf(': ');
  if (colon > 0) {
    const name = text.slice(0, colon);
    const role = text.slice(colon + 2).trim();
    if (looksLikeName(name, 2) && role.length > 0 && role.length <= MAX_ROLE_LENGTH && !/[.!?]["”»]?\s+\p{Lu}/u.test(role)) {
      return [{ name, role }];
    }
  }
  return null;
}

/** "Ada Byron and Tom Ruiz" → two authors; "Ada Byron, Staff Writer" → one author with a role. */
function namesWithRole(text: string): ImportedAuthor[] | null {
  const parts = splitNames(text.replace(/\s*\|.*$/, ''));
  const authors: ImportedAuthor[] = [];
  for (const part of parts) {
    if (ROLE_WORDS.test(part) && authors.length > 0) {
      // Everything from the first role-like part on describes the last name read.
      const last = authors.at(-1)!;
      last.role = last.role ? `${last.role}, ${part}` : part;
      continue;
    }
    if (authors.some((author) => author.role)) return null;
    if (!looksLikeName(part)) return null;
    authors.push({ name: part });
  }
  return authors.length > 0 ? authors : null;
}

/** Reads the names of a byline found in a page element ("By Ada Byron and Tom Ruiz", or just the names). */
export function namesInByline(text: string): ImportedAuthor[] {
  const line = text.replace(/\s+/g, ' ').trim();
  return parseByline(line) ?? namesWithRole(line) ?? [];
}
