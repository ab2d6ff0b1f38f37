/**
 * The pages of an exported site, as templates that escape by construction (see markup.ts). Each function takes
 * plain values and returns a whole document; none reads files or knows where its output goes. Every word of the
 * interface comes from the site's words (i18n/), and dates are the day the author wrote (a calendar day never
 * shifts with the reader's time zone), written out in the site's language, never the machine's locale.
 */
import type { Article } from '../model/article.js';
import { authorRoles } from '../parse/author-roles.js';
import { isLanguageTag } from '../parse/language-tag.js';
import { fill, formatDay, listParts, plural, type SiteWords } from './i18n/words.js';
import { html, jsonInScript, trusted, type Markup } from './markup.js';
import { absoluteUrl, pageFile, relativeUrl, type SiteDir } from './site-paths.js';

/** Site-wide settings every page needs. */
export interface SiteInfo {
  title: string;
  /** Absolute base URL ending with '/', or null when none was given (no canonical links, feeds or sitemap). */
  baseUrl: string | null;
  lang: string;
  /** The interface's words in the site's language. */
  words: SiteWords;
  /** Whether feed files exist to link to. */
  feeds: boolean;
  /** `folio <version>`, for the generator meta tag. */
  generator: string;
  /** HTML snippets from a user theme, inserted as they are (the site owner's own markup). */
  theme: ThemeParts;
}

export interface ThemeParts {
  head?: string;
  header?: string;
  footer?: string;
}

/** A link to another page: its text and its site file. */
export interface PageLink {
  text: string;
  file: string;
}

/** An article as a list or an article page shows it. */
export interface ArticleView {
  article: Article;
  file: string;
  tags: PageLink[];
  authors: PageLink[];
}

interface PageInput {
  dir: SiteDir;
  title: string;
  description: string;
  main: Markup;
  lang?: string | null;
  /** Open Graph type: `article` for articles, `website` otherwise. */
  type?: 'article' | 'website';
  extraHead?: Markup;
  /** Scripts of the site (from assets/), loaded at the end of the body. */
  scripts?: string[];
  /** Use root-absolute links (the 404 page, served at any path). */
  rootPath?: string;
  /** Feeds of this page's own (a tag's or an author's), in that folder, announced beside the site's. */
  feeds?: { dir: SiteDir; title: string };
}

/** `2024-03-01` → `1 March 2024` (in English; in the site's language otherwise). */
export function displayDay(site: Pick<SiteInfo, 'lang'>, day: string): string {
  return formatDay(site.lang, day);
}

/** A word with `{placeholders}` whose values are markup (links, code): the text around them is escaped. */
function fillMarkup(text: string, values: Record<string, Markup>): Markup {
  const parts = text.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) => (i % 2 === 1 ? (values[part] ?? `{${part}}`) : part))}`;
}

/** A valid BCP 47 language tag, or null. */
export function languageTag(value: string | null | undefined): string | null {
  return value && isLanguageTag(value) ? value : null;
}

/** The whole HTML document around a page's main content. */
export function layout(site: SiteInfo, page: PageInput): string {
  const link = (file: string) => (page.rootPath !== undefined ? page.rootPath + file : relativeUrl(page.dir, file));
  const canonical = site.baseUrl === null || page.rootPath !== undefined ? null : absoluteUrl(site.baseUrl, page.dir);
  const title = page.dir === '' && page.rootPath === undefined ? site.title : `${page.title} · ${site.title}`;
  // A tag's or an author's own feeds are announced before the site's: feed readers take the first one.
  return html`<!doctype html>
