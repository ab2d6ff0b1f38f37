/**
 * Loads the Snowball stemmers of the languages in stem.ts, each only when an archive has articles in it.
 * English is `porter2` (Porter2, which is Snowball English); the others are `@orama/stemmers`' per-language
 * Snowball ports. Both were checked word for word against the reference `snowball-stemmers` package (README,
 * Dependencies). Loading all of them would cost a search several times what English alone does.
 */
import type { StemLanguage, Stemmer, Stemmers } from './stem.js';

const LOADERS: Record<StemLanguage, () => Promise<Stemmer>> = {
  en: async () => (await import('porter2')).stem,
  ru: async () => (await import('@orama/stemmers/russian')).stemmer,
  de: async () => (await import('@orama/stemmers/german')).stemmer,
  fr: async () => (await import('@orama/stemmers/french')).stemmer,
  es: async () => (await import('@orama/stemmers/spanish')).stemmer,
  it: async () => (await import('@orama/stemmers/italian')).stemmer,
  pt: async () => (await import('@orama/stemmers/portuguese')).stemmer,
  nl: async () => (await import('@orama/stemmers/dutch')).stemmer,
  sv: async () => (await import('@orama/stemmers/swedish')).stemmer,
  no: async () => (await import('@orama/stemmers/norwegian')).stemmer,
  da: async () => (await import('@orama/stemmers/danish')).stemmer,
  fi: async () => (await import('@orama/stemmers/finnish')).stemmer,
  hu: async () => (await import('@orama/stemmers/hungarian')).stemmer,
  ro: async () => (await import('@orama/stemmers/romanian')).stemmer,
  tr: async () => (await import('@orama/stemmers/turkish')).stemmer,
  ar: async () => (await import('@orama/stemmers/arabic')).stemmer,
  ga: async () => (await import('@orama/stemmers/irish')).stemmer,
  ta: async () => (await import('@orama/stemmers/tamil')).stemmer,
  hy: async () => (await import('@orama/stemmers/armenian')).stemmer,
};

/** The stemmers of `languages`. */
export async function loadStemmers(languages: readonly StemLanguage[]): Promise<Stemmers> {
  const stemmers: Stemmers = {};
  await Promise.all(languages.map(async (language) => {
    stemmers[language] = await LOADERS[language]();
  }));
  return stemmers;
}
