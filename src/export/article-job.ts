/**
 * The work done for one article of a site export: read its body, render it (or take its render from the render
 * cache, see render-cache.ts), write its page and its search
 * record, and count its search terms. Runs on worker threads (see render-pool.ts) or in the main thread for
 * small exports; takes plain data in and gives plain data back, so it crosses threads as is.
 */
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problem.js';
import { readArticleToExport } from '../archive/read-article.js';
import { archiveNames, linkedArticleOrNamed, type ArchiveNames } from '../parse/article-links.js';
import { createHtmlRenderer, plain, type HtmlRenderer, type RenderedHtml } from '../render/html.js';
import { RenderCacheReader, renderKey, type RenderCacheEntry, type Rewrite } from './render-cache.js';
import { trusted } from './markup.js';
import { isRecordedFile, recipeOf, type OutputRecord } from './site-reuse.js';
import { createMediaFinder, MEDIA_DIR } from './media.js';
import { ExportError, FolderWriter } from './out-dir.js';
import { articlePage, type PageLink, type SiteInfo } from './pages.js';
import { docJson } from './search/index-builder.js';
import { TermCounter, type DocTerms } from './search/term-counter.js';
import { pageFile, relativeUrl } from './site-paths.js';

/** Settings shared by every article job of one export. */
export interface ArticleJobSettings {
  root: string;
  /** The staging folder pages are written to. */
  folder: string;
  site: SiteInfo;
  htmlAsText: boolean;
  /** Archive path → the article's folder in the site, for links between articles. */
  dirByPath: [string, string][];
  /** The render cache to read, and the renderer's identity (see render-cache.ts); no cache when absent. */
  cache?: { file: string; renderer: string };
  /**
   * Reuse of the previous export's pages (see site-reuse.ts): the site being replaced, and the recipe of the
   * site's settings and folio's code. Pages are always made anew when absent.
   */
  reuse?: { folder: string; site: string };
}

export interface ArticleJob {
  index: number;
  article: Article;
  /** Where the body starts in the file, from the index; read from the file itself when absent. */
  bodyLine?: number;
  dir: string;
  tags: PageLink[];
  authors: PageLink[];
  newer?: PageLink;
  older?: PageLink;
  /** The articles of the site that link to this one. */
  linkedFrom?: PageLink[];
  /** Send the body's HTML back (the feeds need it for the newest articles). */
  wantHtml: boolean;
  /** Set when a worker that had this job was stopped: it may have written the page already. */
  again?: boolean;
  /** What the previous export recorded of this page, when it made one (see site-reuse.ts). */
  previous?: OutputRecord;
}

export interface ArticleJobResult {
  index: number;
  bytes: number;
  files: number;
  problems: Problem[];
  search: DocTerms;
  /** The article's search record (JSON); the main thread puts records a few to a file. */
  doc: string;
  html?: string;
  /** Archive files the page refers to (see media.ts); the main thread copies each once. */
  media: string[];
  /** The page's recipe (see site-reuse.ts), when pages are reused; `kept` when the previous page was linked. */
  recipe?: string;
  kept?: boolean;
  /** The render's cache key, and the render itself when it was made now (for the main thread to store). */
  cacheKey?: string;
  rendered?: RenderCacheEntry;
}

/** The settings part of a render's cache key: the kind of export (`page`, `record`) and what the renderer is told besides the body. */
export function renderSettings(variant: 'page' | 'record', htmlAsText: boolean): string {
  return JSON.stringify({ variant, htmlAsText });
}

/** An article's body rendered, by the renderer or from the cache; `rewrites` is set when it was rendered now. */
export interface BodyRender {
  html: string;
  text: string;
  fallback: string | null;
  rewrites?: Rewrite[];
}

/**
 * Renders `body`, or takes its render from `cache` when every link and picture it asked about still gets the
 * same answer; `ask` answers (and records what the page refers to).
 */
export function renderOrReuse(
  key: string | undefined,
  cache: RenderCacheReader | undefined,
  ask: { link: (href: string) => string | undefined; image: (href: string) => string | undefined },
  render: (
    rewriteLink: (href: string) => string | undefined,
    rewriteImage: (href: string) => string | undefined,
  ) => RenderedHtml,
): BodyRender {
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached?.rewrites.every(([kind, href, answer]) => (ask[kind](href) ?? null) === answer)) {
    return { html: cached.html, text: cached.text, fallback: cached.fallback };
  }
  const rewrites: Rewrite[] = [];
  const recorded = (kind: Rewrite[0]) => (href: string) => {
    const answer = ask[kind](href);
    rewrites.push([kind, href, answer ?? null]);
    return answer;
  };
  const rendered = render(recorded('link'), recorded('image'));
  return { html: rendered.html, text: rendered.text, fallback: rendered.fallback ?? null, rewrites };
}

