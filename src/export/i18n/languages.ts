/**
 * The languages folio's site speaks, and how a site's words are chosen: the built-in words of the site's
 * language (by its primary subtag: `pt-BR` → `pt`), over English for any word it lacks, under the site owner's
 * own words from the theme folder. A language folio does not know gets English, unless the theme gives its
 * words. Pure: the theme's words are passed in.
 */
import { be } from './be.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import type { SiteWords } from './words.js';
import { zh } from './zh.js';

export const BUILT_IN_WORDS: Readonly<Record<string, Partial<SiteWords>>> = {
  en,
  ru,
  be,
  uk,
  pl,
  de,
  fr,
  es,
  it,
  pt,
  zh,
  ja,
};

/** The primary language subtag, lower case: `pt-BR` → `pt`. */
export function primaryLanguage(lang: string): string {
  return lang.split(/[-_]/)[0]!.toLowerCase();
}

/** The words of a site in `lang`, with `overrides` (from the theme folder) winning over the built-in ones. */
export function siteWords(lang: string, overrides: Partial<SiteWords> = {}): SiteWords {
  return { ...en, ...(BUILT_IN_WORDS[primaryLanguage(lang)] ?? {}), ...overrides };
}

/**
 * The site's language when the config names none: the language most of its articles state (ties to the one
 * first reached in the articles' order), else English.
 */
export function commonLanguage(langs: readonly (string | null)[]): string {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const lang of langs) {
    if (!lang) continue;
    const count = (counts.get(lang) ?? 0) + 1;
    counts.set(lang, count);
    if (best === null || count > counts.get(best)!) best = lang;
  }
  return best ?? 'en';
}

/** Checks words read from a theme file: every key must be a known word and every value text (or plural forms). */
export function validWords(value: unknown): { words: Partial<SiteWords> } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'expected a JSON object of words' };
  const words: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(value)) {
    if (!(key in en)) return { error: `unknown word '${key}' (known: ${Object.keys(en).join(', ')})` };
    const isPlural = typeof en[key as keyof SiteWords] === 'object';
    if (
      isPlural
        ? !(typeof text === 'object' && text !== null && typeof (text as Record<string, unknown>).other === 'string')
        : typeof text !== 'string'
    ) {
      return { error: `'${key}' must be ${isPlural ? 'an object of plural forms with "other"' : 'text'}` };
    }
    words[key] = text;
  }
  return { words: words as Partial<SiteWords> };
}
