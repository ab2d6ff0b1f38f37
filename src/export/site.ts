/**
 * `folio export html`: builds a whole static site from articles already selected and sorted newest first.
 * The build is a fixed sequence of named steps (see `build`); each step takes what the steps before it produced
 * as arguments and returns what it made, so no step can run before what it needs has arrived. Everything is
 * written into a staging folder that replaces the output folder only once the site is complete. With the render
 * cache, files whose inputs are those of the previous export's are linked from it instead (see site-reuse.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article } from '../model/article.js';
import { compareProblems, problem, type Problem } from '../model/problem.js';
import type { ArticleJob, ArticleJobResult } from './article-job.js';
import { MEDIA_DIR, SVG_FILE } from './media.js';
import { sanitiseSvg } from './svg-sanitise.js';
import { atomFeed, feedArticles, robotsTxt, rssFeed, type FeedEntry, type SitemapEntry, sitemap } from './feeds.js';
import { SiteOutput } from './out-dir.js';
import { RenderCacheWriter } from './render-cache.js';
import { fileStamp, recipeOf, reusable, type OutputManifest, type OutputRecord } from './site-reuse.js';
import {
  groupIndexPage,
  listPage,
  listPageFile,
  notFoundPage,
  searchPage,
  type ArticleView,
  type PageLink,
  type SiteInfo,
} from './pages.js';
import { runJobs, type PoolOptions } from './render-pool.js';
import { DocFileWriter, filtersFile, SearchIndexBuilder } from './search/index-builder.js';
import { stemFile } from './search/files.js';
import { STEM_LANGUAGES, stemLanguage } from '../query/stem.js';
import { planSite, type Group, type SitePlan } from './site-plan.js';
import { pageFile, type SiteDir } from './site-paths.js';
import { siteWords } from './i18n/languages.js';
import { fill, type SiteWords } from './i18n/words.js';
import { builtInAsset, type SiteTheme } from './theme.js';

/** Articles per page of the home page and of each tag and author page. */
export const LIST_PAGE_SIZE = 30;

export interface SiteOptions {
  root: string;
  out: string;
  /** How to name `out` in messages (as the user wrote it). */
  outShown?: string;
  force: boolean;
  /** Show raw HTML in articles as text instead of sanitised markup. */
  htmlAsText: boolean;
  title: string;
  baseUrl: string | null;
  lang: string;
  /** The archive's default language (config `lang`), which articles without their own are stemmed in. */
  defaultLang?: string | null;
  /** The interface's words (default: folio's own in `lang`; see i18n/languages.ts). */
  words?: SiteWords;
  /** Write Atom and RSS feeds (needs a base URL). */
  feeds: boolean;
  generator: string;
  theme?: SiteTheme;
  /** Where each article's body starts (by path), from the index; bodies are found by parsing when absent. */
  bodyLines?: ReadonlyMap<string, number>;
  /** The archive paths of the articles that link to each article (by path), from the index; none when absent. */
  linkedFrom?: ReadonlyMap<string, readonly string[]>;
  onProgress?: (done: number, total: number) => void;
  pool?: PoolOptions;
  /**
   * The render cache (see render-cache.ts): its file and the renderer's identity. With it, an article whose
   * body, title and links are unchanged since the last export is not rendered again.
   */
  cache?: { file: string; renderer: string };
  /**
   * Removes the folder the replaced site was moved into; by default it is removed before the export returns.
   * `folio serve` removes it in the background, so a save's new site is shown without waiting for that.
   */
  discardPrevious?: (folder: string) => void;
}

export interface SiteSummary {
  articles: number;
  pages: number;
  files: number;
  bytes: number;
  problems: Problem[];
  /** What the site leaves out and why (e.g. feeds of an archive without dates), for the person exporting. */
  notes: string[];
  /** Articles whose Markdown was rendered in this export, and those whose render came from the cache. */
  rendered: number;
  reused: number;
  /** Files linked from the previous export into the same folder instead of being made again (see site-reuse.ts). */
  kept: number;
}