<html lang="${languageTag(page.lang) ?? site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${page.description}">
<meta name="generator" content="${site.generator}">
${
  canonical === null
    ? ''
    : html`<link rel="canonical" href="${canonical}">
`
}<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:type" content="${page.type ?? 'website'}">
${
  canonical === null
    ? ''
    : html`<meta property="og:url" content="${canonical}">
`
}${page.extraHead ?? ''}<link rel="stylesheet" href="${link('assets/style.css')}">
${
  site.feeds && page.feeds
    ? html`<link rel="alternate" type="application/atom+xml" title="${page.feeds.title}" href="${link(`${page.feeds.dir}feed.xml`)}">
<link rel="alternate" type="application/rss+xml" title="${page.feeds.title}" href="${link(`${page.feeds.dir}rss.xml`)}">
`
    : ''
}${
  site.feeds
    ? html`<link rel="alternate" type="application/atom+xml" title="${site.title}" href="${link('feed.xml')}">
<link rel="alternate" type="application/rss+xml" title="${site.title}" href="${link('rss.xml')}">
`
    : ''
}${trusted(site.theme.head ?? '')}</head>
<body>
<a class="skip" href="#main">${site.words.skipToContent}</a>
<header class="site">
<a class="site-title" href="${link('index.html')}">${site.title}</a>
<nav aria-label="${site.words.siteNavigation}">
<a href="${link('tags/index.html')}">${site.words.tags}</a>
<a href="${link('authors/index.html')}">${site.words.authors}</a>
</nav>
<form class="search-box" role="search" action="${link('search/index.html')}" method="get">
<label class="visually-hidden" for="site-search">${site.words.searchTheArticles}</label>
<input id="site-search" type="search" name="q" placeholder="${site.words.search}" autocomplete="off">
<button type="submit">${site.words.search}</button>
</form>
${trusted(site.theme.header ?? '')}</header>
<main id="main">
${page.main}</main>
<footer class="site">
${trusted(site.theme.footer ?? '')}<p>${site.feeds ? html`<a href="${link('feed.xml')}">${site.words.atomFeed}</a> · <a href="${link('rss.xml')}">${site.words.rss}</a> · ` : ''}${site.words.publishedWith}</p>
</footer>
${(page.scripts ?? []).map(
  (script) => html`<script src="${link(script)}"></script>
`,
)}</body>
</html>
`.value;
}

/** One article's page. */
export function articlePage(
  site: SiteInfo,
  view: ArticleView,
  body: Markup,
  neighbours: { newer?: PageLink; older?: PageLink; linkedFrom?: readonly PageLink[] },
): string {
  const { article } = view;
  const dir = view.file.slice(0, -'index.html'.length);
  const link = (file: string) => relativeUrl(dir, file);
  const structured: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.summary || undefined,
    datePublished: article.date?.value,
    dateModified: article.updated?.value,
    author: personsOf(article),
    keywords: article.tags.length > 0 ? article.tags.join(', ') : undefined,
    inLanguage: languageTag(article.lang) ?? undefined,
    url: site.baseUrl === null ? undefined : absoluteUrl(site.baseUrl, dir),
  };
  const extraHead = html`${
    article.date
      ? html`<meta property="article:published_time" content="${article.date.value}">
`
      : ''
  }${
    article.updated
      ? html`<meta property="article:modified_time" content="${article.updated.value}">
`
      : ''
  }${article.authors.map(
    (name) => html`<meta property="article:author" content="${name}">
`,
  )}${article.tags.map(
    (tag) => html`<meta property="article:tag" content="${tag}">
`,
  )}<script type="application/ld+json">${jsonInScript(structured)}</script>
`;
  const main = html`<article class="article">
<header>
<h1>${article.title}</h1>
${byline(site, view, link)}${
  view.tags.length > 0
    ? html`<ul class="tags" aria-label="${site.words.tags}">${view.tags.map((tag) => html`<li><a rel="tag" href="${link(tag.file)}">${tag.text}</a></li>`)}</ul>
`
    : ''
}</header>
<div class="body"${languageTag(article.lang) ? html` lang="${languageTag(article.lang)}"` : ''}>
${body}</div>
</article>
${
  neighbours.linkedFrom && neighbours.linkedFrom.length > 0
    ? html`<aside class="linked-from" aria-labelledby="linked-from">
<h2 id="linked-from">${site.words.linkedFrom}</h2>
<ul>
${neighbours.linkedFrom.map(
  (linking) => html`<li><a href="${link(linking.file)}">${linking.text}</a></li>
`,
)}</ul>
</aside>
`
    : ''
}${
  neighbours.newer || neighbours.older
    ? html`<nav class="pager" aria-label="${site.words.moreArticles}">
${
  neighbours.older
    ? html`<a rel="prev" href="${link(neighbours.older.file)}"><span>${site.words.older}</span> ${neighbours.older.text}</a>
`
    : ''
}${
  neighbours.newer
    ? html`<a rel="next" href="${link(neighbours.newer.file)}"><span>${site.words.newer}</span> ${neighbours.newer.text}</a>
`
    : ''
}</nav>
`
    : ''
}`;
  return layout(site, {
    dir,
    title: article.title,
    description: article.summary,
    main,
    lang: article.lang,
    type: 'article',
    extraHead,
  });
}

function byline(site: SiteInfo, view: ArticleView, link: (file: string) => string): Markup {
  const { article } = view;
  const { words } = site;
  const parts: Markup[] = [];
  if (view.authors.length > 0) {
    const roles = authorRoles(article.data);
    const names = html`${listParts(site.lang, view.authors.length).map((part) => {
      if ('text' in part) return part.text;
      const author = view.authors[part.item]!;
      const role = roles.get(author.text);
      return html`<a rel="author" href="${link(author.file)}">${author.text}</a>${role === undefined ? '' : html` <span class="role">(${role})</span>`}`;
    })}`;
    parts.push(html`<span class="authors">${fillMarkup(words.byNames, { names })}</span>`);
  }
  if (article.date)
    parts.push(html`<time datetime="${article.date.value}">${displayDay(site, article.date.day)}</time>`);
  if (article.readingMinutes > 0)
    parts.push(html`<span>${plural(site.lang, words.minRead, article.readingMinutes)}</span>`);
  const updated =
    article.updated && article.updated.day !== article.date?.day
      ? html`<br><span class="updated">${fillMarkup(words.updated, { date: html`<time datetime="${article.updated.value}">${displayDay(site, article.updated.day)}</time>` })}</span>`
      : '';
  if (parts.length === 0 && !updated) return html``;
  return html`<p class="byline">${parts.map((part, i) => html`${i > 0 ? ' · ' : ''}${part}`)}${updated}</p>
