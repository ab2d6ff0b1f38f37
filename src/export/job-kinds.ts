/**
 * The kinds of per-article work the export pool runs: `page` (an article's page and search record, for
 * `export html`) and `record` (an article's body, HTML and text, for `export json`). Each kind is a runner
 * built once per thread from plain settings; a runner given `forcePlain` renders without parsing Markdown.
 */
import {
  createArticleWorker,
  runArticleJob,
  type ArticleJob,
  type ArticleJobResult,
  type ArticleJobSettings,
} from './article-job.js';
import { createRecordWorker, type RecordJob, type RecordJobResult, type RecordJobSettings } from './record-job.js';

interface Kinds {
  page: { settings: ArticleJobSettings; job: ArticleJob; result: ArticleJobResult };
  record: { settings: RecordJobSettings; job: RecordJob; result: RecordJobResult };
}

export type JobKind = keyof Kinds;
export type SettingsOf<K extends JobKind> = Kinds[K]['settings'];
export type JobOf<K extends JobKind> = Kinds[K]['job'];
export type ResultOf<K extends JobKind> = Kinds[K]['result'];

/** Builds the runner of `kind`; failures other than writing fall back to plain text for that article. */
export function jobRunner<K extends JobKind>(
  kind: K,
  settings: SettingsOf<K>,
): (job: JobOf<K>, forcePlain?: string) => ResultOf<K> {
  const run = (kind === 'page'
    ? createArticleWorker(settings as ArticleJobSettings)
    : createRecordWorker(settings as RecordJobSettings)) as unknown as (
    job: JobOf<K>,
    forcePlain?: string,
  ) => ResultOf<K>;
  return (job, forcePlain) => (forcePlain !== undefined ? run(job, forcePlain) : runArticleJob(run, job));
}
