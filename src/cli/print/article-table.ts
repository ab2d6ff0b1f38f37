/**
 * The table of articles that `list` prints (and `search` extends): date, title, authors, tags.
 */
import type { Article } from '../../model/article.js';
import type { Theme } from '../../render/theme.js';
import { layOutTable, type Column, type TableLayout } from './table.js';

/** Lays out articles as table lines fitted to `width`. */
export async function articleTable(articles: readonly Article[], width: number, theme: Theme): Promise<string[]> {
  return (await articleTableLayout(articles, width, theme)).lines;
}

/**
 * Lays out articles as a table, telling where each column landed. `styleTitle` replaces the title's style
 * (search uses it to highlight matches); it receives the visible text and the row.
 */
export function articleTableLayout(
  articles: readonly Article[],
  width: number,
  theme: Theme,
  styleTitle?: (text: string, row: number) => string,
): Promise<TableLayout> {
  const columns: Column[] = [
    { header: 'DATE', min: 10, max: 10, dropOrder: 2, style: (text) => theme.date(text) },
    {
      header: 'TITLE',
      min: 20,
      comfortable: 40,
      grow: true,
      dropOrder: 0,
      style: styleTitle ?? ((text, row) => (articles[row]!.draft ? theme.dim(text) : theme.title(text))),
    },
    { header: 'AUTHORS', min: 14, comfortable: 16, max: 24, dropOrder: 3, style: (text) => theme.author(text) },
    { header: 'TAGS', min: 12, comfortable: 20, max: 32, dropOrder: 4, style: (text) => theme.tag(text) },
  ];
  const rows = articles.map((article) => [
    article.date?.day ?? '',
    draftTitle(article),
    article.authors.join(', '),
    article.tags.join(', '),
  ]);
  return layOutTable(columns, rows, width, theme);
}

/** The title as the table shows it: drafts are marked. */
export function draftTitle(article: Article): string {
  return article.draft ? `(draft) ${article.title}` : article.title;
}

/** The index of the title column, for lines aligned under it. */
export const TITLE_COLUMN = 1;
