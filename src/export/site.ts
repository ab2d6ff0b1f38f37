/**
 * `folio export html`: builds a whole static site from articles already selected and sorted newest first.
 * Article pages (and their search records) are rendered on worker threads while this thread adds up the search
 * index and writes the lists; the search shards, feeds, sitemap and assets follow. Everything is written into a
 * staging folder that replaces the output folder only once the site is complete.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../model/article.js';
import { compareProblems, problem, type Problem } from '../model/problem.js';
import type { ArticleJob } from './article-job.js';
import { MEDIA_DIR } from './media.js';
import { atomFeed, FEED_SIZE, robotsTxt, rssFeed, sitemap, type FeedEntry, type SitemapEntry } from './feeds.js';
import { SiteOutput } from './out-dir.js';
import {
  groupIndexPage, listPage, listPageFile, notFoundPage, searchPage, type ArticleView, type PageLink, type SiteInfo,
} from './pages.js';
import { runJobs, type PoolOptions } from './render-pool.js';
import { DocFileWriter, SearchIndexBuilder } from './search/index-builder.js';
import { planSite, type Group, type SitePlan } from './site-plan.js';
import { pageFile, type SiteDir } from './site-paths.js';
import { builtInAsset, type Theme } from './theme.js';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Articles per page of the home page and of each tag and author page. */
export const LIST_PAGE_SIZE = 30;

export interface SiteOptions {
  root: string;
  out: string;
  /** How to name `out` in messages (as the user wrote it). */
  outShown?: string;
  force: boolean;
  allowHtml: boolean;
  title: string;
  baseUrl: string | null;
  lang: string;
  /** Write Atom and RSS feeds (needs a base URL). */
  feeds: boolean;
  generator: string;
  theme?: Theme;
  /** Where each article's body starts (by path), from the index; bodies are found by parsing when absent. */
  bodyLines?: ReadonlyMap<string, number>;
  onProgress?: (done: number, total: number) => void;
  pool?: PoolOptions;
}

export interface SiteSummary {
  articles: number;
  pages: number;
  files: number;
  bytes: number;
  problems: Problem[];
}

/** Exports `articles` (newest first) as a site in `options.out`. */
export async function exportSite(articles: readonly Article[], options: SiteOptions): Promise<SiteSummary> {
  const plan = planSite(articles);
  const output = SiteOutput.open(options.out, { force: options.force, archiveRoot: options.root, shown: options.outShown ?? options.out });
  try {
    const summary = await build(plan, output, options);
    output.commit();
    return { ...summary, files: summary.files + output.writer.files, bytes: summary.bytes + output.writer.bytes };
  } catch (error) {
    output.abort();
    throw error;
  }
}