`;
}

/** A list of articles with their summaries (home, tag and author pages). */
export function articleList(site: SiteInfo, dir: SiteDir, views: readonly ArticleView[]): Markup {
  const link = (file: string) => relativeUrl(dir, file);
  return html`<ol class="entries">
${views.map(
  ({ article, file, authors, tags }) => html`<li class="entry">
<h2><a href="${link(file)}">${article.title}</a></h2>
<p class="meta">${article.date ? html`<time datetime="${article.date.value}">${displayDay(site, article.date.day)}</time>` : ''}${article.date && authors.length > 0 ? ' · ' : ''}${authors.map((author, i) => html`${i > 0 ? ', ' : ''}<a href="${link(author.file)}">${author.text}</a>`)}${article.draft ? html` · <strong class="draft">${site.words.draft}</strong>` : ''}</p>
${
  article.summary
    ? html`<p class="summary">${article.summary}</p>
`
    : ''
}${
  tags.length > 0
    ? html`<ul class="tags" aria-label="${site.words.tags}">${tags.map((tag) => html`<li><a rel="tag" href="${link(tag.file)}">${tag.text}</a></li>`)}</ul>
`
    : ''
}</li>
`,
)}</ol>
`;
}

/** Links between the pages of a long list: newer and older pages, and where this one is. */
export function pagination(
  site: SiteInfo,
  dir: SiteDir,
  page: number,
  pages: number,
  fileOf: (page: number) => string,
): Markup {
  if (pages <= 1) return html``;
  const link = (file: string) => relativeUrl(dir, file);
  const { words } = site;
  return html`<nav class="pager" aria-label="${words.pages}">
${
  page > 1
    ? html`<a rel="prev" href="${link(fileOf(page - 1))}">${words.newer}</a>
`
    : ''
}<span>${fill(words.pageOf, { page, pages })}</span>
${
  page < pages
    ? html`<a rel="next" href="${link(fileOf(page + 1))}">${words.older}</a>
`
    : ''
}</nav>
`;
}

/** A titled, paginated list page (home, one tag, one author). */
export function listPage(
  site: SiteInfo,
  input: {
    dir: SiteDir;
    heading: string;
    intro?: Markup;
    description: string;
    views: readonly ArticleView[];
    page: number;
    pages: number;
    fileOf: (page: number) => string;
    /** The list's own feeds (a tag's or an author's). */
    feeds?: { dir: SiteDir; title: string };
  },
): string {
  const headingShown =
    input.page > 1 ? fill(site.words.headingPage, { heading: input.heading, page: input.page }) : input.heading;
  const main = html`<h1>${headingShown}</h1>
${input.intro ?? ''}${
  input.views.length === 0
    ? html`<p>${site.words.noArticles}</p>
`
    : articleList(site, input.dir, input.views)
}${pagination(site, input.dir, input.page, input.pages, input.fileOf)}`;
  return layout(site, {
    dir: input.dir,
    title: headingShown,
    description: input.description,
    main,
    ...(input.feeds ? { feeds: input.feeds } : {}),
  });
}

/** The index of tags or authors: every group with its article count. */
export function groupIndexPage(
  site: SiteInfo,
  input: { dir: SiteDir; heading: string; groups: readonly { name: string; file: string; count: number }[] },
): string {
  const link = (file: string) => relativeUrl(input.dir, file);
  const main = html`<h1>${input.heading}</h1>
