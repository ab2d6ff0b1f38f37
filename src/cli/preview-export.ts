/**
 * The preview site of `folio serve`, made by `export html` itself into a temporary folder: the pages are those
 * an export writes, with the preview's own address as the base URL (so feeds and the sitemap work there too).
 * An update refreshes the index (reading only the files that changed) and exports again; updates run one at a
 * time, and changes that come in meanwhile are gathered into one more run. The temporary folder is removed by
 * `close`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSite } from '../export/site.js';
import type { ArticleFilter } from '../model/filter.js';
import type { PreviewSite, SiteUpdate } from '../serve/preview-site.js';
import type { Context } from './context.js';
import { prepareSite } from './commands/export-common.js';

export interface PreviewExportOptions {
  filter: ArticleFilter;
  baseUrl: string;
  title?: string;
}

/** Builds the first version of the site; the returned preview is ready to serve. */
export async function createPreviewExport(
  context: Context,
  options: PreviewExportOptions,
): Promise<{ site: PreviewSite; first: SiteUpdate }> {
  const temporary = mkdtempSync(join(tmpdir(), 'folio-serve-'));
  const out = join(temporary, 'site');
  let running: Promise<SiteUpdate> | undefined;
  let again = false;
  // The site a save replaces is removed while the new one is already served; the next save waits for that.
  let discarding: Promise<unknown> = Promise.resolve();
  const discardPrevious = (folder: string) => {
    discarding = Promise.all([discarding, rm(folder, { recursive: true, force: true }).catch(() => undefined)]);
  };

  const build = async (): Promise<SiteUpdate> => {
    // As export html builds a site, through the same options and render cache: a save re-renders the article
    // that changed, and only the files it affects are written again.
    const { articles, options: site } = await prepareSite(context, {
      filter: options.filter,
      out,
      force: true,
      baseUrl: options.baseUrl,
      ...(options.title !== undefined ? { title: options.title } : {}),
      htmlAsText: false,
      feeds: true,
    });
    await discarding;
    const summary = await exportSite(articles, { ...site, discardPrevious });
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
        close: () => rmSync(temporary, { recursive: true, force: true, maxRetries: 3 }),
      },
    };
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
