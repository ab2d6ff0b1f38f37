/**
 * Turns one file's text into an `Article`: frontmatter fields read with documented fallbacks, body derived,
 * and every value that could not be used reported as a Problem. Pure: takes a path and text, never throws on
 * content, and always returns an article (a broken file is indexed with fallbacks, never lost).
 */
import type { Article, ArticleDate, DateSource, ParsedArticle, TitleSource } from '../model/article.js';
import { problem, type Problem } from '../model/problem.js';
import { splitFrontmatter, type SplitFile } from './frontmatter.js';
import { readBody, inlineText } from './body-text.js';
import { dateFromPath, parseDateValue } from './dates.js';
import { slugify, slugFromPath, titleFromPath } from './slug.js';

export interface ParseOptions {
  /** Authors given to articles that name none (from the archive's config). */
  defaultAuthors?: string[];
  /** The archive's language (config `lang`), for articles that do not name theirs: it chooses their stemmer. */
  defaultLang?: string;
}

export interface ParseResult {
  parsed: ParsedArticle;
  problems: Problem[];
}

const DATE_FIELDS = ['date', 'publishDate', 'published_at', 'pubDate', 'created'];
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
  const body = readBody(split.body, split.bodyLine);

  const title = readTitle(fields, body.firstHeading, path);
  const { date, dateSource } = readDate(fields, path);
  const authors = fields.names('authors') ?? fields.names('author') ?? options.defaultAuthors ?? [];
  const frontmatterSummary = fields.firstString(SUMMARY_FIELDS);
  const slugField = fields.string('slug');
  const slug = (slugField !== undefined && slugify(slugField)) || slugFromPath(path);
  if (slugField !== undefined && !slugify(slugField)) fields.warn('slug', `slug '${slugField}' has no letters or digits; using '${slug}'`);

  const article: Article = {
    id: path.replace(/\.(?:md|markdown)$/i, ''),
    path,
    slug,
    title: title.text,
    titleSource: title.source,
    date,
    dateSource,
    updated: fields.firstDate(UPDATED_FIELDS),
    authors: dedupe(authors),
    tags: fields.tags(),
    summary: frontmatterSummary !== undefined ? clip(inlineText(frontmatterSummary, 0), SUMMARY_LIMIT) : body.firstParagraph,
    draft: fields.flag('draft') === true || fields.flag('published') === false,
    lang: fields.string('lang') ?? fields.string('language') ?? null,
    words: body.words,
    readingMinutes: body.readingMinutes,
    data: split.data,
  };
  if (CONTROL.test(article.title)) fields.warn('title', 'title contains control characters (shown escaped)');
  if (text.trim() === '') problems.push(problem(path, 'warning', 'empty file'));

  return {
    parsed: { article, text: body.text, links: body.links, format: split.format, bodyLine: split.bodyLine },
    problems,
  };
}

function readTitle(fields: FieldReader, heading: string | null, path: string): { text: string; source: TitleSource } {
  const fromFrontmatter = fields.string('title', true);
  if (fromFrontmatter) return { text: fromFrontmatter, source: 'frontmatter' };
  if (heading) return { text: heading, source: 'heading' };
  return { text: titleFromPath(path), source: 'file name' };
}

function readDate(fields: FieldReader, path: string): { date: ArticleDate | null; dateSource: DateSource } {
  const date = fields.firstDate(DATE_FIELDS);
  if (date) return { date, dateSource: 'frontmatter' };
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
    this.problems.push(problem(this.path, 'warning', message, this.split.fieldLines[key]));
  }

  private value(key: string): unknown {
    return Object.hasOwn(this.split.data, key) ? this.split.data[key] : undefined;
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
      this.warn(key, `${key} ${JSON.stringify(value)} is not a valid date (expected YYYY-MM-DD or an ISO 8601 date-time); ignored`);
    }
    return null;
  }

  /** A list of names: a string, a list of strings, or objects with a `name` (Hugo/Jekyll author maps). */
  names(key: string): string[] | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    const items = Array.isArray(value) ? value : [value];
    const names: string[] = [];
    for (const item of items) {
      const name = typeof item === 'string' || typeof item === 'number' ? String(item)
        : item && typeof item === 'object' && !Array.isArray(item) && typeof (item as { name?: unknown }).name === 'string'
          ? (item as { name: string }).name : undefined;
      if (name === undefined) this.warn(key, `${key} has ${describe(item)}, expected a name; ignored`);
      else if (collapse(name)) names.push(collapse(name));
    }
    return names.length > 0 ? names : undefined;
  }

  /** Tags: a list, or one comma-separated string; a leading `#` is dropped, duplicates (any case) removed. */
  tags(): string[] {
    const value = this.value('tags');
    if (value === undefined || value === null) return [];
    let items: unknown[];
    if (typeof value === 'string') items = value.split(',');
    else if (Array.isArray(value)) items = value;
    else if (typeof value === 'number') items = [value];
    else {
      this.warn('tags', `tags is ${describe(value)}, expected a list; ignored`);
      return [];
    }
    const tags: string[] = [];
    for (const item of items) {
      if (typeof item !== 'string' && typeof item !== 'number') {
        this.warn('tags', `tags has ${describe(item)}, expected text; ignored`);
        continue;
      }
      const tag = collapse(String(item)).replace(/^#+/, '');
      if (tag) tags.push(tag);
    }
    return dedupe(tags);
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