${
  input.groups.length === 0
    ? html`<p>${site.words.noneYet}</p>
`
    : html`<ul class="groups">
${input.groups.map(
  (group) => html`<li><a href="${link(group.file)}">${group.name}</a> <span class="count">${group.count}</span></li>
`,
)}</ul>
`
}`;
  return layout(site, {
    dir: input.dir,
    title: input.heading,
    description: fill(site.words.groupIndexDescription, { heading: input.heading, site: site.title }),
    main,
  });
}

/** The search page; the search script fills in the results. */
export function searchPage(site: SiteInfo): string {
  const dir = 'search/';
  const { words } = site;
  const code = (text: string) => html`<code>${text}</code>`;
  const help = fillMarkup(words.searchHelp, {
    phrase: code('"exact phrase"'),
    exclude: code('-word'),
    prefix: code('word*'),
    or: code('OR'),
    fields: html`${code('tag:')}, ${code('author:')}, ${code('title:')}`,
  });
  // The search script's own words, in the page it runs on (an attribute: data, never a script).
  const scriptWords = {
    lang: site.lang,
    searching: words.searching,
    searchFailed: words.searchFailed,
    couldNotLoad: words.couldNotLoad,
    noResults: words.noResults,
    results: words.results,
    resultsShowing: words.resultsShowing,
    showingOfUpTo: words.showingOfUpTo,
    didYouMean: words.didYouMean,
    anyValue: words.anyValue,
  };
  // The filter pane's lists are filled by the script with the values of each query's matches.
  const any = html`<option value="">${words.anyValue}</option>`;
  const main = html`<h1>${words.search}</h1>
<form class="search-form" role="search" action="index.html" method="get">
<label for="search-input">${words.searchTheArticles}</label>
<div class="search-row"><input id="search-input" type="search" name="q" autocomplete="off" aria-describedby="search-help"><button type="submit">${words.search}</button></div>
<details id="search-filters" class="filters"><summary>${words.filters}</summary>
<div class="filter-row">
<label>${words.tags} <select id="search-tag" name="tag">${any}</select></label>
<label>${words.authors} <select id="search-author" name="author">${any}</select></label>
<label>${words.year} <select id="search-year" name="year">${any}</select></label>
<label>${words.sortBy} <select id="search-sort" name="sort"><option value="rank">${words.relevance}</option><option value="date">${words.newestFirst}</option></select></label>
</div>
</details>
</form>
<p id="search-help" class="help">${help}</p>
<p id="search-status" class="status" role="status" aria-live="polite" data-words="${JSON.stringify(scriptWords)}"></p>
<ol id="search-results" class="results"></ol>
<p id="search-more-row" hidden><button id="search-more" type="button">${words.moreResults}</button></p>
<noscript><p>${fillMarkup(words.searchNeedsScript, { tags: html`<a href="../tags/index.html">${words.tagsLink}</a>`, authors: html`<a href="../authors/index.html">${words.authorsLink}</a>` })}</p></noscript>
`;
  return layout(site, {
    dir,
    title: words.search,
    description: fill(words.searchDescription, { site: site.title }),
    main,
    scripts: ['assets/search.js'],
  });
}

/** The page hosts show for missing paths; its links are root-absolute since it is served at any path. */
export function notFoundPage(site: SiteInfo): string {
  const rootPath = site.baseUrl === null ? '/' : new URL(site.baseUrl).pathname;
  const { words } = site;
  const main = html`<h1>${words.notFound}</h1>
<p>${fillMarkup(words.notFoundText, { home: html`<a href="${rootPath}index.html">${words.homePage}</a>` })}</p>
`;
  return layout(site, { dir: '', title: words.notFound, description: words.notFound, main, rootPath });
}

/** The site file of a list's page: page 1 is the folder's own index. */
export function listPageFile(dir: SiteDir, page: number): string {
  return page === 1 ? pageFile(dir) : pageFile(`${dir}page/${page}/`);
}

/** Structured-data persons for the article's authors, with the job title the frontmatter gives them. */
function personsOf(article: Article): Record<string, string>[] {
  const roles = authorRoles(article.data);
  return article.authors.map((name) => {
    const person: Record<string, string> = { '@type': 'Person', name };
    const role = roles.get(name);
    if (role !== undefined) person.jobTitle = role;
    return person;
  });
}
