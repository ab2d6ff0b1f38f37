/**
 * Reads what a web page states about its article: title candidates, authors, dates, language and address, from
 * Open Graph and other meta tags, JSON-LD (schema.org) blocks, `<time>` elements and bylines. Values are taken
 * only when the page states them and they are well formed; a date that is not a real date is dropped, never
 * repaired. Must run before the page is cleaned, since JSON-LD lives in script elements.
 */
import { parseDateValue } from '../parse/dates.js';
import { namesInByline, type ImportedAuthor } from './byline.js';
import { parseStatedDate } from './date-text.js';
import { COMMENT_NODE, descendants, tagOf, textOf, type DomDocument, type DomElement } from './dom.js';
import { oneLine } from './imported-article.js';

export interface PageMetadata {
  /** Titles the page states, best first: Open Graph, JSON-LD headline, Twitter card, <title> without the site name. */
  titles: string[];
  siteName: string | null;
  authors: ImportedAuthor[];
  date: string | null;
  updated: string | null;
  lang: string | null;
  /** Where the article was published (canonical link, Open Graph URL, the browser's "saved from" note). */
  url: string | null;
  /** What relative links are resolved against: `<base href>`, else `url`. */
  baseUrl: string | null;
}

/** JSON-LD blocks bigger than this are not read (they are data dumps, not article descriptions). */
const MAX_JSON_LD = 512 * 1024;
const ARTICLE_TYPES =
  /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Review|Posting|Blog|WebPage|ItemPage|CreativeWork)$/;
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
/** Elements where a byline or a <time> belongs to something other than the article. */
const ELSEWHERE =
  'nav, aside, footer, form, [class*="comment"], [id*="comment"], [class*="related"], [class*="sidebar"], [class*="widget"]';

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  authors: ImportedAuthor[];
  inLanguage?: string;
  publisher?: string;
}

/** Reads the metadata of a page. */
export function readPageMetadata(doc: DomDocument): PageMetadata {
  const meta = metaValues(doc);
  const ld = jsonLdArticle(doc);
  const siteName = first(meta.get('og:site_name'), ld.publisher, meta.get('application-name'));

  const titles = [
    meta.get('og:title'),
    ld.headline,
    meta.get('twitter:title'),
    meta.get('dc.title'),
    titleWithoutSite(doc, siteName),
  ]
    .map((title) => (title ? oneLine(title) : ''))
    .filter((title, index, all) => title !== '' && all.indexOf(title) === index);

  const url = firstUrl([canonicalHref(doc), meta.get('og:url'), savedFromUrl(doc)], null);
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href') ?? null;
  const baseUrl = (baseHref && firstUrl([baseHref], url)) || url;

  const date =
    firstDate([
      ld.datePublished,
      meta.get('article:published_time'),
      meta.get('datepublished'),
      meta.get('date'),
      meta.get('dc.date'),
      meta.get('dc.date.issued'),
      meta.get('dcterms.created'),
      meta.get('dcterms.date'),
      meta.get('pubdate'),
      meta.get('publish-date'),
      meta.get('publish_date'),
      meta.get('parsely-pub-date'),
      meta.get('sailthru.date'),
    ]) ?? timeElementDate(doc);
  const updated = firstDate([
    ld.dateModified,
    meta.get('article:modified_time'),
    meta.get('datemodified'),
    meta.get('og:updated_time'),
    meta.get('dcterms.modified'),
  ]);

  return {
    titles,
    siteName: siteName ? oneLine(siteName) : null,
    authors: ld.authors.length > 0 ? ld.authors : bylineAuthors(doc, meta),
    date,
    updated: updated !== null && updated !== date ? updated : null,
    lang: language(doc, meta, ld),
    url,
    baseUrl,
  };
}

function first(...values: (string | undefined | null)[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/** Every `<meta>` value by its lower-cased property, name, itemprop or http-equiv (the first one wins). */
function metaValues(doc: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of Array.from(doc.getElementsByTagName('meta'))) {
    const key =
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop') ??
      element.getAttribute('http-equiv');
    const content = element.getAttribute('content') ?? element.getAttribute('datetime');
    if (key && content && content.trim() !== '' && !values.has(key.toLowerCase()))
      values.set(key.toLowerCase().trim(), content.trim());
  }
  return values;
}

/** The first article-like object described by the page's JSON-LD blocks. */
function jsonLdArticle(doc: DomDocument): JsonLdArticle {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const found = findArticleObject(data, 0);
    if (found) return describeArticle(found);
  }
  return { authors: [] };
}

function findArticleObject(data: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 4 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticleObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = data as Record<string, unknown>;
  const types = Array.isArray(object['@type']) ? object['@type'] : [object['@type']];
  if (
    types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type) && type !== 'WebPage') &&
    (object.headline || object.datePublished || object.author)
  ) {
    return object;
  }
  return findArticleObject(object['@graph'], depth + 1) ?? findArticleObject(object.mainEntity, depth + 1);
}

