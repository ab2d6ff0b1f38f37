/**
 * The work done for one article of `export json`: read its body back from the file, render it to safe HTML
 * and plain text from the same tokens, or take both from the render cache (see render-cache.ts). Runs on
 * worker threads (see render-pool.ts) or in the main thread.
 */
import { readArticleToExport } from '../archive/read-article.js';
import { problem, type Problem } from '../model/problem.js';
import { createHtmlRenderer, plain } from '../render/html.js';
import { renderOrReuse, renderSettings, type BodyRender } from './article-job.js';
import { RenderCacheReader, renderKey, type RenderCacheEntry } from './render-cache.js';

export interface RecordJobSettings {
  root: string;
  htmlAsText: boolean;
  /** The render cache to read, and the renderer's identity; no cache when absent. */
  cache?: { file: string; renderer: string };
}

export interface RecordJob {
  index: number;
  path: string;
  /** Where the body starts in the file, from the index. */
  bodyLine?: number;
  /** Set when a worker that had this job was stopped (records write nothing, so it changes nothing). */
  again?: boolean;
}

export interface RecordJobResult {
  index: number;
  body: string;
  html: string;
  text: string;
  problems: Problem[];
  /** The render's cache key, and the render itself when it was made now (for the main thread to store). */
  cacheKey?: string;
  rendered?: RenderCacheEntry;
}

/** Creates the function that runs one record job; `forcePlain` renders without parsing Markdown. */
export function createRecordWorker(
  settings: RecordJobSettings,
): (job: RecordJob, forcePlain?: string) => RecordJobResult {
  const renderer = createHtmlRenderer({ htmlAsText: settings.htmlAsText });
  const cache = RenderCacheReader.open(settings.cache?.file);
  const renderSetting = renderSettings('record', settings.htmlAsText);
  // A record's links are kept as written: every question the renderer asks gets "as written".
  const asWritten = { link: () => undefined, image: () => undefined };
  return (job, forcePlain) => {
    const read = readArticleToExport(settings.root, job.path, job.bodyLine);
    const problems = [...read.problems];
    const key =
      settings.cache && forcePlain === undefined
        ? renderKey({
            renderer: settings.cache.renderer,
            settings: renderSetting,
            path: job.path,
            title: '',
            body: read.body,
          })
        : undefined;
    const rendered: BodyRender =
      forcePlain !== undefined
        ? { ...plain(read.body, forcePlain), fallback: forcePlain }
        : renderOrReuse(key, cache, asWritten, () => renderer.render(read.body));
    if (rendered.fallback) problems.push(problem(job.path, 'warning', `HTML is plain text: ${rendered.fallback}`));
    const result: RecordJobResult = {
      index: job.index,
      body: read.body,
      html: rendered.html,
      text: rendered.text,
      problems,
    };
    if (key !== undefined) result.cacheKey = key;
    if (key !== undefined && rendered.rewrites) {
      result.rendered = {
        key,
        path: job.path,
        html: rendered.html,
        text: rendered.text,
        rewrites: rendered.rewrites,
        fallback: rendered.fallback,
      };
    }
    return result;
  };
}
