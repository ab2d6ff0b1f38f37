/**
 * `folio export html`: the archive as a static site in `--out`. Flags and config are resolved here; the site
 * itself is built by src/export/site.ts.
 */
import { isAbsolute, resolve } from 'node:path';
import { linkedFromMap } from '../../index/link-graph.js';
import { bodyLines, selectArticles } from '../../index/article-reads.js';
import { UsageError } from '../../model/errors.js';
import { exportSite } from '../../export/site.js';
import { languageTag } from '../../export/pages.js';
import { commonLanguage, siteWords } from '../../export/i18n/languages.js';
import { readTheme, themeWords } from '../../export/theme.js';
import type { Context } from '../context.js';
import { toFilter, type FilterFlags } from '../flags.js';
import { openArchive } from '../open-archive.js';
import { createProgress } from '../progress.js';
import { formatBytes, noteRenderWork, renderCache, toBaseUrl } from './export-common.js';
import { folioVersion } from '../version.js';

export interface ExportHtmlFlags extends FilterFlags {
  out?: string;
  baseUrl?: string;
  title?: string;
  force?: boolean;
  htmlAsText?: boolean;
  theme?: string;
  feeds?: boolean;
}

export async function runExportHtml(context: Context, flags: ExportHtmlFlags, now: () => number = performance.now.bind(performance)): Promise<number> {
  const started = now();
  if (!flags.out) throw new UsageError('export html needs --out <folder>');
  const filter = toFilter(flags);
  const baseUrl = toBaseUrl(flags.baseUrl ?? context.config.baseUrl, flags.baseUrl !== undefined ? '--base-url' : 'baseUrl in the config');
  const themeSetting = flags.theme ?? context.config.theme;
  const theme = themeSetting === undefined ? undefined
    : readTheme(flags.theme !== undefined ? resolve(context.io.cwd, themeSetting) : resolve(context.root, themeSetting));
  const configLang = context.config.lang;
  const wantFeeds = flags.feeds !== false;

  const { db } = await openArchive(context);
  const articles = selectArticles(db, filter, { sort: 'date', reverse: false });
  const lines = bodyLines(db);
  const linkedFrom = linkedFromMap(db);
  db.close();

  // The site speaks the config's language, else the one most of its articles are written in.
  const lang = languageTag(configLang) ?? languageTag(commonLanguage(articles.map((article) => article.lang))) ?? 'en';
  const words = siteWords(lang, themeWords(theme, lang));
  const out = isAbsolute(flags.out) ? flags.out : resolve(context.io.cwd, flags.out);
  const progress = createProgress(context.io.stderr, 'exporting');
  const cache = renderCache(context);
  let summary;
  try {
    summary = await exportSite(articles, {
      root: context.root,
      out,
      outShown: flags.out,
      force: flags.force === true,
      htmlAsText: flags.htmlAsText === true,
      title: flags.title ?? context.config.title ?? words.articles,
      baseUrl,
      lang,
      defaultLang: configLang ?? null,
      words,
      feeds: wantFeeds,
      generator: `folio ${folioVersion()}`,
      ...(theme ? { theme } : {}),
      bodyLines: lines,
      linkedFrom,
      onProgress: (done, total) => progress.update(done, total),
      cache,
    });
  } finally {
    progress.done();
  }
  for (const found of summary.problems) context.report(found);
  for (const note of summary.notes) context.note(note);
  noteRenderWork(context, summary, cache.file);
  if (wantFeeds && baseUrl === null) {
    context.note('no base URL: feeds and sitemap.xml need absolute links, so they were not written (pass --base-url https://…, or set baseUrl in folio.config.json; --no-feeds silences this)');
  }
  const seconds = ((now() - started) / 1000).toFixed(2);
  context.out(`exported ${summary.articles} ${summary.articles === 1 ? 'article' : 'articles'} to ${flags.out}: ${summary.pages} pages, ` +
    `${summary.files} files, ${formatBytes(summary.bytes)} in ${seconds} s`);
  return 0;
}
