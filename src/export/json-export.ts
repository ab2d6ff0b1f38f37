/**
 * `folio export json`: one record per article, streamed in order. `json` is one object (`archive` facts and
 * the `articles` records), `jsonl` one record per line (for search engines that ingest such files as they
 * are), `jsonfeed` a JSON Feed 1.1 document. Bodies are read and rendered on worker threads; records are
 * written as soon as the ones before them are, so memory does not grow with the archive.
 */
import type { Article } from '../model/article.js';
import { compareProblems, type Problem } from '../model/problem.js';
import { toRecord, type ArticleRecord } from '../model/record.js';
import { safeJson } from '../render/safe-json.js';
import { rfc3339 } from './feeds.js';
import { RenderCacheWriter } from './render-cache.js';
import { runJobs, type PoolOptions } from './render-pool.js';
import type { RecordJobResult } from './record-job.js';
import { planSite } from './site-plan.js';
import { absoluteUrl } from './site-paths.js';
import { deletionUnit, recordHash, upsertUnit, type ChangeForm, type SyncState } from './handoff.js';

export type JsonFormat = 'json' | 'jsonl' | 'jsonfeed';

/** The record `export json` writes: the contract's record plus the body three ways. */
export interface ExportRecord extends ArticleRecord {
  /** The Markdown body, after the frontmatter. */
  body: string;
  /** The body as sanitised HTML. */
  html: string;
  /** The body as plain text. */
  text: string;
}

export interface JsonExportOptions {
  root: string;
  format: JsonFormat;
  /** Show raw HTML in articles as text instead of sanitised markup. */
  htmlAsText: boolean;
  title: string;
  baseUrl: string | null;
  version: string;
  /** Where each article's body starts (by path), from the index; bodies are found by parsing when absent. */
  bodyLines?: ReadonlyMap<string, number>;
  /** Receives the output piece by piece, in order; returns a promise when the reader needs time to catch up. */
  write: (text: string) => void | Promise<void>;
  onProgress?: (done: number, total: number) => void;
  pool?: PoolOptions;
  /** The render cache (see render-cache.ts): unchanged bodies are not rendered again. */
  cache?: { file: string; renderer: string };
  /**
   * Write only what changed since `previous` (handoff.ts), one unit per record in `form`, then the deletions;
   * null `previous` is a first sync (everything). The format must be `jsonl`.
   */
  changes?: { form: ChangeForm; previous: SyncState | null };
}

