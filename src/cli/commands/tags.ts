/**
 * `folio tags`: every tag with the number of articles that carry it.
 */
import { countTags } from '../../index/article-reads.js';
import type { Context } from '../context.js';
import { TAG_FORMATS, toFilter, toFormat, type FilterFlags } from '../flags.js';
import { openArchive } from '../open-archive.js';
import { safeJson } from '../../render/safe-json.js';
import { nothingFoundNote } from '../print/nothing-found.js';
import { renderTable } from '../print/table.js';

export interface TagsFlags extends FilterFlags {
  format: string;
}

export async function runTags(context: Context, flags: TagsFlags): Promise<number> {
  const filter = toFilter(flags);
  const format = toFormat(flags.format, TAG_FORMATS);
  const { db, stats } = await openArchive(context);
  const tags = countTags(db, filter);
  db.close();
  if (format === 'json') context.out(safeJson(tags, 2));
  else if (format === 'jsonl') for (const tag of tags) context.out(safeJson(tag));
  else if (tags.length === 0) context.note(nothingFoundNote(context, stats.files, 'tags'));
  else {
    const lines = await renderTable(
      [
        { header: 'TAG', min: 8, grow: true, dropOrder: 0, style: (text) => context.theme.tag(text) },
        { header: 'ARTICLES', min: 8, dropOrder: 0, alignRight: true },
      ],
      tags.map(({ tag, count }) => [tag, String(count)]),
      Math.min(context.tableWidth, 60),
      context.theme,
    );
    for (const line of lines) context.out(line);
  }
  return 0;
}
