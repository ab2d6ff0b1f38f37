/**
 * Stemming by language: which Snowball stemmer an article's `lang` selects, and which words of the archive a
 * query word stands for. Pure, like the rest of src/query: the stemmers themselves are passed in (stemmers.ts
 * loads them in Node; the exported site loads one script per language present), so the command line and the
 * browser apply one rule.
 *
 * The rule. Each article has a stemmed language: its `lang` (frontmatter), else the archive's default
 * (config `lang`), else English; a language without a stemmer (Chinese, Japanese, …) has none. A query word
 * outside quotes and without `*` matches every word of the archive that has its stem in one of the archive's
 * stemmed languages: `vulnerabilities` matches `vulnerability`, `выборы` matches `выборах`. Words are stemmed
 * as the index holds them (lower case, Latin accents removed), so the query and the index always agree.
 *
 * Stems are not stored per word: the archive's own vocabulary (FTS5's list of terms on the command line, the
 * shards' terms on the site) is read at query time, from the terms that start with the stem less its last
 * letter (Snowball rewrites at most a final letter of what it keeps: `cities` → `citi`), and each is
 * stemmed. Indexing pays nothing; a query stems a few dozen candidate words.
 */
import type { TermNode } from './ast.js';
import { matchesLongerWords, normalizeText, searchWords } from './words.js';

/** A Snowball stemmer: a lower-case word in, its stem out. */
export type Stemmer = (word: string) => string;

/** Languages with a stemmer, by ISO 639-1 code. */
export const STEM_LANGUAGES = [
  'en',
  'ru',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'no',
  'da',
  'fi',
  'hu',
  'ro',
  'tr',
  'ar',
  'ga',
  'ta',
  'hy',
] as const;
export type StemLanguage = (typeof STEM_LANGUAGES)[number];

export type Stemmers = Partial<Record<StemLanguage, Stemmer>>;

/** Language tags that name a stemmed language under another code (Norwegian Bokmål and Nynorsk). */
const ALIASES: Record<string, StemLanguage> = { nb: 'no', nn: 'no' };

const NAMES: Record<string, StemLanguage> = {
  english: 'en',
  russian: 'ru',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  swedish: 'sv',
  norwegian: 'no',
  danish: 'da',
  finnish: 'fi',
  hungarian: 'hu',
  romanian: 'ro',
  turkish: 'tr',
  arabic: 'ar',
  irish: 'ga',
  tamil: 'ta',
  armenian: 'hy',
};

/**
 * The stemmed language of an article: its `lang` (a BCP 47 tag, or an English name such as `russian`), else
 * the archive's default, else English. Null when the language has no stemmer.
 */
export function stemLanguage(lang: string | null | undefined, fallback?: string | null): StemLanguage | null {
  const tag = (lang ?? '').trim() !== '' ? lang! : (fallback ?? '').trim() !== '' ? fallback! : 'en';
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
  if ((STEM_LANGUAGES as readonly string[]).includes(primary)) return primary as StemLanguage;
  return ALIASES[primary] ?? NAMES[primary] ?? null;
}

/** Whether a word is stemmed at all: words with digits (`v8`, `es2015`) are names, and short words stay. */
export function isStemmable(word: string): boolean {
  return word.length >= 3 && !HAS_DIGIT.test(word);
}

const HAS_DIGIT = /\p{N}/u;

/** What a query word looks for in one language: its stem, and the prefix of the words that may share it. */
export interface StemProbe {
  language: StemLanguage;
  stem: string;
  prefix: string;
}

/**
 * The probes of a query term, one per language (fewer when stems coincide), or null when the term is matched
 * word for word: a quoted phrase, a prefix (`word*`), a term of several words (`node:test`), a word of a
 * script written without spaces, a word with digits.
 */
export function stemProbes(term: TermNode, languages: readonly StemLanguage[], stemmers: Stemmers): StemProbe[] | null {
  if (term.quoted || term.prefix || languages.length === 0) return null;
  const words = searchWords(normalizeText(term.text));
  if (words.length !== 1) return null;
  const word = words[0]!;
  if (!isStemmable(word) || matchesLongerWords(word)) return null;
  const probes: StemProbe[] = [];
  for (const language of languages) {
    const stemmer = stemmers[language];
    if (!stemmer) continue;
    const stem = stemmer(word);
    if (stem === '') continue;
    // The word itself is a stem too: Snowball may stem a base form shorter than its inflections (Spanish
    // `ciudad` → `ciud`, while `ciudades` → `ciudad`), so the shorter of the two prefixes is read.
    const base = stem.length <= word.length ? stem : word;
    probes.push({ language, stem, prefix: [...base].slice(0, Math.max(3, [...base].length - 1)).join('') });
  }
  return probes.length === 0 ? null : probes;
}

/**
 * The words among `candidates` (words of the archive starting with a probe's prefix) that a query word
 * stands for: those whose stem is the query word's stem, or is the query word itself, in the probe's language.
 * The query word itself is left out (it is always looked for). Sorted, so every back end builds the same query.
 */
export function stemmedForms(
  word: string,
  probes: readonly StemProbe[],
  stemmers: Stemmers,
  candidates: (prefix: string) => Iterable<string>,
): string[] {
  const forms = new Set<string>();
  for (const probe of probes) {
    const stemmer = stemmers[probe.language]!;
    for (const candidate of candidates(probe.prefix)) {
      if (candidate === word || !isStemmable(candidate) || forms.has(candidate)) continue;
      const stem = stemmer(candidate);
      if (stem === probe.stem || stem === word) forms.add(candidate);
    }
  }
  return [...forms].sort();
}

/** The word a stemmable term looks for (folded), for `stemmedForms`. */
export function termWord(term: TermNode): string {
  return searchWords(normalizeText(term.text))[0] ?? '';
}

/** The end of the range of words starting with `prefix` (in code unit order). */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}

/** What each stemmable term of a query stands for: its other forms in the archive, keyed by the term node. */
export type TermForms = Map<TermNode, string[]>;