function describeArticle(object: Record<string, unknown>): JsonLdArticle {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const people = Array.isArray(object.author) ? object.author : object.author === undefined ? [] : [object.author];
  const authors: ImportedAuthor[] = [];
  for (const person of people.slice(0, 20)) {
    if (typeof person === 'string') {
      authors.push(...namesInByline(person));
    } else if (person && typeof person === 'object') {
      const { name, jobTitle } = person as Record<string, unknown>;
      const clean = text(name) ? oneLine(text(name)!) : '';
      if (clean === '' || /^https?:/i.test(clean)) continue;
      const role = text(jobTitle) ? oneLine(text(jobTitle)!) : '';
      authors.push(role ? { name: clean, role } : { name: clean });
    }
  }
  const publisher =
    object.publisher && typeof object.publisher === 'object'
      ? text((object.publisher as Record<string, unknown>).name)
      : undefined;
  const language = text(object.inLanguage);
  const described: JsonLdArticle = { authors };
  if (text(object.headline)) described.headline = text(object.headline)!;
  if (text(object.datePublished)) described.datePublished = text(object.datePublished)!;
  if (text(object.dateModified)) described.dateModified = text(object.dateModified)!;
  if (language) described.inLanguage = language;
  if (publisher) described.publisher = publisher;
  return described;
}

/** The document title, without the site name that most sites add ("Headline | Site", "Site — Headline"). */
function titleWithoutSite(doc: DomDocument, siteName: string | undefined): string | undefined {
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!title) return undefined;
  if (siteName) {
    const escaped = siteName.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = title
      .replace(new RegExp(`\\s+[|·:–—-]+\\s+${escaped}$`, 'i'), '')
      .replace(new RegExp(`^${escaped}\\s+[|·:–—-]+\\s+`, 'i'), '');
    if (stripped !== '' && stripped !== title) return stripped;
  }
  // Without a known site name only the unambiguous separators are trusted: the headline comes first.
  const parts = title.split(/\s+(?:\||·|::|»)\s+/);
  return parts[0]!.trim() || title;
}

function canonicalHref(doc: DomDocument): string | undefined {
  const link = Array.from(doc.getElementsByTagName('link')).find((element) =>
    element.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical'),
  );
  return link?.getAttribute('href') ?? undefined;
}

/** The address browsers note at the top of a saved page: `<!-- saved from url=(0042)https://… -->`. */
function savedFromUrl(doc: DomDocument): string | undefined {
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== COMMENT_NODE) continue;
    const match = /saved from url=\(\d+\)(\S+)/i.exec(node.nodeValue ?? '');
    if (match) return match[1];
  }
  const html = doc.documentElement;
  for (let node = html?.firstChild ?? null; node; node = node.nextSibling) {
    if (node.nodeType !== COMMENT_NODE) continue;
    const match = /saved from url=\(\d+\)(\S+)/i.exec(node.nodeValue ?? '');
    if (match) return match[1];
  }
  return undefined;
}

/** The first candidate that is an absolute http(s) address (relative ones resolved against `base`). */
function firstUrl(candidates: (string | undefined | null)[], base: string | null): string | null {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = base ? new URL(candidate.trim(), base) : new URL(candidate.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not an address; try the next one.
    }
  }
  return null;
}

/** Reads a machine date as pages write them, keeping the form: `2024-02-03`, `2024-02-03T06:00:00Z`. */
export function machineDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const text = value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, '$1T$2');
  return parseDateValue(text)?.value ?? null;
}

function firstDate(candidates: (string | undefined)[]): string | null {
  for (const candidate of candidates) {
    const date = machineDate(candidate);
    if (date) return date;
  }
  return null;
}

/** The publication date of a `<time>` element that belongs to the article (not to comments or a sidebar). */
function timeElementDate(doc: DomDocument): string | null {
  const times = Array.from(doc.querySelectorAll('time[itemprop~="datePublished"], time[pubdate], article time, time'));
  for (const time of times) {
    if (time.closest(ELSEWHERE)) continue;
    const date = machineDate(time.getAttribute('datetime')) ?? parseStatedDate(time.textContent ?? '');
    if (date) return date;
  }
  return null;
}

/** Authors from a byline element, else from the author meta tags. */
function bylineAuthors(doc: DomDocument, meta: Map<string, string>): ImportedAuthor[] {
  const body = doc.body;
  if (body) {
    for (const element of descendants(body)) {
      if (!isBylineElement(element) || element.closest(ELSEWHERE)) continue;
      const authors = namesInByline(textOf(element));
      if (authors.length > 0) return authors.map((author) => ({ ...author, name: oneLine(author.name) }));
    }
  }
  for (const key of ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author']) {
    const value = meta.get(key);
    if (!value || /^https?:/i.test(value)) continue;
    const authors = namesInByline(oneLine(value));
    if (authors.length > 0) return authors;
  }
  return [];
}

function isBylineElement(element: DomElement): boolean {
  if (element.getAttribute('rel')?.split(/\s+/).includes('author')) return true;
  if (element.getAttribute('itemprop')?.split(/\s+/).includes('author')) return true;
  const tag = tagOf(element);
  if (tag === 'script' || tag === 'style') return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  return (
    /(?:^|[\s_-])(?:byline|by-line|author|authors|article-author|post-author|author-name|contributor)(?:$|[\s_-])/.test(
      names,
    ) && !/\b(?:bio|avatar|box|description|about)\b/.test(names)
  );
}

function language(doc: DomDocument, meta: Map<string, string>, ld: JsonLdArticle): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    meta.get('content-language'),
    meta.get('og:locale'),
    ld.inLanguage,
  ];
  for (const candidate of candidates) {
    const tag = candidate?.trim().replace(/_/g, '-').split(/[,\s]/)[0];
    if (tag && LANG_TAG.test(tag)) return tag;
  }
  return null;
}
