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
  /** The Markdown file `folio new` starts articles from, relative to the root. */
  template?: string;
  /** Everything else in the file, for commands that read their own keys. */
  extra: Record<string, unknown>;
}

export const CONFIG_FILE = 'folio.config.json';