/** Exports `articles` (newest first) as a site in `options.out`. */
export async function exportSite(articles: readonly Article[], options: SiteOptions): Promise<SiteSummary> {
  const plan = planSite(articles);
  const output = SiteOutput.open(options.out, {
    force: options.force,
    archiveRoot: options.root,
    shown: options.outShown ?? options.out,
  });
  const cache = options.cache ? RenderCacheWriter.open(options.cache.file) : undefined;
  try {
    const summary = await build(plan, output, options, cache);
    if (summary.outputs) cache?.recordOutputs(output.target, summary.outputs);
    output.commit(options.discardPrevious);
    cache?.commit();
    const { outputs: _recorded, ...counts } = summary;
    return { ...counts, files: summary.files + output.writer.files, bytes: summary.bytes + output.writer.bytes };
  } catch (error) {
    cache?.abort();
    output.abort();
    throw error;
  }
}

/** Writes one file of the site (path relative to the site's root). */
type Write = (path: string, text: string | Uint8Array) => void;

/** What every step knows: the settings, the plan and the staging folder. */
interface BuildContext {
  options: SiteOptions;
  plan: SitePlan;
  output: SiteOutput;
  site: SiteInfo;
  /** Feeds are written (asked for, a base URL to make their links absolute, and dated articles to list). */
  feeds: boolean;
  /** The articles the feeds carry (indexes), newest by date first. */
  feedIndexes: number[];
  /** Each planned article as lists and pages show it, by index. */
  views: ArticleView[];
  write: Write;
  /**
   * Writes a file the previous export may have made already (see site-reuse.ts): `recipe` names its inputs;
   * `make` is called only when the previous file cannot be linked.
   */
  produce: (path: string, recipe: () => string, make: () => string | Uint8Array) => void;
  /** Per article (index), the recipe of its view: what lists and feeds show of it. Empty without reuse. */
  viewRecipes: string[];
  /** The recipe of the site's settings and folio's code; '' without reuse. */
  siteRecipe: string;
  reuse: SiteReuse | undefined;
  notes: string[];
}

/** The reuse of the previous export's files: what it recorded, and what this one made or kept. */
interface SiteReuse {
  previous: { folder: string; files: OutputManifest };
  /** Files linked from the previous site (with their records), and files made now (with their recipes). */
  kept: Map<string, OutputRecord>;
  made: Map<string, string>;
}

/** What the article pages gave back once all of them are written. */
interface RenderedArticles {
  pages: number;
  /** Written by worker threads (the staging folder's writer counts the rest). */
  files: number;
  bytes: number;
  problems: Problem[];
  search: SearchIndexBuilder;
  /** Body HTML of the articles the feeds carry, by index. */
  feedHtml: Map<number, string>;
  /** Archive files the pages refer to, to copy into `media/`. */
  media: Set<string>;
  /** Articles rendered now, and taken from the render cache. */
  rendered: number;
  reused: number;
}

/** What the list pages gave back. */
interface WrittenLists {
  pages: number;
  sitemap: SitemapEntry[];
}

/**
 * The build, step by step. Article pages and list pages are the only steps that run at the same time (they
 * share nothing: the lists need no article's rendering), and both end before anything that uses their results.
 */
async function build(
  plan: SitePlan,
  output: SiteOutput,
  options: SiteOptions,
  cache: RenderCacheWriter | undefined,
): Promise<SiteSummary & { outputs?: Map<string, OutputRecord> }> {
  const reuse: SiteReuse | undefined = cache
    ? { previous: { folder: output.target, files: cache.outputsOf(output.target) }, kept: new Map(), made: new Map() }
    : undefined;
  const context = buildContext(plan, output, options, reuse);
  const [rendered, lists] = await bothSettled(renderArticlePages(context, cache), writeListPages(context));
  copyMedia(context, rendered.media, rendered.problems);
  writeAssets(context);
  writeSearchIndex(context, rendered.search);
  writeFeeds(context, rendered.feedHtml);
  writeSitemap(context, lists.sitemap);
  return {
    articles: plan.articles.length,
    pages: rendered.pages + lists.pages,
    files: rendered.files,
    bytes: rendered.bytes,
    problems: rendered.problems.sort(compareProblems),
    notes: context.notes,
    rendered: rendered.rendered,
    reused: rendered.reused,
    kept: reuse?.kept.size ?? 0,
    ...(reuse ? { outputs: recordedOutputs(reuse, output.staging) } : {}),
  };
}

