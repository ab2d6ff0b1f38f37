/**
 * `folio watch`: keeps the archive's index current while it runs, so that every other command skips its scan of
 * the files (see watch/watcher.ts for how, and watch/ask.ts for why that never shows stale results). It refreshes
 * the index shortly after each change, reports the problems of the files it re-read, and runs until Ctrl-C (or
 * SIGTERM), then removes its socket and markers.
 */
import { startWatcher } from '../../watch/watcher.js';
import { watchPlace } from '../../watch/place.js';
import { readArchiveConfig, type Context } from '../context.js';
import { openArchive, refreshArchive } from '../open-archive.js';

export async function runWatch(context: Context, signals: NodeJS.EventEmitter = process): Promise<number> {
  const { db, stats } = await openArchive(context);
  try {
    const watcher = await startWatcher({
      root: context.root,
      place: watchPlace(context.indexFile),
      refresh: async () => {
        const started = performance.now();
        // The config may have changed too: each refresh reads it as a command started now would.
        const { config } = readArchiveConfig(context.root);
        const result = await refreshArchive({ ...context, config }, db);
        for (const found of result.problems) context.report(found);
        const { added, updated, removed } = result.stats;
        if (added + updated + removed > 0) {
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          context.note(`refreshed in ${seconds} s: ${added} added, ${updated} updated, ${removed} removed`);
        }
      },
      onRefreshError: (error) =>
        context.note(`the index could not be refreshed: ${error instanceof Error ? error.message : String(error)}`),
    });
    const folders = watcher.folders();
    context.out(
      `watching ${stats.files} ${stats.files === 1 ? 'file' : 'files'} in ${folders} ${folders === 1 ? 'folder' : 'folders'}; other commands skip their scan while this runs (Ctrl-C stops)`,
    );
    context.flush();
    await new Promise<void>((resolve) => {
      const stop = () => {
        signals.off('SIGINT', stop);
        signals.off('SIGTERM', stop);
        resolve();
      };
      signals.on('SIGINT', stop);
      signals.on('SIGTERM', stop);
    });
    await watcher.close();
  } finally {
    db.close();
  }
  context.note('stopped');
  return 0;
}
