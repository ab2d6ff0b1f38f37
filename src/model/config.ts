/**
 * The archive's optional settings, from `<root>/folio.config.json`. Flags beat config; config beats defaults.
 */
import type { SortKey } from './filter.js';

export interface ArchiveConfig {
  /** Site and feed title. */
  title?: string;
  /** Absolute URL the exported site is served from (feeds, sitemap, canonical links). */
  baseUrl?: string;
  /** Authors given to articles that name none. */
  defaultAuthors?: string[];
  /** Extra gitignore-style patterns of files that are not articles. */
  ignore?: string[];
  /** Default `--sort` of `list`. */
  sort?: SortKey;
  /** The archive's language (a BCP 47 tag): of articles that name none, and of the exported site. */
  lang?: string;
  /** The theme folder of the exported site, relative to the root (as `export html --theme`). */
  theme?: string;
  /** The archive's own names for the fields folio reads (`"fields": {"date": "published_at"}`). */
  fields?: FieldMap;
  /** The line of `folio.config.json` each mapped field is named on (`fields.date`), for `check`. */
  fieldLines?: Record<string, number>;
  /** The Markdown file `folio new` starts articles from, relative to the root. */
  template?: string;
  /** Whether `#tags` in article bodies are tags (the default: only in an Obsidian vault). */
  bodyTags?: boolean;
}

/** Every key `folio.config.json` may hold; any other is reported and ignored. */
export const CONFIG_KEYS = [
  'title',
  'baseUrl',
  'author',
  'authors',
  'ignore',
  'sort',
  'lang',
  'theme',
  'template',
  'fields',
  'bodyTags',
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

export const CONFIG_FILE = 'folio.config.json';

/** What a field map may name: each is read from the mapped fields first, then from folio's usual fields. */
export const MAPPABLE_FIELDS = ['title', 'date', 'updated', 'author', 'tags', 'summary', 'lang'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Frontmatter fields (dots for nested ones: `params.byline`) holding each thing folio reads, in order. */
export type FieldMap = Partial<Record<MappableField, string[]>>;
