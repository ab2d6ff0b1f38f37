/**
 * Prepares the text the full-text table indexes for an article. Kept in one place so that indexing and
 * querying always agree on how text is cut into words.
 */
import type { Article } from '../model/article.js';
import { stemLanguage, type StemLanguage } from './stem.js';
import { prepareText } from './words.js';

export interface SearchColumns {
  search_title: string;
  search_tags: string;
  search_authors: string;
  search_summary: string;
  search_body: string;
  /** The language the article's words are stemmed in (not a full-text column; query/stem.ts). */
  language: StemLanguage | null;
}

/**
 * Turns free text into the form the full-text tokenizer sees: normalised, with the words of Chinese, Japanese
 * and other unspaced scripts separated (see query/words.ts). Queries go through the same function.
 */
export function searchableText(text: string): string {
  return prepareText(text);
}

/** The full-text columns of an article; `defaultLang` is the archive's language, for articles without `lang`. */
export function searchColumns(article: Article, bodyText: string, defaultLang?: string | null): SearchColumns {
  return {
    search_title: searchableText(article.title),
    search_tags: searchableText(article.tags.join(' ; ')),
    search_authors: searchableText(article.authors.join(' ; ')),
    search_summary: searchableText(article.summary),
    search_body: searchableText(bodyText),
    language: stemLanguage(article.lang, defaultLang),
  };
}
