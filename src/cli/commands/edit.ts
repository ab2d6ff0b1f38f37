/**
 * `folio edit <article>`: opens the article's file in the user's editor, and refreshes the index when the editor
 * closes, so what was written is listed and searchable at once. `search --edit` comes here too, with the query,
 * to open the best match at the line of its first hit.
 */
import { join } from 'node:path';
import { readArticleToShow } from '../../archive/read-article.js';
import { bodyLocation } from '../../index/article-reads.js';
import type { HitMatcher } from '../../render/terminal/hits.js';
import type { Context } from '../context.js';
import { openInEditor } from '../editor.js';
import { findArticle } from '../find-article.js';

export interface EditOptions {
  /** The search query whose first hit the editor opens at. */
  query?: string;
  exact?: boolean;
}

export async function runEdit(context: Context, reference: string, options: EditOptions = {}): Promise<number> {
  const found = await findArticle(context, reference);
  let line: number | undefined;
  if (options.query !== undefined) {
    const { queryHits } = await import('../highlight-query.js');
    const { bodyLine } = bodyLocation(found.row);
    const source = readArticleToShow(context.root, found.article.path, bodyLine);
    line = firstHitLine(source.text, bodyLine, queryHits(options.query, options.exact === true).matcher);
  }
  context.flush();
  await openInEditor(context.io, join(context.root, found.article.path), line);
  const { openArchive } = await import('../open-archive.js');
  (await openArchive(context)).db.close();
  return 0;
}

/**
 * The line (counted from 1 in the file) of the first hit in the body, which starts at line `bodyLine`; else the
 * first line where the title or a tag matches; else undefined (the editor opens at its usual place).
 */
export function firstHitLine(text: string, bodyLine: number, matcher: HitMatcher): number | undefined {
  const lines = text.split('\n');
  for (let index = Math.max(0, bodyLine - 1); index < lines.length; index++) {
    if (matcher(lines[index]!, 'text').length > 0) return index + 1;
  }
  for (let index = 0; index < Math.min(lines.length, bodyLine - 1); index++) {
    const line = lines[index]!;
    if (matcher(line, 'title').length > 0 || matcher(line, 'tag').length > 0 || matcher(line, 'text').length > 0)
      return index + 1;
  }
  return undefined;
}
