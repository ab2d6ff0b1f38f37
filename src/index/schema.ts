/**
 * The index schema. The index is a cache of the archive: when this version changes, an old index is dropped
 * and rebuilt from the files rather than migrated.
 */

/** Bump on any change to the tables or to what the parser stores in them. */
export const SCHEMA_VERSION = 16;

/** The meta key under which a refresh records the settings it read the files with (RefreshOptions.settingsKey). */
export const SETTINGS_META = 'settings';

/** `PRAGMA application_id` of a folio index ("foli"), to tell it apart from any other SQLite file. */
export const APPLICATION_ID = 0x666f6c69;

/** Columns of the full-text table, in order; their values are prepared by `query/search-text.ts`. */
export const FTS_COLUMNS = ['search_title', 'search_tags', 'search_authors', 'search_summary', 'search_body'] as const;

/**
 * How the full-text table cuts text into words: runs of letters, digits and combining marks (so Devanagari vowel
 * signs stay inside their word), lower-cased, Latin accents removed. `query/words.ts` follows the same rules
 * in JavaScript and prepares unspaced scripts (Chinese, Japanese, Thai) before text reaches this tokenizer.
 */
export const FTS_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'";

const ftsList = FTS_COLUMNS.join(', ');

export const SCHEMA_SQL = `
-- Not WITHOUT ROWID: there a key lookup that meets the scan listing (megabytes on large archives) on its way
-- reads that whole value to compare keys (200 ms on 100,000 articles); here the keys have an index of their own.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- What the last refresh saw of each file, including files that could not be indexed (binary, unreadable).
CREATE TABLE files (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  hash TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  id TEXT NOT NULL,
  slug TEXT NOT NULL,
  title TEXT NOT NULL,
  title_source TEXT NOT NULL,
  date TEXT,
  date_day TEXT,
  date_key TEXT,
  date_source TEXT NOT NULL,
  updated TEXT,
  updated_day TEXT,
  updated_key TEXT,
  authors TEXT NOT NULL,
  author_keys TEXT NOT NULL,
  tags TEXT NOT NULL,
  summary TEXT NOT NULL,
  draft INTEGER NOT NULL,
  lang TEXT,
  -- The language the article's words are stemmed in (query/stem.ts), or null when it has no stemmer.
  stem_lang TEXT,
  words INTEGER NOT NULL,
  reading_minutes INTEGER NOT NULL,
  data TEXT NOT NULL,
  format TEXT NOT NULL,
  body_line INTEGER NOT NULL
);
CREATE INDEX articles_slug ON articles (slug);
CREATE INDEX articles_date ON articles (date_key DESC, path);

-- The text the full-text table indexes, one row per article with the article's rowid. Kept apart from
-- articles so that listing and filtering read small rows, not pages of body text.
CREATE TABLE article_text (
  rowid INTEGER PRIMARY KEY,
  search_title TEXT NOT NULL,
  search_tags TEXT NOT NULL,
  search_authors TEXT NOT NULL,
  search_summary TEXT NOT NULL,
  search_body TEXT NOT NULL
);

CREATE TABLE article_tags (
  article INTEGER NOT NULL,
  tag TEXT NOT NULL,
  tag_key TEXT NOT NULL
);
CREATE INDEX article_tags_key ON article_tags (tag_key);
CREATE INDEX article_tags_article ON article_tags (article);

CREATE TABLE links (
  article INTEGER NOT NULL,
  target TEXT NOT NULL,
  line INTEGER NOT NULL
);
CREATE INDEX links_article ON links (article);

-- The day each Markdown file of the archive's git repository was first committed (index/git-dates.ts).
CREATE TABLE git_dates (
  path TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  date_day TEXT NOT NULL,
  date_key TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE problems (
  path TEXT NOT NULL,
  line INTEGER,
  severity TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX problems_path ON problems (path);

-- External content: the text lives once, in article_text. store.ts writes this table row by row beside articles
-- (as fast as one 'rebuild' at the end, and done while the workers parse; triggers cost three times as much).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  ${ftsList},
  content = 'article_text',
  content_rowid = 'rowid',
  tokenize = "${FTS_TOKENIZER}"
);

`;
