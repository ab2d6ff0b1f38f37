/**
 * What to select and in which order: the filters shared by list, search and export, already validated.
 */

export type SortKey = 'date' | 'title' | 'path' | 'words' | 'updated';
export const SORT_KEYS: readonly SortKey[] = ['date', 'title', 'path', 'words', 'updated'];

/** A `--where key=value` condition on a frontmatter field; `path` is the key split on dots. */
export interface FieldCondition {
  path: string[];
  value: string;
}

export interface ArticleFilter {
  /** Every tag must be present (case-insensitive). */
  tags: string[];
  /** Matches an article when one of its authors contains this text (case-insensitive). */
  author?: string;
  /** Calendar days, inclusive, `YYYY-MM-DD`. */
  since?: string;
  until?: string;
  where: FieldCondition[];
  /** Drafts are hidden unless asked for. */
  drafts: boolean;
}

export interface ArticleOrder {
  sort: SortKey;
  reverse: boolean;
  limit?: number;
}

/** A filter that selects every published article. */
export function emptyFilter(): ArticleFilter {
  return { tags: [], where: [], drafts: false };
}
