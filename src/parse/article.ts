/**
 * Turns one file's text into an `Article`: frontmatter fields read with documented fallbacks, body derived,
 * and every value that could not be used reported as a Problem. Pure: takes a path and text, never throws on
 * content, and always returns an article (a broken file is indexed with fallbacks, never lost).
 */
import type { FieldMap } from '../model/config.js';
import type { Article, ArticleDate, DateSource, ParsedArticle, TitleSource } from '../model/article.js';
import { problem, type Problem } from '../model/problem.js';
import { splitFrontmatter, type SplitFile } from './frontmatter.js';
import { analyseBody, inlineText } from './body-text.js';
import { bodyTags } from './body-tags.js';
import { dateFromPath, dateInUrl, parseDateValue } from './dates.js';
import { articleId } from './article-id.js';
import { splitNameList } from './author-names.js';
import { slugify, slugFromPath, titleFromPath } from './slug.js';

export interface ParseOptions {
  /** Authors given to articles that name none (from the archive's config). */
  defaultAuthors?: string[];
  /** The archive's own field names (from the config), read before folio's usual ones. */
  fields?: FieldMap;
  /** The archive's language (config `lang`), for articles that do not name theirs: it chooses their stemmer. */
  defaultLang?: string;
  /** Read Obsidian's `#tags` in the body as tags (an Obsidian vault, or the config's `bodyTags`). */
  bodyTags?: boolean;
}

export interface ParseResult {
  parsed: ParsedArticle;
  problems: Problem[];
  /** Set when the file is a page of the site around the articles (see sectionPage), with the reason. */
  notAnArticle?: string;
}

const DATE_FIELDS = ['date', 'publishDate', 'published_at', 'pubDate', 'created'];
/**
 * Fields that hold the article's address, where static site generators keep a date when there is no date field:
 * Zola's `path` and `aliases`, Hugo's `url` and `aliases`, Jekyll's `permalink` and `redirect_from`.
 */
const URL_FIELDS = ['path', 'permalink', 'url', 'slug', 'aliases', 'redirect_from'];
/** Fields holding tags, in the order their tags are listed (Zola's `taxonomies` come after these). */
const TAG_FIELDS = ['tags', 'categories', 'category', 'keywords'];
const UPDATED_FIELDS = ['updated', 'lastmod', 'modified', 'last_modified_at'];
const SUMMARY_FIELDS = ['summary', 'description', 'excerpt'];
const SUMMARY_LIMIT = 500;
// C0 and C1 controls (tab, newline and carriage return are whitespace, folded elsewhere), DEL, bidi overrides.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Parses the text of the file at `path` (relative, `/` separators) into an article and its problems. */
export function parseArticle(path: string, text: string, options: ParseOptions = {}): ParseResult {
  const split = splitFrontmatter(text);
  const problems: Problem[] = split.issues.map((issue) => problem(path, issue.severity, issue.message, issue.line));
  const fields = new FieldReader(path, split, problems);
  const body = analyseBody(split.body, split.bodyLine);
  const map = options.fields ?? {};

  const title = readTitle(fields, body.firstHeading, path, map.title ?? []);
  const { date, dateSource } = readDate(fields, path, map.date ?? []);
  const authors = firstNames(fields, [...(map.author ?? []), 'authors', 'author']) ?? options.defaultAuthors ?? [];
  const frontmatterSummary = fields.firstString([...(map.summary ?? []), ...SUMMARY_FIELDS]);
  const slugField = fields.string('slug');
  const slug = (slugField !== undefined && slugify(slugField)) || slugFromPath(path);
  if (slugField !== undefined && !slugify(slugField))
    fields.warn('slug', `slug '${slugField}' has no letters or digits; using '${slug}'`);

  const article: Article = {
    id: articleId(path),
    path,
    slug,
    title: title.text,
    titleSource: title.source,
    date,
    dateSource,
    updated: fields.firstDate([...(map.updated ?? []), ...UPDATED_FIELDS]),
    authors: dedupe(authors),
    // Tags written in the body (Obsidian's `#tag`) come after the frontmatter's.
    tags: options.bodyTags
      ? dedupe([...fields.tags(map.tags ?? []), ...bodyTags(split.body)])
      : fields.tags(map.tags ?? []),
    summary:
      frontmatterSummary !== undefined ? clip(inlineText(frontmatterSummary, 0), SUMMARY_LIMIT) : body.firstParagraph,
    draft: fields.flag('draft') === true || fields.flag('published') === false,
    lang: fields.firstString([...(map.lang ?? []), 'lang', 'language']) ?? null,
    words: body.words,
    readingMinutes: body.readingMinutes,
    data: split.data,
  };
  if (CONTROL.test(article.title)) fields.warn('title', 'title contains control characters (shown escaped)');
  if (text.trim() === '') problems.push(problem(path, 'warning', 'empty file'));

  const notAnArticle = sectionPage(path, split, date !== null);
  return {
    parsed: { article, text: body.text, links: body.links, format: split.format, bodyLine: split.bodyLine },
    problems,
    ...(notAnArticle ? { notAnArticle } : {}),
  };
}

