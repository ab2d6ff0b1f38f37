/**
 * `folio export html`: the archive as a static site in `--out`. Flags and config are resolved here; the site
 * itself is built by src/export/site.ts.
 */
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../../model/errors.js';
import { exportSite } from '../../export/site.js';
import type { Context } from '../context.js';
import { toFilter, type FilterFlags } from '../flags.js';
import { createProgress } from '../progress.js';
import { formatBytes, noteRenderWork, prepareSite, toBaseUrl } from './export-common.js';

export interface ExportHtmlFlags extends FilterFlags {
  out?: string;
  baseUrl?: string;
  title?: string;
  force?: boolean;
  htmlAsText?: boolean;
  theme?: string;
  feeds?: boolean;
}

export async function runExportHtml(
  context: Context,
  flags: ExportHtmlFlags,
  now: () => number = performance.now.bind(performance),
): Promise<number> {
  const started = now();
  if (!flags.out) throw new UsageError('export html needs --out <folder>');
  const filter = toFilter(flags);
  const baseUrl = toBaseUrl(
    flags.baseUrl ?? context.config.baseUrl,
    flags.baseUrl !== undefined ? '--base-url' : 'baseUrl in the config',
  );
  const wantFeeds = flags.feeds !== false;
  const out = isAbsolute(flags.out) ? flags.out : resolve(context.io.cwd, flags.out);
  const progress = createProgress(context.io.stderr, 'exporting');
  let summary;
  let cacheFile = '';
  try {
    const { articles, options } = await prepareSite(context, {
      filter,
      out,
      outShown: flags.out,
      force: flags.force === true,
      baseUrl,
      ...(flags.title !== undefined ? { title: flags.title } : {}),
      ...(flags.theme !== undefined ? { theme: resolve(context.io.cwd, flags.theme) } : {}),
      htmlAsText: flags.htmlAsText === true,
      feeds: wantFeeds,
      onProgress: (done, total) => progress.update(done, total),
    });
    cacheFile = options.cache!.file;
    summary = await exportSite(articles, options);
  } finally {
    progress.done();
  }
  for (const found of summary.problems) context.report(found);
  for (const note of summary.notes) context.note(note);
  noteRenderWork(context, summary, cacheFile);
  if (context.debug) context.note(`previous export: ${summary.kept} of ${summary.files} files kept`);
  if (wantFeeds && baseUrl === null) {
    context.note(
      'no base URL: feeds and sitemap.xml need absolute links, so they were not written (pass --base-url https://…, or set baseUrl in folio.config.json; --no-feeds silences this)',
    );
  }
  const seconds = ((now() - started) / 1000).toFixed(2);
  context.out(
    `exported ${summary.articles} ${summary.articles === 1 ? 'article' : 'articles'} to ${flags.out}: ${summary.pages} pages, ` +
      `${summary.files} files, ${formatBytes(summary.bytes)} in ${seconds} s`,
  );
  return 0;
}
