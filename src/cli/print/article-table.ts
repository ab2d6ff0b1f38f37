/**
 * The table of articles that `list` prints (and `search` extends): date, title, authors, tags.
 */
import type { Article } from '../../model/article.js';
import type { Theme } from '../../render/theme.js';
import { renderTable, type Column } from './table.js';

/** Lays out articles as table lines fitted to `width`. */
export function articleTable(articles: readonly Article[], width: number, theme: Theme): Promise<string[]> {
  const columns: Column[] = [
    { header: 'DATE', min: 10, max: 10, dropOrder: 2, style: (text) => theme.date(text) },
    { header: 'TITLE', min: 20, grow: true, dropOrder: 0, style: (text, row) => (articles[row]!.draft ? theme.dim(text) : theme.title(text)) },
    { header: 'AUTHORS', min: 12, max: 24, dropOrder: 3, style: (text) => theme.author(text) },
    { header: 'TAGS', min: 12, max: 32, dropOrder: 4, style: (text) => theme.tag(text) },
  ];
  const rows = articles.map((article) => [
    article.date?.day ?? '',
    article.draft ? `(draft) ${article.title}` : article.title,
    article.authors.join(', '),
    article.tags.join(', '),
  ]);
  return renderTable(columns, rows, width, theme);
}
