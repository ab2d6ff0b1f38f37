/**
 * `folio links <article>`: the articles it links to and those that link to it, read from the index. A link to a
 * Markdown file the archive does not hold is listed under "links to" as missing (`folio check` reports it too).
 */
import { toRecord, type ArticleRecord } from '../../model/record.js';
import { readLinkGraph } from '../../index/link-graph.js';
import { selectArticles } from '../../index/article-reads.js';
import { emptyFilter } from '../../model/filter.js';
import { safeLine } from '../../render/safe-text.js';
import type { Context } from '../context.js';
import { LINKS_FORMATS, toFormat } from '../flags.js';
import { findArticle } from '../find-article.js';
import { openArchive } from '../open-archive.js';
import { safeJson } from '../../render/safe-json.js';
import { textWidth } from '../../render/text-width.js';

export interface LinksFlags {
  format: string;
}

export async function runLinks(context: Context, reference: string, flags: LinksFlags): Promise<number> {
  const format = toFormat(flags.format, LINKS_FORMATS);
  const found = await findArticle(context, reference);
  const { db } = await openArchive(context);
  let graph;
  let byPath;
  try {
    graph = readLinkGraph(db);
    byPath = new Map(
      selectArticles(db, { ...emptyFilter(), drafts: true }, { sort: 'path', reverse: false }).map((article) => [
        article.path,
        article,
      ]),
    );
  } finally {
    db.close();
  }
  const path = found.article.path;
  const to = graph.linksTo(path);
  const missing = [...new Set(graph.broken.filter((link) => link.from === path).map((link) => link.to))];
  const from = graph.linkedFrom(path);

  if (format === 'json') {
    const records = (paths: string[]) =>
      paths
        .map((linked) => byPath.get(linked))
        .filter((article) => article !== undefined)
        .map(toRecord);
    const result: { article: ArticleRecord; linksTo: ArticleRecord[]; missing: string[]; linkedFrom: ArticleRecord[] } =
      {
        article: toRecord(found.article),
        linksTo: records(to),
        missing,
        linkedFrom: records(from),
      };
    context.out(safeJson(result, 2));
    return 0;
  }
  if (format === 'paths') {
    for (const linked of [...to, ...from.filter((linked) => !to.includes(linked))])
      context.out(safeLine(context.pathPrefix + linked));
    return 0;
  }
  const { theme } = context;
  const rows = (paths: readonly string[], missingFile = false) =>
    paths.map((linked) => ({
      path: safeLine(linked),
      title: missingFile
        ? linked.startsWith('../')
          ? '(outside the archive)'
          : '(no such article)'
        : safeLine(byPath.get(linked)?.title ?? ''),
    }));
  const outgoing = [...rows(to), ...rows(missing, true)];
  const incoming = rows(from);
  const width = Math.max(0, ...[...outgoing, ...incoming].map((row) => textWidth(row.path)));
  const section = (heading: string, list: { path: string; title: string }[]) => {
    context.out(`${heading} (${list.length}):${list.length === 0 ? ' none' : ''}`);
    for (const row of list)
      context.out(
        `  ${theme.path(row.path)}${' '.repeat(width - textWidth(row.path))}  ${theme.title(row.title)}`.trimEnd(),
      );
  };
  context.out(`${theme.title(safeLine(found.article.title))}  ${theme.dim(safeLine(path))}`);
  section('links to', outgoing);
  section('linked from', incoming);
  return 0;
}
