/**
 * Converts a saved web page into an article: metadata from the page's head and byline, the article element found
 * and cleaned, its content converted to Markdown. Pure: page text in, article out; broken markup is repaired by
 * the HTML5 parser as a browser would, and a page too deeply nested to parse is refused, not crashed on.
 */
import { parseHtml, textOf } from './dom.js';
import { MAX_NESTING, nestingDepth } from './html-depth.js';
import {
  cleanArticle,
  findArticleRoot,
  flattenDeepNesting,
  MAX_DEPTH,
  removeActiveContent,
  TextMeasure,
} from './html-content.js';
import { createConverter } from './html-markdown.js';
import { readPageMetadata } from './html-metadata.js';
import { oneLine, type ConversionResult } from './imported-article.js';
import { tidyMarkdown } from './markdown-tidy.js';

const BLOCKS = 'p, div, table, ul, ol, dl, blockquote, pre, section, article, h2, h3, h4, h5, h6';

/** Drops a first line that repeats the title as a heading (the title lives in the frontmatter). */
function withoutTitleHeading(markdown: string, title: string | null): string {
  if (title === null) return markdown;
  const end = markdown.indexOf('\n');
  const first = end === -1 ? markdown : markdown.slice(0, end);
  const heading = /^#{1,3}\s+(.*)$/.exec(first);
  if (!heading || heading[1]!.replace(/\\(.)/g, '$1').trim() !== title) return markdown;
  return markdown.slice(first.length).trimStart();
}

/** Converts the text of an HTML page into an article; refuses a page with no article text. */
export function convertHtmlPage(html: string): ConversionResult {
  if (html.trim() === '') return { refused: 'empty file (nothing to import)' };
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) return { refused: `HTML nested more than ${MAX_NESTING} levels deep (no real page is)` };
  let doc;
  try {
    doc = parseHtml(html);
  } catch (error) {
    if (error instanceof RangeError) return { refused: 'HTML nested too deeply to read' };
    throw error;
  }
  const metadata = readPageMetadata(doc);
  removeActiveContent(doc);
  const body = doc.body ?? doc.documentElement;
  // Tags that close themselves (tables' rows and cells, list items) are not counted: allow for them.
  if (body && depth * 4 >= MAX_DEPTH) flattenDeepNesting(doc, body);
  const measure = new TextMeasure(doc);
  const root = findArticleRoot(doc, measure);
  if (!root) return { refused: 'no article text found' };

  const heading = root.querySelector('h1') ?? doc.body?.querySelector('h1') ?? null;
  // An <h1> left open by broken markup swallows the paragraphs after it: that is no title.
  const headingText = heading && !heading.querySelector(BLOCKS) ? oneLine(textOf(heading)) : '';
  // The heading readers see wins; the page's own metadata titles come next.
  const title =
    headingText !== '' && heading && root.contains(heading)
      ? headingText
      : (metadata.titles[0] ?? (headingText || null));
  cleanArticle(root, title, measure);

  const markdown = withoutTitleHeading(tidyMarkdown(createConverter(metadata.baseUrl)(root)), title);
  if (markdown === '' && title === null) return { refused: 'no article text found' };
  return {
    title,
    authors: metadata.authors,
    date: metadata.date,
    updated: metadata.updated,
    lang: metadata.lang,
    url: metadata.url,
    body: markdown,
  };
}