/** Builds the site into the staging folder; `files` and `bytes` count what the worker threads wrote. */
async function build(plan: SitePlan, output: SiteOutput, options: SiteOptions): Promise<SiteSummary> {
  const feeds = options.feeds && options.baseUrl !== null;
  const site: SiteInfo = {
    title: options.title,
    baseUrl: options.baseUrl,
    lang: options.lang,
    feeds,
    generator: options.generator,
    theme: options.theme?.parts ?? {},
  };
  const tagFile = new Map(plan.tags.map((group) => [group.key, pageFile(group.dir)]));
  const authorFile = new Map(plan.authors.map((group) => [group.key, pageFile(group.dir)]));
  const views: ArticleView[] = plan.articles.map((entry) => ({
    article: entry.article,
    file: pageFile(entry.dir),
    tags: entry.article.tags.map((tag, i) => ({ text: tag, file: tagFile.get(entry.tagKeys[i]!)! })),
    authors: entry.article.authors.map((author, i) => ({ text: author, file: authorFile.get(entry.authorKeys[i]!)! })),
  }));
  const link = (index: number | undefined): PageLink | undefined =>
    index === undefined || index < 0 || index >= views.length ? undefined : { text: views[index]!.article.title, file: views[index]!.file };

  const jobs: ArticleJob[] = plan.articles.map((entry, index) => {
    const job: ArticleJob = {
      index,
      article: entry.article,
      dir: entry.dir,
      tags: views[index]!.tags,
      authors: views[index]!.authors,
      wantHtml: feeds && index < FEED_SIZE,
    };
    const bodyLine = options.bodyLines?.get(entry.article.path);
    if (bodyLine !== undefined) job.bodyLine = bodyLine;
    const newer = link(index - 1);
    const older = link(index + 1);
    if (newer) job.newer = newer;
    if (older) job.older = older;
    return job;
  });

  const problems: Problem[] = [];
  const search = new SearchIndexBuilder();
  const feedHtml = new Map<number, string>();
  const docs = new DocFileWriter(jobs.length, (path, text) => output.writer.write(path, text));
  const media = new Set<string>();
  let done = 0;
  let workerFiles = 0;
  let workerBytes = 0;
  const pagesDone = runJobs('page', {
    root: options.root,
    folder: output.staging,
    site,
    allowHtml: options.allowHtml,
    dirByPath: [...plan.dirByPath],
  }, jobs, (result) => {
    search.add(result.index, result.search);
    docs.add(result.index, result.doc);
    workerFiles += result.files;
    workerBytes += result.bytes;
    problems.push(...result.problems);
    if (result.html !== undefined) feedHtml.set(result.index, result.html);
    for (const path of result.media) media.add(path);
    options.onProgress?.(++done, jobs.length);
  }, options.pool);

  // The lists need nothing from the article pages, so this thread writes them while the workers render, a page
  // at a time between their messages, instead of after them with the second core idle.
  const write = (path: string, text: string) => output.writer.write(path, text);
  let pages = jobs.length;
  const sitemapEntries: SitemapEntry[] = [];
  const writeList = async (dir: SiteDir, heading: string, description: string, indexes: readonly number[]) => {
    const count = Math.max(1, Math.ceil(indexes.length / LIST_PAGE_SIZE));
    const fileOf = (page: number) => listPageFile(dir, page);
    for (let page = 1; page <= count; page++) {
      const pageDir = fileOf(page).slice(0, -'index.html'.length);
      const shown = indexes.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE).map((index) => views[index]!);
      write(fileOf(page), listPage(site, { dir: pageDir, heading, description, views: shown, page, pages: count, fileOf }));
      sitemapEntries.push({ dir: pageDir });
      pages++;
      await nextTurn();
    }
  };
  const writeGroups = async (groups: readonly Group[], dir: SiteDir, heading: string, describe: (group: Group) => string) => {
    write(pageFile(dir), groupIndexPage(site, {
      dir,
      heading,
      groups: groups.map((group) => ({ name: group.name, file: pageFile(group.dir), count: group.articles.length })),
    }));
    sitemapEntries.push({ dir });
    pages++;
    for (const group of groups) await writeList(group.dir, group.name, describe(group), group.articles);
  };
  const listsDone = (async () => {
    await writeList('', options.title, `Articles of ${options.title}, newest first`, plan.articles.map((entry) => entry.index));
    for (const entry of plan.articles) {
      const date = entry.article.updated ?? entry.article.date;
      sitemapEntries.push(date ? { dir: entry.dir, lastModified: date.value } : { dir: entry.dir });
    }
    await writeGroups(plan.tags, 'tags/', 'Tags', (group) => `Articles tagged “${group.name}”`);
    await writeGroups(plan.authors, 'authors/', 'Authors', (group) => `Articles by ${group.name}`);
    write('search/index.html', searchPage(site));
    write('404.html', notFoundPage(site));
    sitemapEntries.push({ dir: 'search/' });
    pages += 2;
  })();
  // Both run to their end before a failure is passed on, so no worker is still writing when the staging folder goes.
  const [pagesOutcome, listsOutcome] = await Promise.allSettled([pagesDone, listsDone]);
  if (pagesOutcome.status === 'rejected') throw pagesOutcome.reason;
  if (listsOutcome.status === 'rejected') throw listsOutcome.reason;

  // Only now has every page result arrived with the files it refers to. Sorted, so that the same archive gives the same site whatever order the workers finished in.
  for (const path of [...media].sort()) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(options.root, ...path.split('/')));
    } catch (error) {
      problems.push(problem(path, 'warning', `not copied into the site (${(error as NodeJS.ErrnoException).code ?? String(error)})`));
      continue;
    }
    output.writer.write(`${MEDIA_DIR}/${path}`, bytes);
  }

  write('assets/style.css', options.theme?.stylesheet ?? builtInAsset('style.css'));
  write('assets/search.js', builtInAsset('search.js'));
  for (const file of search.files()) write(file.path, file.text);

  if (feeds && options.baseUrl !== null) {
    const entries: FeedEntry[] = plan.articles.slice(0, FEED_SIZE).map((entry) => ({
      article: entry.article, dir: entry.dir, html: feedHtml.get(entry.index) ?? '',
    }));
    const feedSite = { title: options.title, baseUrl: options.baseUrl, generator: options.generator };
    write('feed.xml', atomFeed(feedSite, entries));
    write('rss.xml', rssFeed(feedSite, entries));
  }
  if (options.baseUrl !== null) write('sitemap.xml', sitemap(options.baseUrl, sitemapEntries));
  write('robots.txt', robotsTxt(options.baseUrl));

  return { articles: jobs.length, pages, files: workerFiles, bytes: workerBytes, problems: problems.sort(compareProblems) };
}
