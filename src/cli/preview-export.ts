/**
 * The preview site of `folio serve`, made by `export html` itself into a temporary folder: the pages are those
 * an export writes, with the preview's own address as the base URL (so feeds and the sitemap work there too).
 * An update refreshes the index (reading only the files that changed) and exports again; updates run one at a
 * time, and changes that come in meanwhile are gathered into one more run. The temporary folder is removed by
 * `close`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languageTag } from '../export/pages.js';
import { exportSite } from '../export/site.js';
import { commonLanguage, siteWords } from '../export/i18n/languages.js';
import { readTheme, themeWords } from '../export/theme.js';
import { linkedFromMap } from '../index/link-graph.js';
import { bodyLines, selectArticles } from '../index/article-reads.js';
import type { ArticleFilter } from '../model/filter.js';
import type { PreviewSite, SiteUpdate } from '../serve/preview-site.js';
import type { Context } from './context.js';
import { openArchive } from './open-archive.js';
import { renderCache } from './commands/export-common.js';
import { folioVersion } from './version.js';
import { resolve } from 'node:path';

export interface PreviewExportOptions {
  filter: ArticleFilter;
  baseUrl: string;
  title?: string;
}

/** Builds the first version of the site; the returned preview is ready to serve. */
export async function createPreviewExport(context: Context, options: PreviewExportOptions): Promise<{ site: PreviewSite; first: SiteUpdate }> {
  const temporary = mkdtempSync(join(tmpdir(), 'folio-serve-'));
  const out = join(temporary, 'site');
  let running: Promise<SiteUpdate> | undefined;
  let again = false;

  const build = async (): Promise<SiteUpdate> => {
    const { db } = await openArchive(context);
    const articles = selectArticles(db, options.filter, { sort: 'date', reverse: false });
    const lines = bodyLines(db);
    const linkedFrom = linkedFromMap(db);
    db.close();
    const themeSetting = context.config.theme;
    const theme = themeSetting !== undefined ? readTheme(resolve(context.root, themeSetting)) : undefined;
    const configLang = context.config.lang;
    // As export html decides them: the same language and words, and the same render cache, so a save re-renders
    // the one article that changed and the preview is the site export html would write.
    const lang = languageTag(configLang) ?? languageTag(commonLanguage(articles.map((article) => article.lang))) ?? 'en';
    const words = siteWords(lang, themeWords(theme, lang));
    const summary = await exportSite(articles, {
      root: context.root,
      out,
      force: true,
      htmlAsText: false,
      title: options.title ?? context.config.title ?? words.articles,
      baseUrl: options.baseUrl,
      lang,
      defaultLang: configLang ?? null,
      words,
      feeds: true,
      generator: `folio ${folioVersion()}`,
      ...(theme ? { theme } : {}),
      bodyLines: lines,
      linkedFrom,
      cache: renderCache(context),
    });
    for (const found of summary.problems) context.report(found);
    return { articles: summary.articles, description: `${summary.pages} pages` };
  };

  const update = async (): Promise<SiteUpdate> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: SiteUpdate;
      do {
        again = false;
        result = await build();
      } while (again);
      return result;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };

  try {
    const first = await update();
    return {
      first,
      site: {
        folder: () => out,
        update: () => update(),
        close: () => rmSync(temporary, { recursive: true, force: true }),
      },
    };
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
