/**
 * What to say when a command found nothing: that no article matched, or, when the archive holds no articles
 * at all, that the folder has none (the likelier mistake is the folder, not the filter).
 */
import type { Context } from '../context.js';

export function nothingFoundNote(context: Context, archiveFiles: number, what = 'articles match'): string {
  if (archiveFiles > 0) return `no ${what}`;
  const folder =
    context.pathPrefix === '' ? 'the current folder' : context.pathPrefix.replace(/[\\/]+$/, '') || context.pathPrefix;
  return `no articles in ${folder}: it holds no .md or .markdown files (give the archive folder with -C)`;
}
