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
const BY_PREFIX =
  /^(?:by|written\s+by|words\s+by|text\s+by|story\s+by|posted\s+by|reported\s+by|author(?:s|\(s\))?\s*:|автор(?:ы)?\s*:|аўтар(?:ы)?\s*:|текст\s*:|тэкст\s*:|par|von|por|di|przez|ein\s+(?:artikel|beitrag|bericht|kommentar|essay|interview)\s+von|(?:作者|记者|記者|文)\s*[：:])\s*(.+)$/iu;

/** Lowercase words that may stand inside a name (van Gogh, Ludwig van Beethoven, da Silva, bin Salman). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'zu',
]);

/** Capitalised words that open headings and labels, not names ("Breaking News: …", "Key Points: …"). */
const NOT_NAMES = new Set([
  'update',
  'updated',
  'note',
  'notes',
  'editor',
  "editor's",
  'editors',
  'breaking',
  'news',
  'live',
  'watch',
  'read',
  'key',
  'points',
  'summary',
  'analysis',
  'opinion',
  'comment',
  'review',
  'interview',
  'exclusive',
  'photo',
  'photos',
  'video',
  'source',
  'sources',
  'published',
  'posted',
  'warning',
  'correction',
  'disclaimer',
  'chapter',
  'part',
  'section',
  'table',
  'figure',
  'step',
  'question',
  'answer',
  'q',
  'a',
  'the',
  'this',
  'what',
  'why',
  'how',
  'when',
  'where',
  'who',
  'today',
  'yesterday',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'see',
  'also',
  'related',
  'more',
  'first',
  'second',
  'third',
  'final',
  'fact',
  'check',
  'quote',
  'tip',
  'tips',
  'important',
  'attention',
  'caution',
  'example',
  'result',
  'results',
  'conclusion',
]);

/** Words that describe a job rather than name a person ("By Ada Byron, Staff Writer"). */
const ROLE_WORDS =
  /\b(?:writer|editor|correspondent|reporter|staff|contributor|columnist|journalist|author|professor|director|head|deputy|minister|ambassador|chief|president|founder|analyst|researcher|fellow|member|manager|officer|lecturer|student|photographer|producer|desk|team|newsroom|agency|press|bureau)s?\b/i;

/** Words in the names of newspapers, agencies and broadcasters ("By Jane Okoro, Riverside Echo, Bristol"). */
const OUTLET_WORDS =
  /\b(?:news|times|post|herald|gazette|journal|echo|tribune|chronicle|courier|mail|telegraph|express|observer|standard|independent|guardian|mirror|star|sun|record|reporter|review|bulletin|daily|weekly|magazine|radio|tv|television|broadcasting|media|agency|press|wire|associated|reuters|afp|bbc|cnn|npr|zeitung|spiegel|monde|figaro|libération|país|mundo|corriere|repubblica|gazeta|rzeczpospolita|новости|газета|радио|правда|ніва|свабода|свобода)\b/iu;

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

/** "Tom Ruiz in Madrid", "Paul Garnier à Lyon": a name, then where the author writes from. */
const NAME_IN_PLACE = /^(.+?)\s+((?:in|at|à|aus|en|из|у|в|w|z)\s+\p{Lu}.*)$/u;

/** Splits "Ada Byron, Tom Ruiz and Mira Okafor" into names. */
function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+(?:and|&|und|et|y|e|и|і|та)\s+/u)
    .map((part) => part.trim())
    .filter(Boolean);
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
    if (
      looksLikeName(name, 2) &&
      role.length > 0 &&
      role.length <= MAX_ROLE_LENGTH &&
      !/[.!?]["”»]?\s+\p{Lu}/u.test(role)
    ) {
      return [{ name, role }];
    }
  }
  return null;
}

/**
 * "Ada Byron and Tom Ruiz" → two authors; "Ada Byron, Staff Writer" → one author with a role; "Jane Okoro, BBC
 * News, Bristol" → one author, and the outlet and place as her role ("Tom Ruiz in Madrid" likewise).
 */
function namesWithRole(text: string): ImportedAuthor[] | null {
  const parts = splitNames(text.replace(/\s*\|.*$/, ''));
  const authors: ImportedAuthor[] = [];
  for (const part of parts) {
    const last = authors.at(-1);
    const aPlace = last !== undefined && !part.includes(' ') && last.name.includes(' ');
    if (last && (last.role || ROLE_WORDS.test(part) || OUTLET_WORDS.test(part) || aPlace || !looksLikeName(part))) {
      // Everything from the first part that is not a name on describes the last name read: a role, an
      // outlet, a place.
      last.role = last.role ? `${last.role}, ${part}` : part;
      continue;
    }
    if (looksLikeName(part)) {
      authors.push({ name: part });
      continue;
    }
    const inPlace = NAME_IN_PLACE.exec(part);
    if (inPlace && looksLikeName(inPlace[1]!)) {
      authors.push({ name: inPlace[1]!, role: inPlace[2]! });
      continue;
    }
    return null;
  }
  return authors.length > 0 ? authors : null;
}

/**
 * Reads a line that is only names, as some sites print the byline without "By" ("Jane Okoro", "Jane Okoro and
 * Tom Ruiz", "Tom Ruiz in Madrid", "Mira Okafor Education correspondent"). Such a line could be anything, so
 * callers accept it only where a byline stands: in a page's header, beside the date.
 */
export function parseBareByline(line: string): ImportedAuthor[] | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_NAME_LENGTH * 2 || /[.!?:;]$/.test(text)) return null;
  const words = text.split(' ');
  const role = words.findIndex((word) => ROLE_WORDS.test(word));
  if (role >= 3 && !/\b(?:and|&)\b/.test(text)) {
    // "Mira Okafor Education correspondent": the name, then the job (its first word is capitalised too).
    const name = words.slice(0, role - 1).join(' ');
    if (looksLikeName(name, 2)) return [{ name, role: words.slice(role - 1).join(' ') }];
  }
  const authors = namesWithRole(text);
  if (!authors) return null;
  const plausible = authors.every((author) => {
    const cjk = /^[\p{Lo}\p{M}·・ ]+$/u.test(author.name);
    // Alone on a line, a name has two to four words, or two to four CJK characters; a role only says where.
    if (cjk ? [...author.name.replace(/\s/g, '')].length > 4 : !author.name.includes(' ')) return false;
    return author.role === undefined || /^(?:in|at|à|aus|en|из|у|в|w|z)\s/u.test(author.role);
  });
  return plausible ? authors : null;
}

/** Reads the names of a byline found in a page element ("By Ada Byron and Tom Ruiz", or just the names). */
export function namesInByline(text: string): ImportedAuthor[] {
  const line = text.replace(/\s+/g, ' ').trim();
  return parseByline(line) ?? namesWithRole(line) ?? [];
}
