/**
 * The JSON record of an article, as the contract's Records section names its fields. Every JSON output
 * (`list --format json`, `search`, `export json`) starts from this shape.
 */
import type { Article, DateSource } from './article.js';

export interface ArticleRecord {
  id: string;
  slug: string;
  path: string;
  title: string;
  date: string | null;
  dateSource: DateSource;
  updated: string | null;
  authors: string[];
  tags: string[];
  summary: string;
  draft: boolean;
  lang: string | null;
  words: number;
  readingMinutes: number;
  data: Record<string, unknown>;
}

/** Converts an article to its public record. */
export function toRecord(article: Article): ArticleRecord {
  return {
    id: article.id,
    slug: article.slug,
    path: article.path,
    title: article.title,
    date: article.date?.value ?? null,
    dateSource: article.dateSource,
    updated: article.updated?.value ?? null,
    authors: article.authors,
    tags: article.tags,
    summary: article.summary,
    draft: article.draft,
    lang: article.lang,
    words: article.words,
    readingMinutes: article.readingMinutes,
    data: article.data,
  };
}

/** A search hit's record: the article's, plus how well it matched and where. */
export interface SearchRecord extends ArticleRecord {
  /** Relevance, higher is better; comparable only between hits of one search. */
  score: number;
  /** One line of the article's text around the best match, plain text. */
  snippet: string;
  /** Where the matches are in `snippet`: [start, end) pairs of character (code point) offsets. */
  highlights: [number, number][];
}
