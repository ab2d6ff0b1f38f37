/**
 * What both export commands need from the command line: the base URL checked and normalised, the render
 * cache beside the index, and sizes for their summary lines.
 */
import { UsageError } from '../../model/errors.js';
import { renderCacheFile, rendererIdentity } from '../../export/render-cache.js';
import type { Context } from '../context.js';
import { folioVersion } from '../version.js';

/** Checks a base URL (http or https) and gives it a trailing slash; null when none was given. */
export function toBaseUrl(value: string | undefined, source: string): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`${source} ${value}: not a URL (expected something like https://example.org/blog/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${source} ${value}: expected an http or https URL`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `1536` → `1.5 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}


/** The render cache of the context's archive: `render-cache.db` beside the index. */
export function renderCache(context: Context): { file: string; renderer: string } {
  return { file: renderCacheFile(context.indexFile), renderer: rendererIdentity(folioVersion()) };
}

/** With --debug, how much Markdown work the export did: the observable sign that the cache was used. */
export function noteRenderWork(context: Context, work: { rendered: number; reused: number }, file: string): void {
  if (context.debug) context.note(`render cache: ${work.rendered} rendered, ${work.reused} reused (${file})`);
}
