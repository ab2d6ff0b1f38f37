/**
 * The shared vocabulary of folio: what an article is once it has been read and normalised.
 * Every layer (index, query, renderers, commands) speaks these types; nothing here has logic.
 */

/**
 * Where an article's date came from: a date field; a `YYYY/MM/DD` or `YYYY-MM-DD` in a URL field of the
 * frontmatter (`url`: Zola's `path`, `permalink`, `aliases`, …); the file name; its folders; the day the file was
 * first committed to the archive's git repository (`git`); nowhere.
 */
export type DateSource = 'frontmatter' | 'url' | 'file name' | 'path' | 'git' | 'none';

/** Where an article's title came from. */
export type TitleSource = 'frontmatter' | 'heading' | 'file name';

/** The frontmatter languages folio reads; anything else is refused, never executed. */
export type FrontmatterFormat = 'yaml' | 'toml' | 'json' | 'none';

/**
 * A date as the author wrote it, with the keys folio sorts and filters on.
 * `value` keeps the author's form: `2024-03-01` stays a calendar date, `2020-04-03T20:26:28.000Z` stays a
 * moment. `day` is the calendar day as written (never shifted by a time zone); `sortKey` orders mixed forms.
 */
export interface ArticleDate {
  value: string;
  day: string;
  sortKey: string;
}

/** One article's metadata: what `list`, `search` and the JSON records show. */
export interface Article {
  /** Unique and stable identity inside the archive, made from the path: letters, digits, `-` and `_` (parse/article-id.ts). */
  id: string;
  /** Relative to the archive root, `/` separators. */
  path: string;
  slug: string;
  title: string;
  titleSource: TitleSource;
  date: ArticleDate | null;
  dateSource: DateSource;
  updated: ArticleDate | null;
  authors: string[];
  tags: string[];
  summary: string;
  draft: boolean;
  lang: string | null;
  words: number;
  readingMinutes: number;
  /** The whole frontmatter, as JSON-safe data. */
  data: Record<string, unknown>;
}

/** A link or image source in an article's body (as written), for `check`. */
export interface ArticleLink {
  target: string;
  line: number;
}

/** Everything the parser derives from one file: the article plus what the index and `check` need. */
export interface ParsedArticle {
  article: Article;
  /** The body as plain text (no Markdown syntax), for full-text search. */
  text: string;
  links: ArticleLink[];
  format: FrontmatterFormat;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}
