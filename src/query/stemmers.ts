/**
 * Loads the Snowball stemmers of the languages in stem.ts, each only when an archive has articles in it.
 * English is `porter2` (Porter2, which is Snowball English); the others are `@orama/stemmers`' per-language
 * Snowball ports. Both were checked word for word against the reference `snowball-stemmers` package (README,
 * Dependencies). Loading all of them would cost a search several times what English alone does.
 */
import type { StemLanguage, Stemmer, Stemmers } from './stem.js';

/**
 * Where each language's stemmer comes from: the module and the name it exports. tools/build-assets.js bundles
 * the same modules into the exported site's per-language scripts (`search/stem/<lang>.js`).
 */
export const STEMMER_MODULES: Record<StemLanguage, { module: string; name: string }> = {
  en: { module: 'porter2', name: 'stem' },
  ru: { module: '@orama/stemmers/russian', name: 'stemmer' },
  de: { module: '@orama/stemmers/german', name: 'stemmer' },
  fr: { module: '@orama/stemmers/french', name: 'stemmer' },
  es: { module: '@orama/stemmers/spanish', name: 'stemmer' },
  it: { module: '@orama/stemmers/italian', name: 'stemmer' },
  pt: { module: '@orama/stemmers/portuguese', name: 'stemmer' },
  nl: { module: '@orama/stemmers/dutch', name: 'stemmer' },
  sv: { module: '@orama/stemmers/swedish', name: 'stemmer' },
  no: { module: '@orama/stemmers/norwegian', name: 'stemmer' },
  da: { module: '@orama/stemmers/danish', name: 'stemmer' },
  fi: { module: '@orama/stemmers/finnish', name: 'stemmer' },
  hu: { module: '@orama/stemmers/hungarian', name: 'stemmer' },
  ro: { module: '@orama/stemmers/romanian', name: 'stemmer' },
  tr: { module: '@orama/stemmers/turkish', name: 'stemmer' },
  ar: { module: '@orama/stemmers/arabic', name: 'stemmer' },
  ga: { module: '@orama/stemmers/irish', name: 'stemmer' },
  ta: { module: '@orama/stemmers/tamil', name: 'stemmer' },
  hy: { module: '@orama/stemmers/armenian', name: 'stemmer' },
};

async function loadStemmer(language: StemLanguage): Promise<Stemmer> {
  const { module, name } = STEMMER_MODULES[language];
  return ((await import(module)) as Record<string, Stemmer>)[name]!;
}

/** The stemmers of `languages`. */
export async function loadStemmers(languages: readonly StemLanguage[]): Promise<Stemmers> {
  const stemmers: Stemmers = {};
  await Promise.all(
    languages.map(async (language) => {
      stemmers[language] = await loadStemmer(language);
    }),
  );
  return stemmers;
}
