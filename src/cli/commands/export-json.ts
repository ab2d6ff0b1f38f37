/**
 * `folio export json`: one record per article, on stdout or into a file (written beside it and renamed over
 * it when complete), as one JSON object, JSON lines or a JSON Feed.
 */
import { isAbsolute, resolve } from 'node:path';
import { bodyLines, selectArticles } from '../../index/article-reads.js';
import { UsageError } from '../../model/errors.js';
import { exportJson, type JsonFormat } from '../../export/json-export.js';
import { FileOutput } from '../../export/out-dir.js';
import type { Context } from '../context.js';
import type { OutputStream } from '../io.js';
import { toFilter, type FilterFlags } from '../flags.js';
import { openArchive } from '../open-archive.js';
import { createProgress } from '../progress.js';
import { formatBytes, noteRenderWork, renderCache, toBaseUrl } from './export-common.js';
import { folioVersion } from '../version.js';

export interface ExportJsonFlags extends FilterFlags {
  out?: string;
  jsonl?: boolean;
  jsonfeed?: boolean;
  baseUrl?: string;
  title?: string;
  force?: boolean;
  htmlAsText?: boolean;
}

export async function runExportJson(context: Context, flags: ExportJsonFlags, now: () => number = performance.now.bind(performance)): Promise<number> {
  const started = now();
  if (flags.jsonl && flags.jsonfeed) throw new UsageError('--jsonl and --jsonfeed cannot be used together');
  const format: JsonFormat = flags.jsonl ? 'jsonl' : flags.jsonfeed ? 'jsonfeed' : 'json';
  const filter = toFilter(flags);
  const baseUrl = toBaseUrl(flags.baseUrl ?? context.config.baseUrl, flags.baseUrl !== undefined ? '--base-url' : 'baseUrl in the config');
  const toStdout = flags.out === undefined || flags.out === '-';
  const file = toStdout ? undefined : FileOutput.open(isAbsolute(flags.out!) ? flags.out! : resolve(context.io.cwd, flags.out!), { force: flags.force === true });

  const progress = file ? createProgress(context.io.stderr, 'exporting') : { update() {}, done() {} };
  try {
    const { db } = await openArchive(context);
    const articles = selectArticles(db, filter, { sort: 'date', reverse: false });
    const lines = bodyLines(db);
    db.close();
    const cache = renderCache(context);
    const result = await exportJson(articles, {
      root: context.root,
      format,
      htmlAsText: flags.htmlAsText === true,
      title: flags.title ?? context.config.title ?? 'Articles',
      baseUrl,
      version: folioVersion(),
      write: file ? (text) => file.write(text) : stdoutWriter(context),
      bodyLines: lines,
      onProgress: (done, total) => progress.update(done, total),
      cache,
    });
    progress.done();
    file?.commit();
    for (const found of result.problems) context.report(found);
    noteRenderWork(context, result, cache.file);
    if (file) {
      // As export html does: with the records in a file, stdout says what was written.
      const seconds = ((now() - started) / 1000).toFixed(2);
      context.out(`exported ${result.articles} ${result.articles === 1 ? 'article' : 'articles'} to ${flags.out}: ${formatBytes(file.bytes)} in ${seconds} s`);
    }
    return 0;
  } catch (error) {
    progress.done();
    file?.abort();
    throw error;
  }
}

/**
 * A writer to stdout that says when the reader is behind (a pipe to a slow consumer): it then returns a promise
 * of the drain, one shared by every write made while waiting, so the export pauses instead of buffering.
 */
function stdoutWriter(context: Context): (text: string) => void | Promise<void> {
  const stream = context.io.stdout as OutputStream & { once?: (event: 'drain', listener: () => void) => unknown };
  let draining: Promise<void> | undefined;
  return (text) => {
    if (stream.write(text) !== false || typeof stream.once !== 'function') return draining;
    draining ??= new Promise((resolve) => stream.once!('drain', () => {
      draining = undefined;
      resolve();
    }));
    return draining;
  };
}