/** Frontmatter fields that say how a site generator builds a page rather than what the page says. */
const BUILD_FIELDS = ['template', 'layout', 'redirect_to', 'redirect', 'external_url'];
/** Template code (Liquid, Go templates, Tera, Nunjucks) and HTML comments: what a listing page's body holds. */
const TEMPLATE_CODE = /\{%[\s\S]{0,4000}?%\}|\{\{[\s\S]{0,4000}?\}\}|\{#[\s\S]{0,4000}?#\}|<!--[\s\S]{0,4000}?-->/g;

/**
 * Why a file is a page of the site around the articles instead of an article, or undefined when it is an article:
 * - a Zola or Hugo section page, `_index.md` (the section's title and settings; its pages are the articles);
 * - a page made by a template: a body without text once template code is set aside, a frontmatter naming a
 *   template, layout or redirect, and no date (a blog's own `index.md` with `layout: blog-category`, Zola's
 *   `releases/latest.md` holding only `template = "latest.html"`, a Jekyll `index.md` with `layout: home`).
 * A dated file is always an article, however empty. Other pages are left out with `.folioignore`.
 */
export function sectionPage(path: string, split: SplitFile, dated: boolean): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === '_index.md' || name === '_index.markdown') return 'a section page (_index.md)';
  if (dated || !BUILD_FIELDS.some((key) => Object.hasOwn(split.data, key))) return undefined;
  return split.body.replace(TEMPLATE_CODE, '').trim() === '' ? 'a page made by a template' : undefined;
}

function firstNames(fields: FieldReader, keys: string[]): string[] | undefined {
  for (const key of keys) {
    const names = fields.names(key);
    if (names !== undefined) return names;
  }
  return undefined;
}

function readTitle(
  fields: FieldReader,
  heading: string | null,
  path: string,
  mapped: string[],
): { text: string; source: TitleSource } {
  const fromFrontmatter = [...mapped, 'title'].reduce<string | undefined>(
    (found, key) => found ?? fields.string(key, true),
    undefined,
  );
  if (fromFrontmatter) return { text: fromFrontmatter, source: 'frontmatter' };
  if (heading) return { text: heading, source: 'heading' };
  return { text: titleFromPath(path), source: 'file name' };
}

function readDate(
  fields: FieldReader,
  path: string,
  mapped: string[],
): { date: ArticleDate | null; dateSource: DateSource } {
  const date = fields.firstDate([...mapped, ...DATE_FIELDS]);
  if (date) return { date, dateSource: 'frontmatter' };
  const fromUrl = fields.dateInUrls(URL_FIELDS);
  if (fromUrl) return { date: fromUrl, dateSource: 'url' };
  const fromPath = dateFromPath(path);
  if (fromPath) return { date: fromPath.date, dateSource: fromPath.source };
  return { date: null, dateSource: 'none' };
}

/** Reads typed values out of frontmatter data, reporting each value of the wrong type once. */
class FieldReader {
  constructor(
    private readonly path: string,
    private readonly split: SplitFile,
    private readonly problems: Problem[],
  ) {}

  warn(key: string, message: string): void {
    this.problems.push(
      problem(this.path, 'warning', message, this.split.fieldLines[key] ?? this.split.fieldLines[key.split('.')[0]!]),
    );
  }

