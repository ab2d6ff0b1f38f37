/**
 * `folio index`: refreshes the index (or rebuilds it with `--rebuild`) and prints one summary line.
 */
import type { Context } from '../context.js';
import { openArchive } from '../open-archive.js';

export interface IndexFlags {
  rebuild?: boolean;
}

export async function runIndex(
  context: Context,
  flags: IndexFlags,
  now: () => number = performance.now.bind(performance),
): Promise<number> {
  const started = now();
  const { db, stats, keptFresh } = await openArchive(context, { rebuild: flags.rebuild === true });
  db.close();
  const seconds = ((now() - started) / 1000).toFixed(2);
  const noun = stats.files === 1 ? 'file' : 'files';
  context.out(
    `indexed ${stats.files} ${noun} in ${seconds} s: ${stats.added} added, ${stats.updated} updated, ` +
      `${stats.removed} removed, ${stats.unchanged} unchanged, ${stats.failed} failed${keptFresh ? ' (kept current by folio watch)' : ''}`,
  );
  return 0;
}
