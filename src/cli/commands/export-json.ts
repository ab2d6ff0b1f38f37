/**
 * `folio export json`: one record per article, on stdout or into a file (written beside it and renamed over
 * it when complete), as one JSON object, JSON lines or a JSON Feed.
 */
import { isAbsolute, resolve } from 'node:path';
import { bodyLines, selectArticles } from '../../index/article-reads.js';
import { UsageError } from '../../model/errors.js';
import { exportJson, type JsonFormat } from '../../export/json-export.js';
import { FileOutput } from '../../export/out-dir.js';
import {
  BULK_FORMS,
  parseSize,
  PartedOutput,
  readSyncState,
  writeSyncState,
  type BulkForm,
  type SyncState,
} from '../../export/handoff.js';
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
  changesSince?: string;
  bulk?: string;
  maxBytes?: string;
}

export async function runExportJson(
  context: Context,
  flags: ExportJsonFlags,
  now: () => number = performance.now.bind(performance),
): Promise<number> {
  const started = now();
  if (flags.jsonl && flags.jsonfeed) throw new UsageError('--jsonl and --jsonfeed cannot be used together');
  const bulk = toBulkForm(flags.bulk);
  if ((bulk || flags.changesSince !== undefined) && (flags.jsonfeed || (!flags.jsonl && !bulk))) {
    throw new UsageError(
      `${bulk ? '--bulk' : '--changes-since'} writes JSON lines: use it with --jsonl${bulk ? '' : ' or --bulk opensearch'}`,
    );
  }
  const format: JsonFormat = flags.jsonl || bulk ? 'jsonl' : flags.jsonfeed ? 'jsonfeed' : 'json';
  const filter = toFilter(flags);
  const baseUrl = toBaseUrl(
    flags.baseUrl ?? context.config.baseUrl,
    flags.baseUrl !== undefined ? '--base-url' : 'baseUrl in the config',
  );
  const toStdout = flags.out === undefined || flags.out === '-';
  const maxBytes = flags.maxBytes === undefined ? undefined : parseSize(flags.maxBytes);
  if (maxBytes === null)
    throw new UsageError(`--max-bytes ${flags.maxBytes}: expected a size such as 50mb, 512kb or 1000000`);
  if (maxBytes !== undefined && (toStdout || format !== 'jsonl'))
    throw new UsageError('--max-bytes cuts JSON lines into files: use it with --jsonl or --bulk, and --out <file>');
  const stateFile = flags.changesSince === undefined ? undefined : resolve(context.io.cwd, flags.changesSince);
  // Read before anything is written: a file that is not a sync state stops the export at once.
  const previous: SyncState | null = stateFile === undefined ? null : readSyncState(stateFile);
  const target = toStdout ? undefined : isAbsolute(flags.out!) ? flags.out! : resolve(context.io.cwd, flags.out!);
  const parted =
    target !== undefined && maxBytes !== undefined
      ? new PartedOutput(target, maxBytes, flags.force === true)
      : undefined;
  const file = target === undefined ? undefined : (parted ?? FileOutput.open(target, { force: flags.force === true }));
  const oversized: number[] = [];

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
      write: parted
        ? (text) => {
            const over = parted.write(text);
            if (over !== undefined) oversized.push(over);
          }
        : file
          ? (text) => file.write(text)
          : stdoutWriter(context),
      ...(bulk || stateFile !== undefined ? { changes: { form: bulk ?? 'jsonl', previous } } : {}),
      bodyLines: lines,
      onProgress: (done, total) => progress.update(done, total),
      cache,
    });
    progress.done();
    file?.commit();
    // Only once the changes are written in full: an export cut short sends the same changes next time.
    if (stateFile !== undefined && result.changes) writeSyncState(stateFile, result.changes.state);
    for (const found of result.problems) context.report(found);
    for (const over of oversized) {
      context.note(
        `a record of ${formatBytes(over)} is over --max-bytes ${flags.maxBytes}: it has a file to itself, which the engine may refuse`,
      );
    }
    if (result.changes && (file || stateFile !== undefined)) {
      const { upserts, deletions, unchanged } = result.changes;
      context.note(
        `changes: ${upserts} to add or replace, ${deletions} to delete, ${unchanged} unchanged${parted ? ` (${parted.files.length} ${parted.files.length === 1 ? 'file' : 'files'})` : ''}`,
      );
    }
    noteRenderWork(context, result, cache.file);
    if (file) {
      // As export html does: with the records in a file, stdout says what was written.
      const seconds = ((now() - started) / 1000).toFixed(2);
      context.out(
        `exported ${result.articles} ${result.articles === 1 ? 'article' : 'articles'} to ${flags.out}: ${formatBytes(file.bytes)} in ${seconds} s`,
      );
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
    draining ??= new Promise((resolve) =>
      stream.once!('drain', () => {
        draining = undefined;
        resolve();
      }),
    );
    return draining;
  };
}

/** Checks `--bulk`. */
function toBulkForm(value: string | undefined): BulkForm | undefined {
  if (value === undefined) return undefined;
  if (!(BULK_FORMS as readonly string[]).includes(value))
    throw new UsageError(`--bulk ${value}: expected ${BULK_FORMS.join(', ')}`);
  return value as BulkForm;
}
