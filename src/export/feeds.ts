/**
 * Documents for machines: Atom and RSS feeds of the latest articles, `sitemap.xml` and `robots.txt`. Every URL
 * is absolute (from the base URL), every value is escaped as XML, and no time of the build appears anywhere:
 * a feed's own date is that of its newest article, so exporting twice gives the same bytes. A feed carries only
 * dated articles, the newest by date: an undated article has no moment a reader could be told about, and is
 * never given one (it stays on the site's pages, and in the sitemap without a date).
 */
import type { Article, ArticleDate } from '../model/article.js';
import { xml } from './markup.js';
import { absoluteUrl, encodePath } from './site-paths.js';

/** Articles in a feed. */
export const FEED_SIZE = 20;

export interface FeedEntry {
  article: Article;
  /** The article's folder in the site. */
  dir: string;
  /** The body as HTML, already safe; '' gives the entry its summary only. */
  html: string;
}

export interface FeedSite {
  title: string;
  /** The site's language (`xml:lang` of an Atom feed, `<language>` of an RSS feed); none when unset. */
  lang?: string;
  /** What the feed lists, in the site's language: an RSS channel's description. */
  description?: string;
  baseUrl: string;
  generator: string;
  /**
   * The folder of the page the feed belongs to, where its files are: '' for the site's own feeds, a tag's or an
   * author's folder for theirs.
   */
  dir?: string;
}

/** The absolute URL of the page a feed belongs to. */
function feedPage(site: FeedSite): string {
  return absoluteUrl(site.baseUrl, site.dir ?? '');
}

/** An RFC 3339 moment for a date as written: a calendar day is taken as midnight UTC. */
export function rfc3339(date: ArticleDate): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return `${date.value}T00:00:00Z`;
  const parsed = new Date(date.value);
  return Number.isNaN(parsed.getTime()) ? `${date.day}T00:00:00Z` : parsed.toISOString().replace(/\.000Z$/, 'Z');
}

/** An RFC 822 date, as RSS wants. */
function rfc822(date: ArticleDate): string {
  return new Date(rfc3339(date)).toUTCString().replace(/GMT$/, '+0000');
}

/** The moment an entry last changed: updated, else published; null for an undated article. */
function changed(article: Article): string | null {
  const date = article.updated ?? article.date;
  return date ? rfc3339(date) : null;
}

/**
 * The articles a feed carries: the `FEED_SIZE` newest by date (published, or updated when that is the only
 * date), ties kept in the order given; undated articles never. Empty when no article has a date.
 */
export function feedArticles<T extends { article: Article }>(entries: readonly T[]): T[] {
  const dateOf = (article: Article) => (article.date ?? article.updated)?.sortKey;
  return entries
    .map((entry, order) => ({ entry, order, key: dateOf(entry.article) }))
    .filter((item): item is { entry: T; order: number; key: string } => item.key !== undefined)
    .sort((a, b) => (a.key === b.key ? a.order - b.order : a.key < b.key ? 1 : -1))
    .slice(0, FEED_SIZE)
    .map((item) => item.entry);
}

/** An Atom 1.0 feed of `entries` (see `feedArticles`); an undated entry has no `<updated>`, never an invented one. */
export function atomFeed(site: FeedSite, entries: readonly FeedEntry[]): string {
  const updated = entries
    .map((entry) => changed(entry.article))
    .filter((moment) => moment !== null)
    .sort()
    .at(-1);
  return xml`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${site.lang ? xml` xml:lang="${site.lang}"` : ''}>
<title>${site.title}</title>
<id>${feedPage(site)}</id>
<link rel="alternate" type="text/html" href="${feedPage(site)}"/>
<link rel="self" type="application/atom+xml" href="${feedPage(site)}feed.xml"/>
${
  updated
    ? xml`<updated>${updated}</updated>
`
    : ''
}<generator>${site.generator}</generator>
${entries.map(
  ({ article, dir, html }) => xml`<entry>
<title>${article.title}</title>
<id>${absoluteUrl(site.baseUrl, dir)}</id>
<link rel="alternate" type="text/html" href="${absoluteUrl(site.baseUrl, dir)}"/>
${
  article.date
    ? xml`<published>${rfc3339(article.date)}</published>
`
    : ''
}${
  changed(article)
    ? xml`<updated>${changed(article)}</updated>
`
    : ''
}${
  article.authors.length > 0
    ? article.authors.map(
        (name) => xml`<author><name>${name}</name></author>
`,
      )
    : xml`<author><name>${site.title}</name></author>
`
}${article.tags.map(
  (tag) => xml`<category term="${tag}"/>
`,
)}${
  article.summary
    ? xml`<summary>${article.summary}</summary>
`
    : ''
}${
  html !== ''
    ? xml`<content type="html" xml:base="${absoluteUrl(site.baseUrl, dir)}">${html}</content>
`
    : ''
}</entry>
`,
)}</feed>
`.value;
}

/** An RSS 2.0 feed. */
export function rssFeed(site: FeedSite, entries: readonly FeedEntry[]): string {
  const newest = entries
    .map((entry) => entry.article.updated ?? entry.article.date)
    .filter((date): date is ArticleDate => date !== null)
    .sort((a, b) => (rfc3339(a) < rfc3339(b) ? -1 : 1))
    .at(-1);
  return xml`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${site.title}</title>
<link>${feedPage(site)}</link>
<description>${site.description ?? site.title}</description>
${
  site.lang
    ? xml`<language>${site.lang}</language>
`
    : ''
}<atom:link href="${feedPage(site)}rss.xml" rel="self" type="application/rss+xml"/>
<generator>${site.generator}</generator>
${
  newest
    ? xml`<lastBuildDate>${rfc822(newest)}</lastBuildDate>
`
    : ''
}${entries.map(
  ({ article, dir, html }) => xml`<item>
<title>${article.title}</title>
<link>${absoluteUrl(site.baseUrl, dir)}</link>
<guid isPermaLink="true">${absoluteUrl(site.baseUrl, dir)}</guid>
${
  article.date
    ? xml`<pubDate>${rfc822(article.date)}</pubDate>
`
    : ''
}${article.tags.map(
  (tag) => xml`<category>${tag}</category>
`,
)}<description>${html !== '' ? html : article.summary}</description>
</item>
`,
)}</channel>
</rss>
`.value;
}

/** One URL of the sitemap: a page's folder and, for articles, when it last changed. */
export interface SitemapEntry {
  dir: string;
  lastModified?: string;
}

/** `sitemap.xml` listing every page. */
export function sitemap(baseUrl: string, entries: readonly SitemapEntry[]): string {
  return xml`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map(
  (
    entry,
  ) => xml`<url><loc>${absoluteUrl(baseUrl, entry.dir)}</loc>${entry.lastModified ? xml`<lastmod>${entry.lastModified}</lastmod>` : ''}</url>
`,
)}</urlset>
`.value;
}

/** `robots.txt`: everything may be crawled; the sitemap is named when its URL is known. */
export function robotsTxt(baseUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${baseUrl === null ? '' : `\nSitemap: ${baseUrl}${encodePath('sitemap.xml')}\n`}`;
}
