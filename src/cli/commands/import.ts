/**
 * `folio import <file|folder>…`: turns saved web pages and text files into articles of the archive, printing one
 * line per page, then refreshes the index so the new articles are listed and searchable at once.
 * Exit 0 when every page was imported or skipped, 1 when some failed, 2 for a usage error or a path that names no
 * page (after importing the others).
 */
import { importPages, type ImportOutcome } from '../../import/import-pages.js';
import { collectPageSources } from '../../import/page-sources.js';
import { removeLeftovers, resolveTargetFolder } from '../../import/write-article.js';
import { articleNames } from '../../index/article-reads.js';
import { fold } from '../../parse/fold.js';
import type { Context } from '../context.js';
import { openArchive } from '../open-archive.js';
import { importSummary, outcomeLine, previewLines } from '../print/import-outcome.js';

export interface ImportFlags {
  into?: string;
  dryRun?: boolean;
  force?: boolean;
}

export async function runImport(context: Context, inputs: string[], flags: ImportFlags): Promise<number> {
  const dryRun = flags.dryRun === true;
  const target = resolveTargetFolder(context.root, flags.into);
  const entries = collectPageSources(inputs, context.io.cwd);
  if (!dryRun) removeLeftovers(target);

  const before = await openArchive(context, { reportProblems: false });
  const names = articleNames(before.db);
  const slugs = new Map(names.map(({ slug, path }) => [slug, { path }]));
  const titles = new Map(names.map(({ title, path }) => [fold(title), path]));
  before.db.close();

  const outcomes: ImportOutcome[] = [];
  await importPages(
    entries,
    { root: context.root, target, slugs, titles, force: flags.force === true, dryRun },
    (outcome) => {
      outcomes.push(outcome);
      for (const note of outcome.notes) context.note(`${outcome.source.shown}: ${note}`);
      context.out(outcomeLine(outcome, dryRun, context.theme));
      if (dryRun && outcome.text !== undefined)
        for (const line of [...previewLines(outcome.text), '']) context.out(line);
    },
  );

  if (!dryRun && outcomes.some((outcome) => outcome.status === 'created' || outcome.status === 'replaced')) {
    // The new articles are indexed now, so `list` and `search` see them at once; their problems are shown here.
    (await openArchive(context)).db.close();
  }
  context.note(importSummary(outcomes, dryRun));
  // As ripgrep: a path that names nothing (missing, or a folder without pages) is an error, reported after the rest is done.
  if (entries.some((entry) => 'problem' in entry)) return 2;
  return outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
}