/** What to record of this export's files for the next one: the kept files as they were, the made ones as written. */
function recordedOutputs(reuse: SiteReuse, staging: string): Map<string, OutputRecord> {
  const records = new Map(reuse.kept);
  for (const [path, recipe] of reuse.made) {
    const stamp = fileStamp(join(staging, ...path.split('/')));
    if (stamp) records.set(path, { recipe, ...stamp });
  }
  return records;
}

/** Waits for both; a failure is passed on only once both ended, so no worker still writes when the staging folder goes. */
async function bothSettled<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}

/** Step 0: site-wide settings and each article's links to its tags and authors. */
function buildContext(
  plan: SitePlan,
  output: SiteOutput,
  options: SiteOptions,
  reuse: SiteReuse | undefined,
): BuildContext {
  const feedIndexes =
    options.feeds && options.baseUrl !== null ? feedArticles(plan.articles).map((entry) => entry.index) : [];
  const feeds = feedIndexes.length > 0;
  const notes: string[] = [];
  if (options.feeds && options.baseUrl !== null && !feeds && plan.articles.length > 0) {
    notes.push(
      'no article has a date, so feed.xml and rss.xml were not written: a feed lists articles by date (give articles a date in their frontmatter; --no-feeds silences this)',
    );
  }
  const site: SiteInfo = {
    title: options.title,
    baseUrl: options.baseUrl,
    lang: options.lang,
    words: options.words ?? siteWords(options.lang),
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
  const write: Write = (path, text) => output.writer.write(path, text);
  const siteRecipe = reuse
    ? recipeOf(options.cache!.renderer, JSON.stringify(site), JSON.stringify({ htmlAsText: options.htmlAsText }))
    : '';
  const viewRecipes = reuse ? views.map((view) => recipeOf(JSON.stringify(view))) : [];
  const produce = (path: string, recipe: () => string, make: () => string | Uint8Array): void => {
    if (!reuse) {
      write(path, make());
      return;
    }
    const made = recipe();
    const found = reusable(reuse.previous, path, made);
    if (found && output.writer.link(path, join(reuse.previous.folder, ...path.split('/')), found.size)) {
      reuse.kept.set(path, found);
      return;
    }
    write(path, make());
    reuse.made.set(path, made);
  };
  return {
    options,
    plan,
    output,
    site,
    feeds,
    feedIndexes,
    views,
    notes,
    write,
    produce,
    viewRecipes,
    siteRecipe,
    reuse,
  };
}

/** The job of each article: what its page shows besides its body, and its neighbours. */
function articleJobs(context: BuildContext): ArticleJob[] {
  const { plan, views, options } = context;
  const link = (index: number): PageLink | undefined =>
    index < 0 || index >= views.length ? undefined : { text: views[index]!.article.title, file: views[index]!.file };
  const inFeeds = new Set(context.feedIndexes);
  // Only the linking articles that are in this site get a link (a draft left out is not named).
  const viewByPath = new Map(views.map((view) => [view.article.path, view]));
  return plan.articles.map((entry, index) => {
    const job: ArticleJob = {
      index,
      article: entry.article,
      dir: entry.dir,
      tags: views[index]!.tags,
      authors: views[index]!.authors,
      wantHtml: inFeeds.has(index),
    };
    const previous = context.reuse?.previous.files.get(pageFile(entry.dir));
    if (previous) job.previous = previous;
    const bodyLine = options.bodyLines?.get(entry.article.path);
    if (bodyLine !== undefined) job.bodyLine = bodyLine;
    const newer = link(index - 1);
    const older = link(index + 1);
    if (newer) job.newer = newer;
    if (older) job.older = older;
    const linking = (options.linkedFrom?.get(entry.article.path) ?? [])
      .map((path) => viewByPath.get(path))
      .filter((view) => view !== undefined)
      .map((view) => ({ text: view.article.title, file: view.file }));
    if (linking.length > 0) job.linkedFrom = linking;
    return job;
  });
}

/**
 * Step 1a: every article's page, on worker threads. Resolves only once every result has arrived, with what the
 * later steps need from them (search terms, feed HTML, media to copy); results arrive in any order.
 */
async function renderArticlePages(
  context: BuildContext,
  cache: RenderCacheWriter | undefined,
): Promise<RenderedArticles> {
  const { options, output, plan } = context;
  const jobs = articleJobs(context);
  const rendered: RenderedArticles = {
    pages: jobs.length,
    files: 0,
    bytes: 0,
    problems: [],
    search: new SearchIndexBuilder(),
    feedHtml: new Map(),
    media: new Set(),
    rendered: 0,
    reused: 0,
  };
  // A file of search records, or a shard of the search index, is its own recipe: hashing it costs less than
  // writing it, and most of them are the same after an edit.
  const docs = new DocFileWriter(jobs.length, (path, text) =>
    context.produce(
      path,
      () => recipeOf(context.siteRecipe, text),
      () => text,
    ),
  );
  let done = 0;
  await runJobs(
    'page',
    {
      root: options.root,
      folder: output.staging,
      site: context.site,
      htmlAsText: options.htmlAsText,
      dirByPath: [...plan.dirByPath],
      ...(options.cache ? { cache: options.cache } : {}),
      ...(context.reuse ? { reuse: { folder: context.reuse.previous.folder, site: context.siteRecipe } } : {}),
    },
    jobs,
    (result: ArticleJobResult) => {
      if (result.recipe !== undefined && context.reuse) {
        const file = pageFile(plan.articles[result.index]!.dir);
        const previous = jobs[result.index]!.previous;
        if (result.kept && previous) context.reuse.kept.set(file, previous);
        else context.reuse.made.set(file, result.recipe);
      }
      if (result.cacheKey !== undefined)
        cache?.add(plan.articles[result.index]!.article.path, 'page', result.cacheKey, result.rendered);
      if (result.cacheKey !== undefined && !result.rendered) rendered.reused++;
      else rendered.rendered++;
      rendered.search.add(result.index, result.search);
      docs.add(result.index, result.doc);
      rendered.files += result.files;
      rendered.bytes += result.bytes;
      rendered.problems.push(...result.problems);
      if (result.html !== undefined) rendered.feedHtml.set(result.index, result.html);
      for (const path of result.media) rendered.media.add(path);
      options.onProgress?.(++done, jobs.length);
    },
    options.pool,
  );
  return rendered;
}

/**
 * Step 1b: the home page, tag and author pages, search and 404 pages. They need nothing from the article
 * pages, so this thread writes them while the workers render, a page at a time between their messages.
 */
async function writeListPages(context: BuildContext): Promise<WrittenLists> {
  const { plan, site, views, write, options, produce, siteRecipe, viewRecipes } = context;
  const written: WrittenLists = { pages: 0, sitemap: [] };
  const writeList = async (
    dir: SiteDir,
    heading: string,
    description: string,
    indexes: readonly number[],
    feeds?: { dir: SiteDir; title: string },
  ) => {
    const count = Math.max(1, Math.ceil(indexes.length / LIST_PAGE_SIZE));
    const fileOf = (page: number) => listPageFile(dir, page);
    for (let page = 1; page <= count; page++) {
      const pageDir = fileOf(page).slice(0, -'index.html'.length);
      const shownIndexes = indexes.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
      produce(
        fileOf(page),
        () =>
          recipeOf(
            siteRecipe,
            'list',
            JSON.stringify([dir, pageDir, heading, description, page, count, feeds ?? null]),
            ...shownIndexes.map((index) => viewRecipes[index]!),
          ),
        () =>
          listPage(site, {
            dir: pageDir,
            heading,
            description,
            views: shownIndexes.map((index) => views[index]!),
            page,
            pages: count,
            fileOf,
            ...(feeds ? { feeds } : {}),
          }),
      );
      written.sitemap.push({ dir: pageDir });
      written.pages++;
      await nextTurn();
    }
  };
  const writeGroups = async (
    groups: readonly Group[],
    dir: SiteDir,
    heading: string,
    describe: (group: Group) => string,
  ) => {
    write(
      pageFile(dir),
      groupIndexPage(site, {
        dir,
        heading,
        groups: groups.map((group) => ({ name: group.name, file: pageFile(group.dir), count: group.articles.length })),
      }),
    );
    written.sitemap.push({ dir });
    written.pages++;
    for (const group of groups)
      await writeList(group.dir, group.name, describe(group), group.articles, {
        dir: group.dir,
        title: groupFeedTitle(words, group, options.title),
      });
  };

  const { words } = site;
  await writeList(
    '',
    options.title,
    fill(words.homeDescription, { site: options.title }),
    plan.articles.map((entry) => entry.index),
  );
  for (const entry of plan.articles) {
    const date = entry.article.updated ?? entry.article.date;
    written.sitemap.push(date ? { dir: entry.dir, lastModified: date.value } : { dir: entry.dir });
  }
  await writeGroups(plan.tags, 'tags/', words.tags, (group) => fill(words.tagDescription, { name: group.name }));
  await writeGroups(plan.authors, 'authors/', words.authors, (group) =>
    fill(words.authorDescription, { name: group.name }),
  );
  write('search/index.html', searchPage(site));
  write('404.html', notFoundPage(site));
  written.sitemap.push({ dir: 'search/' });
  written.pages += 2;
  return written;
}

/**
 * Step 2: a copy of each archive file the pages refer to, under `media/`; a file that went away is reported. An
 * SVG is copied without its script, event handlers and external references, and says what it lost.
 */
function copyMedia(context: BuildContext, media: ReadonlySet<string>, problems: Problem[]): void {
  // Sorted, so that the same archive gives the same site whatever order the workers finished in.
  for (const path of [...media].sort()) {
    const source = join(context.options.root, ...path.split('/'));
    // A picture unchanged since the previous export (same size, time and file) is linked from it. SVGs are
    // sanitised every time, so that what each loses is said every time.
    const stamp = context.reuse && !SVG_FILE.test(path) ? fileStamp(source) : undefined;
    if (stamp) {
      context.produce(
        `${MEDIA_DIR}/${path}`,
        () => recipeOf(context.siteRecipe, 'media', path, `${stamp.size} ${stamp.mtimeMs} ${stamp.ino}`),
        () => readFileSync(source),
      );
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(source);
    } catch (error) {
      problems.push(
        problem(
          path,
          'warning',
          `not copied into the site (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        ),
      );
      continue;
    }
    if (SVG_FILE.test(path)) {
      const safe = sanitiseSvg(bytes.toString('utf8'));
      if (safe.removed.length > 0)
        problems.push(
          problem(
            path,
            'warning',
            `copied into the site without what could run or load from elsewhere: ${safe.removed.join(', ')}`,
          ),
        );
      context.write(`${MEDIA_DIR}/${path}`, safe.svg);
      continue;
    }
    context.write(`${MEDIA_DIR}/${path}`, bytes);
  }
}

/** Step 3: the stylesheet (the theme's, if any) and the search script. */
function writeAssets(context: BuildContext): void {
  context.write('assets/style.css', context.options.theme?.stylesheet ?? builtInAsset('style.css'));
  context.write('assets/search.js', builtInAsset('search.js'));
}

/** Step 4: the search index's shards, from the terms every article page counted. */
function writeSearchIndex(context: BuildContext, search: SearchIndexBuilder): void {
  // Only the stemmers of the languages present are copied; the search page loads one when a query needs it.
  const present = new Set(
    context.plan.articles.map((entry) => stemLanguage(entry.article.lang, context.options.defaultLang)),
  );
  const stems = STEM_LANGUAGES.filter((language) => present.has(language));
  for (const language of stems) context.write(stemFile(language), builtInAsset(`stem/${language}.js`));
  for (const file of search.files(stems))
    context.produce(
      file.path,
      () => recipeOf(context.siteRecipe, file.text),
      () => file.text,
    );
  const filters = filtersFile(
    context.views.map(({ article }) => ({
      tags: article.tags,
      authors: article.authors,
      day: article.date?.day ?? null,
    })),
  );
  context.write(filters.path, filters.text);
}

/** Step 5: Atom and RSS feeds of the newest dated articles, when there is a base URL. */
function writeFeeds(context: BuildContext, feedHtml: ReadonlyMap<number, string>): void {
  const { options, plan } = context;
  if (!context.feeds || options.baseUrl === null) return;
  const entries: FeedEntry[] = context.feedIndexes
    .map((index) => plan.articles[index]!)
    .map((entry) => ({
      article: entry.article,
      dir: entry.dir,
      html: feedHtml.get(entry.index) ?? '',
    }));
  const { words } = context.site;
  const feedSite = {
    title: options.title,
    lang: options.lang,
    description: fill(words.homeDescription, { site: options.title }),
    baseUrl: options.baseUrl,
    generator: options.generator,
  };
  context.write('feed.xml', atomFeed(feedSite, entries));
  context.write('rss.xml', rssFeed(feedSite, entries));
  // Each tag and author has feeds of its own, as in Hugo. Their entries carry the summary, not the body: the
  // bodies of every group's newest articles would be most of the archive's HTML, held until now.
  for (const group of [...plan.tags, ...plan.authors]) {
    const newest = feedArticles(group.articles.map((index) => plan.articles[index]!));
    const groupEntries: FeedEntry[] = newest.map((entry) => ({ article: entry.article, dir: entry.dir, html: '' }));
    const groupSite = {
      ...feedSite,
      title: groupFeedTitle(words, group, options.title),
      description: groupDescription(words, group),
      dir: group.dir,
    };
    const recipe = (kind: string) => () =>
      recipeOf(
        context.siteRecipe,
        kind,
        JSON.stringify(groupSite),
        ...newest.map((entry) => context.viewRecipes[entry.index]!),
      );
    context.produce(`${group.dir}feed.xml`, recipe('atom'), () => atomFeed(groupSite, groupEntries));
    context.produce(`${group.dir}rss.xml`, recipe('rss'), () => rssFeed(groupSite, groupEntries));
  }
}

/** The title of a tag's or an author's feeds, in the site's words: what they list, then the site's title. */
function groupFeedTitle(words: SiteWords, group: Group, siteTitle: string): string {
  return `${groupDescription(words, group)} · ${siteTitle}`;
}

/** What a tag's or an author's feeds list, in the site's words ("Articles tagged “garden”"). */
function groupDescription(words: SiteWords, group: Group): string {
  return fill(group.dir.startsWith('authors/') ? words.authorDescription : words.tagDescription, { name: group.name });
}

/** Step 6: `sitemap.xml` (with a base URL) and `robots.txt`. */
function writeSitemap(context: BuildContext, entries: readonly SitemapEntry[]): void {
  const { baseUrl } = context.options;
  if (baseUrl !== null) context.write('sitemap.xml', sitemap(baseUrl, entries));
  context.write('robots.txt', robotsTxt(baseUrl));
}
