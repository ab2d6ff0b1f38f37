/**
 * What the export commands and `folio serve` need from the command line: the base URL checked and normalised,
 * the render cache beside the index, sizes for their summary lines, and the one place that turns a request for a
 * site into the articles and `exportSite` options (language, words, theme, cache), so the preview of `serve`
 * cannot drift from what `export html` writes.
 */
import { resolve } from 'node:path';
import { UsageError } from '../../model/errors.js';
import type { Article } from '../../model/article.js';
import type { ArticleFilter } from '../../model/filter.js';
import { renderCacheFile, rendererIdentity } from '../../export/render-cache.js';
import type { SiteOptions } from '../../export/site.js';
import { languageTag } from '../../export/pages.js';
import { commonLanguage, siteWords } from '../../export/i18n/languages.js';
import { readTheme, themeWords } from '../../export/theme.js';
import { linkedFromMap } from '../../index/link-graph.js';
import { bodyLines, selectArticles } from '../../index/article-reads.js';
import type { Context } from '../context.js';
import { openArchive } from '../open-archive.js';
import { folioVersion } from '../version.js';

/** A site to export, as the command line asks for it. */
export interface SiteRequest {
  filter: ArticleFilter;
  /** The output folder (absolute), and how to name it in messages. */
  out: string;
  outShown?: string;
  force: boolean;
  baseUrl: string | null;
  /** The site's title; default the config's, else the word for "articles" in the site's language. */
  title?: string;
  /** The theme folder (absolute); default the config's `theme`, relative to the archive. */
  theme?: string;
  htmlAsText: boolean;
  feeds: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads the articles of a site from the index (newest first) and decides everything `exportSite` is told: the
 * language (the config's, else the one most articles are written in), its words, the theme, the render cache.
 */
export async function prepareSite(
  context: Context,
  request: SiteRequest,
): Promise<{ articles: Article[]; options: SiteOptions }> {
  const themeSetting =
    request.theme ?? (context.config.theme !== undefined ? resolve(context.root, context.config.theme) : undefined);
  const theme = themeSetting === undefined ? undefined : readTheme(themeSetting);
  const configLang = context.config.lang;

  const { db } = await openArchive(context);
  const articles = selectArticles(db, request.filter, { sort: 'date', reverse: false });
  const lines = bodyLines(db);
  const linkedFrom = linkedFromMap(db);
  db.close();

  const lang = languageTag(configLang) ?? languageTag(commonLanguage(articles.map((article) => article.lang))) ?? 'en';
  const words = siteWords(lang, themeWords(theme, lang));
  const options: SiteOptions = {
    root: context.root,
    out: request.out,
    force: request.force,
    htmlAsText: request.htmlAsText,
    title: request.title ?? context.config.title ?? words.articles,
    baseUrl: request.baseUrl,
    lang,
    defaultLang: configLang ?? null,
    words,
    feeds: request.feeds,
    generator: `folio ${folioVersion()}`,
    bodyLines: lines,
    linkedFrom,
    cache: renderCache(context),
  };
  if (request.outShown !== undefined) options.outShown = request.outShown;
  if (theme) options.theme = theme;
  if (request.onProgress) options.onProgress = request.onProgress;
  return { articles, options };
}

/** Checks a base URL (http or https) and gives it a trailing slash; null when none was given. */
export function toBaseUrl(value: string | undefined, source: string): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`${source} ${value}: not a URL (expected something like https://example.org/blog/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${source} ${value}: expected an http or https URL`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `1536` → `1.5 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The render cache of the context's archive: `render-cache.db` beside the index. */
export function renderCache(context: Context): { file: string; renderer: string } {
  return { file: renderCacheFile(context.indexFile), renderer: rendererIdentity(folioVersion()) };
}

/** With --debug, how much Markdown work the export did: the observable sign that the cache was used. */
export function noteRenderWork(context: Context, work: { rendered: number; reused: number }, file: string): void {
  if (context.debug) context.note(`render cache: ${work.rendered} rendered, ${work.reused} reused (${file})`);
}
