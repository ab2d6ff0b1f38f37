/**
 * The table `search` prints: the article table of `list`, with the matches in titles highlighted and, under
 * each row, a line of the article's text around the match, aligned with the titles.
 */
import type { SearchHit } from '../../index/search.js';
import type { Theme } from '../../render/theme.js';
import { prepareTextWidth } from '../../render/text-width.js';
import { articleTableLayout, draftTitle, TITLE_COLUMN } from './article-table.js';
import { highlightCell, snippetLine } from './highlight.js';

/** Lays out search hits, each followed by its snippet line, in `width` columns. */
export async function searchTable(hits: readonly SearchHit[], width: number, theme: Theme): Promise<string[]> {
  await prepareTextWidth(hits.map((hit) => hit.snippet.text));
  const layout = await articleTableLayout(
    hits.map((hit) => hit.article),
    width,
    theme,
    (text, row) => {
      const { article, titleMatches } = hits[row]!;
      const shift = draftTitle(article).length - article.title.length;
      const ranges = titleMatches.map((range) => ({ start: range.start + shift, end: range.end + shift }));
      return highlightCell(text, draftTitle(article), ranges, article.draft ? theme.dim : theme.title, theme);
    },
  );
  const indent = layout.starts[TITLE_COLUMN] ?? 0;
  const lines = [layout.lines[0]!];
  hits.forEach((hit, index) => {
    lines.push(layout.lines[index + 1]!);
    const snippet = snippetLine(hit.snippet, width - indent, theme);
    if (snippet !== '') lines.push(' '.repeat(indent) + snippet);
  });
  return lines;
}