  /** The value of `key`; a key with dots that is not a field itself names a nested one (`params.author`). */
  private value(key: string): unknown {
    if (Object.hasOwn(this.split.data, key)) return this.split.data[key];
    if (!key.includes('.')) return undefined;
    let value: unknown = this.split.data;
    for (const part of key.split('.')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, part))
        return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  }

  /** A text field; numbers and booleans are read as text (with a warning when `strict`), other types ignored. */
  string(key: string, strict = false): string | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return collapse(value) || undefined;
    if (typeof value === 'number' || typeof value === 'boolean') {
      if (strict) this.warn(key, `${key} is a ${typeof value}, read as text`);
      return String(value);
    }
    this.warn(key, `${key} is ${describe(value)}, expected text; ignored`);
    return undefined;
  }

  firstString(keys: string[]): string | undefined {
    for (const key of keys) {
      const value = this.string(key);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  flag(key: string): boolean | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(?:true|yes|on)$/i.test(value.trim())) return true;
    if (typeof value === 'string' && /^(?:false|no|off)$/i.test(value.trim())) return false;
    this.warn(key, `${key} is ${describe(value)}, expected true or false; ignored`);
    return undefined;
  }

  firstDate(keys: string[]): ArticleDate | null {
    for (const key of keys) {
      const value = this.value(key);
      if (value === undefined || value === null || value === '') continue;
      const date = parseDateValue(value);
      if (date) return date;
      this.warn(
        key,
        `${key} ${JSON.stringify(value)} is not a valid date (expected YYYY-MM-DD or an ISO 8601 date-time); ignored`,
      );
    }
    return null;
  }

  /** The first day written in the URLs of these fields (each a string or a list of strings), or null. */
  dateInUrls(keys: string[]): ArticleDate | null {
    for (const key of keys) {
      const value = this.value(key);
      for (const item of Array.isArray(value) ? value : [value]) {
        const date = typeof item === 'string' ? dateInUrl(item) : null;
        if (date) return date;
      }
    }
    return null;
  }

  /**
   * A list of names: a string, a list of strings, or objects with a `name` (Hugo/Jekyll author maps). A string that
   * is plainly a list of people ("Ana Ruiz and Tom Becker") is split; a map's name is kept whole, with its role.
   */
  names(key: string): string[] | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    const items = Array.isArray(value) ? value : [value];
    const names: string[] = [];
    for (const item of items) {
      const name =
        typeof item === 'string' || typeof item === 'number'
          ? String(item)
          : item &&
              typeof item === 'object' &&
              !Array.isArray(item) &&
              typeof (item as { name?: unknown }).name === 'string'
            ? (item as { name: string }).name
            : undefined;
      if (name === undefined) this.warn(key, `${key} has ${describe(item)}, expected a name; ignored`);
      else if (typeof item === 'string' && collapse(name)) names.push(...splitNameList(collapse(name)));
      else if (collapse(name)) names.push(collapse(name));
    }
    return names.length > 0 ? names : undefined;
  }

  /**
   * Tags, as each tool writes them: `tags`, Hugo's `categories` and `keywords`, a Node-style `category`, Zola's
   * `[taxonomies]` `tags` and `categories`. Each is a list or one string: comma-separated, except `categories` and
   * `category` without a comma, which are space-separated as Jekyll reads them. A leading `#` is dropped,
   * duplicates (any case) removed, the fields' tags kept in this order.
   */
  tags(mapped: string[] = []): string[] {
    const tags: string[] = [];
    for (const { key, value, spaced } of this.tagValues(mapped)) tags.push(...this.tagList(key, value, spaced));
    return dedupe(tags);
  }

  private *tagValues(mapped: string[]): Generator<{ key: string; value: unknown; spaced: boolean }> {
    for (const key of [...new Set([...mapped, ...TAG_FIELDS])])
      yield { key, value: this.value(key), spaced: key.startsWith('categor') };
    const taxonomies = this.value('taxonomies');
    if (taxonomies && typeof taxonomies === 'object' && !Array.isArray(taxonomies)) {
      for (const key of ['tags', 'categories']) {
        if (Object.hasOwn(taxonomies, key))
          yield { key: `taxonomies.${key}`, value: (taxonomies as Record<string, unknown>)[key], spaced: false };
      }
    }
  }

  private tagList(key: string, value: unknown, spaced: boolean): string[] {
    if (value === undefined || value === null) return [];
    let items: unknown[];
    if (typeof value === 'string')
      items = spaced && !value.includes(',') ? value.trim().split(/\s+/) : value.split(',');
    else if (Array.isArray(value)) items = value;
    else if (typeof value === 'number') items = [value];
    else {
      this.warn(key, `${key} is ${describe(value)}, expected a list; ignored`);
      return [];
    }
    const tags: string[] = [];
    for (const item of items) {
      if (typeof item !== 'string' && typeof item !== 'number') {
        this.warn(key, `${key} has ${describe(item)}, expected text; ignored`);
        continue;
      }
      const tag = collapse(String(item)).replace(/^#+/, '');
      if (tag) tags.push(tag);
    }
    return tags;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `a ${typeof value}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
