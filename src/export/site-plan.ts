/**
 * Plans a site before anything is written: which folder each article, tag and author page gets, which articles
 * each list shows, and the order of everything. Pure and deterministic: the same articles give the same plan.
 * Duplicate slugs get distinct folders, claimed in path order so that adding an article never renames another
 * unless it takes a name first in path order.
 */
import type { Article } from '../model/article.js';
import { fold, foldCase } from '../parse/fold.js';
import { NameRegistry, RESERVED_DIRS, safeName, type SiteDir } from './site-paths.js';

/** An article's place in the site. `index` is its position newest first, also its number in the search index. */
export interface PlannedArticle {
  index: number;
  article: Article;
  dir: SiteDir;
  tagKeys: string[];
  authorKeys: string[];
}

/** A tag or an author and the articles filed under it (indexes, newest first). */
export interface Group {
  key: string;
  name: string;
  dir: SiteDir;
  articles: number[];
}

export interface SitePlan {
  articles: PlannedArticle[];
  tags: Group[];
  authors: Group[];
  /** Article folder by archive path, to turn links between article files into links between pages. */
  dirByPath: Map<string, SiteDir>;
}

/** Plans the site of `articles`, which must already be in the site's order (newest first). */
export function planSite(articles: readonly Article[]): SitePlan {
  const names = new NameRegistry(RESERVED_DIRS);
  const dirs = new Map<string, SiteDir>();
  for (const article of [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    dirs.set(article.path, `${names.claim(safeName(article.slug, 'article'))}/`);
  }

  const tags = new Map<string, { spellings: Map<string, number>; articles: number[] }>();
  const authors = new Map<string, { spellings: Map<string, number>; articles: number[] }>();
  const planned = articles.map((article, index): PlannedArticle => {
    const tagKeys = article.tags.map((tag) => file(tags, foldCase(tag), tag, index));
    const authorKeys = article.authors.map((author) => file(authors, fold(author), author, index));
    return { index, article, dir: dirs.get(article.path)!, tagKeys, authorKeys };
  });

  return {
    articles: planned,
    tags: groups(tags, 'tags', 'tag'),
    authors: groups(authors, 'authors', 'author'),
    dirByPath: dirs,
  };
}

function file(
  groupsByKey: Map<string, { spellings: Map<string, number>; articles: number[] }>,
  key: string,
  spelling: string,
  index: number,
): string {
  let group = groupsByKey.get(key);
  if (!group) groupsByKey.set(key, (group = { spellings: new Map(), articles: [] }));
  group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
  if (group.articles.at(-1) !== index) group.articles.push(index);
  return key;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Orders groups by name and gives each a folder; the name shown is the spelling most articles use. */
function groups(
  groupsByKey: Map<string, { spellings: Map<string, number>; articles: number[] }>,
  parent: string,
  fallback: string,
): Group[] {
  const names = new NameRegistry();
  return [...groupsByKey]
    .map(([key, group]) => ({ key, name: commonest(group.spellings), articles: group.articles }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((group) => ({ ...group, dir: `${parent}/${names.claim(safeName(group.name, fallback))}/` }));
}

function commonest(spellings: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [spelling, seen] of spellings) {
    if (seen > count || (seen === count && spelling < best)) {
      best = spelling;
      count = seen;
    }
  }
  return best;
}
