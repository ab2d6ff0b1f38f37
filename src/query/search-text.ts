/**
 * Prepares the text the full-text table indexes for an article. Kept in one place so that indexing and
 * querying always agree on how text is cut into words.
 */
import type { Article } from '../model/article.js';
import { stemLanguage, type StemLanguage } from './stem.js';
import { prepareText, searchWords } from './words.js';

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
    search_body: searchableText(withoutTitleLine(bodyText, article.title)),
    language: stemLanguage(article.lang, defaultLang),
  };
}

/**
 * The body text without a first line that only repeats the title (a note's `# Title`): the title column holds
 * it, and a snippet should not say it twice. `folio show` and the site's pages drop that heading too.
 */
export function withoutTitleLine(bodyText: string, title: string): string {
  const start = bodyText.search(/\S/);
  if (start === -1) return bodyText;
  const lineEnd = bodyText.indexOf('\n', start);
  const line = bodyText.slice(start, lineEnd === -1 ? bodyText.length : lineEnd);
  return comparable(line) === comparable(title) && comparable(title) !== ''
    ? bodyText.slice(lineEnd === -1 ? bodyText.length : lineEnd + 1)
    : bodyText;
}

function comparable(text: string): string {
  return searchWords(text).join(' ');
}