/** What an export of changes sent, and the state to keep for the next one. */
export interface ChangeSummary {
  upserts: number;
  deletions: number;
  unchanged: number;
  state: SyncState;
}

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** Writes `articles` (already in output order) in `options.format`. */
export async function exportJson(
  articles: readonly Article[],
  options: JsonExportOptions,
): Promise<{ articles: number; problems: Problem[]; rendered: number; reused: number; changes?: ChangeSummary }> {
  const dirs = options.baseUrl === null ? null : planSite(articles).dirByPath;
  const { write } = options;
  const problems: Problem[] = [];

  if (options.format === 'json') {
    const archive = {
      title: options.title,
      generator: { name: 'folio', version: options.version },
      articles: articles.length,
    };
    write(`{\n"archive": ${safeJson(archive)},\n"articles": [`);
  } else if (options.format === 'jsonfeed') {
    const head: Record<string, unknown> = { version: JSON_FEED_VERSION, title: options.title };
    if (options.baseUrl !== null) head.home_page_url = options.baseUrl;
    write(`${safeJson(head).slice(0, -1)},"items":[`);
  }

  const changes = options.changes;
  if (changes && options.format !== 'jsonl') throw new Error('changes are written as JSON lines');
  const summary: ChangeSummary | undefined = changes
    ? { upserts: 0, deletions: 0, unchanged: 0, state: new Map() }
    : undefined;
  const writeChange = (article: Article, json: string): void | Promise<void> => {
    const hash = recordHash(json);
    summary!.state.set(article.id, hash);
    if (changes!.previous?.get(article.id) === hash) {
      summary!.unchanged++;
      return undefined;
    }
    summary!.upserts++;
    return write(upsertUnit(changes!.form, article.id, json));
  };

  const pending = new Map<number, RecordJobResult>();
  let nextToWrite = 0;
  let done = 0;
  const flush = (): Promise<void> | undefined => {
    // biome-ignore lint/complexity/noUselessUndefinedInitialization: without it TypeScript takes the variable for unassigned where it is returned.
    let waiting: void | Promise<void> = undefined;
    for (let result = pending.get(nextToWrite); result; result = pending.get(nextToWrite)) {
      pending.delete(nextToWrite);
      const article = articles[nextToWrite]!;
      const first = nextToWrite === 0;
      nextToWrite++;
      if (changes) waiting = writeChange(article, safeJson(exportRecord(article, result))) ?? waiting;
      else if (options.format === 'jsonl') waiting = write(`${safeJson(exportRecord(article, result))}\n`);
      else if (options.format === 'json')
        waiting = write(`${first ? '\n' : ',\n'}${safeJson(exportRecord(article, result))}`);
      else waiting = write(`${first ? '\n' : ',\n'}${safeJson(feedItem(article, result, options.baseUrl, dirs))}`);
    }
    return waiting ?? undefined;
  };

  const cache = options.cache ? RenderCacheWriter.open(options.cache.file) : undefined;
  let rendered = 0;
  let reused = 0;
  const running = runJobs(
    'record',
    { root: options.root, htmlAsText: options.htmlAsText, ...(options.cache ? { cache: options.cache } : {}) },
    articles.map((article, index) => {
      const bodyLine = options.bodyLines?.get(article.path);
      return bodyLine === undefined ? { index, path: article.path } : { index, path: article.path, bodyLine };
    }),
    (result) => {
      if (result.cacheKey !== undefined)
        cache?.add(articles[result.index]!.path, 'record', result.cacheKey, result.rendered);
      if (result.cacheKey !== undefined && !result.rendered) reused++;
      else rendered++;
      problems.push(...result.problems);
      pending.set(result.index, result);
      options.onProgress?.(++done, articles.length);
      return flush();
    },
    options.pool,
  );
  try {
    await running;
    if (options.format === 'json') await write(`${articles.length > 0 ? '\n' : ''}]\n}\n`);
    else if (options.format === 'jsonfeed') await write(`${articles.length > 0 ? '\n' : ''}]}\n`);
    if (changes?.previous) {
      // Sorted, so that the same change gives the same bytes.
      const gone = [...changes.previous.keys()].filter((id) => !summary!.state.has(id)).sort();
      for (const id of gone) await write(deletionUnit(changes.form, id));
      summary!.deletions = gone.length;
    }
  } catch (error) {
    cache?.abort();
    throw error;
  }
  cache?.commit();
  return {
    articles: articles.length,
    problems: problems.sort(compareProblems),
    rendered,
    reused,
    ...(summary ? { changes: summary } : {}),
  };
}

/** An article's export record. */
export function exportRecord(article: Article, content: { body: string; html: string; text: string }): ExportRecord {
  return { ...toRecord(article), body: content.body, html: content.html, text: content.text };
}

/** An article as a JSON Feed item; with a base URL, its `id` and `url` are the page's address in the site. */
function feedItem(
  article: Article,
  content: RecordJobResult,
  baseUrl: string | null,
  dirs: Map<string, string> | null,
): Record<string, unknown> {
  const url = baseUrl !== null && dirs ? absoluteUrl(baseUrl, dirs.get(article.path) ?? '') : undefined;
  const item: Record<string, unknown> = { id: url ?? article.id };
  if (url) item.url = url;
  item.title = article.title;
  item.content_html = content.html;
  item.content_text = content.text;
  if (article.summary) item.summary = article.summary;
  if (article.date) item.date_published = rfc3339(article.date);
  if (article.updated) item.date_modified = rfc3339(article.updated);
  if (article.authors.length > 0) item.authors = article.authors.map((name) => ({ name }));
  if (article.tags.length > 0) item.tags = article.tags;
  if (article.lang) item.language = article.lang;
  return item;
}