/** Creates the function that runs one job; `forcePlain` renders without parsing Markdown (after a timeout). */
export function createArticleWorker(
  settings: ArticleJobSettings,
): (job: ArticleJob, forcePlain?: string) => ArticleJobResult {
  const writer = new FolderWriter(settings.folder);
  const renderer: HtmlRenderer = createHtmlRenderer({ htmlAsText: settings.htmlAsText });
  const dirByPath = new Map(settings.dirByPath);
  const findMedia = createMediaFinder(settings.root);
  const terms = new TermCounter(threadId);
  const cache = RenderCacheReader.open(settings.cache?.file);
  const renderSetting = renderSettings('page', settings.htmlAsText);

  return (job, forcePlain) => {
    const before = { bytes: writer.bytes, files: writer.files };
    const { article } = job;
    const read = readArticleToExport(settings.root, article.path, job.bodyLine);
    const problems = [...read.problems];
    const media = new Set<string>();
    const rewriteMedia = (href: string) => {
      const found = findMedia(article.path, href);
      if (!found) return undefined;
      if ('refused' in found) {
        problems.push(problem(article.path, 'warning', `'${href}': ${found.refused}`));
        return undefined;
      }
      media.add(found.path);
      return relativeUrl(job.dir, `${MEDIA_DIR}/${found.path}`) + found.fragment;
    };
    const rewriteLink = (href: string) => articleLink(href, article.path, job.dir, dirByPath) ?? rewriteMedia(href);
    // A render forced to plain text (a worker stopped) is neither taken from nor kept in the cache.
    const key =
      settings.cache && forcePlain === undefined
        ? renderKey({
            renderer: settings.cache.renderer,
            settings: renderSetting,
            path: article.path,
            title: article.title,
            body: read.body,
          })
        : undefined;
    const rendered: BodyRender =
      forcePlain !== undefined
        ? { ...plain(read.body, forcePlain), fallback: forcePlain }
        : renderOrReuse(key, cache, { link: rewriteLink, image: rewriteMedia }, (link, image) =>
            renderer.render(read.body, { rewriteLink: link, rewriteImage: image, title: article.title }),
          );
    if (rendered.fallback) problems.push(problem(article.path, 'warning', `shown as plain text: ${rendered.fallback}`));

    const file = pageFile(job.dir);
    // A page made from the same inputs as the previous export's is that page, byte for byte: linked, not made.
    const recipe =
      settings.reuse && key !== undefined ? pageRecipe(settings.reuse.site, job, rendered.html) : undefined;
    const previousFile =
      settings.reuse && job.previous?.recipe === recipe && recipe !== undefined
        ? join(settings.reuse.folder, ...file.split('/'))
        : undefined;
    const kept =
      previousFile !== undefined &&
      isRecordedFile(previousFile, job.previous!) &&
      writer.link(file, previousFile, job.previous!.size, job.again === true);
    if (!kept) {
      writer.write(
        file,
        articlePage(settings.site, { article, file, tags: job.tags, authors: job.authors }, trusted(rendered.html), {
          newer: job.newer,
          older: job.older,
          linkedFrom: job.linkedFrom,
        }),
        job.again === true,
      );
    }

    const { text } = rendered;
    const doc = docJson({
      url: pageFile(job.dir),
      title: article.title,
      day: article.date?.day ?? null,
      authors: article.authors,
      tags: article.tags,
      summary: article.summary,
      text,
    });
    const result: ArticleJobResult = {
      index: job.index,
      bytes: writer.bytes - before.bytes,
      files: writer.files - before.files,
      problems,
      doc,
      media: [...media],
      // Last: the counter takes the terms it reports here as delivered.
      search: terms.count({
        title: article.title,
        tags: article.tags,
        authors: article.authors,
        summary: article.summary,
        text,
      }),
    };
    if (recipe !== undefined) result.recipe = recipe;
    if (kept) result.kept = true;
    if (key !== undefined) result.cacheKey = key;
    if (key !== undefined && rendered.rewrites) {
      result.rendered = {
        key,
        path: article.path,
        html: rendered.html,
        text,
        rewrites: rendered.rewrites,
        fallback: rendered.fallback,
      };
    }
    if (job.wantHtml) result.html = rendered.html;
    return result;
  };
}

/** What an article's page is made from besides the site's settings: the article, its links and its body's HTML. */
function pageRecipe(site: string, job: ArticleJob, html: string): string {
  const links = JSON.stringify([
    job.article,
    job.dir,
    job.tags,
    job.authors,
    job.newer ?? null,
    job.older ?? null,
    job.linkedFrom ?? null,
  ]);
  return recipeOf(site, 'page', links, html);
}

/** Runs one job; a failure other than writing costs the article its formatting (plain text), not its page. */
export function runArticleJob<J, R>(run: (job: J, forcePlain?: string) => R, job: J): R {
  try {
    return run(job);
  } catch (error) {
    if (error instanceof ExportError) throw error;
    return run(job, `rendering failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}

const namesByMap = new WeakMap<ReadonlyMap<string, string>, ArchiveNames>();

/** The archive's articles by name, built once for each map of pages. */
function namesOf(dirByPath: ReadonlyMap<string, string>): ArchiveNames {
  let names = namesByMap.get(dirByPath);
  if (!names) namesByMap.set(dirByPath, (names = archiveNames(dirByPath.keys())));
  return names;
}

/**
 * Turns a relative link to another article's file (`../2020/other.md#part`), or a wikilink, Zola @/ link or Hugo
 * ref naming one, into a link to its page. Links to anything else are left to the renderer's URL policy.
 */
export function articleLink(
  href: string,
  fromPath: string,
  fromDir: string,
  dirByPath: ReadonlyMap<string, string>,
): string | undefined {
  const linked = linkedArticleOrNamed(fromPath, href, () => namesOf(dirByPath));
  if (!linked) return undefined;
  const dir = dirByPath.get(linked.path);
  return dir === undefined ? undefined : relativeUrl(fromDir, pageFile(dir)) + linked.fragment;
}
