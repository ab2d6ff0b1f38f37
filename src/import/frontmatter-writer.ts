/**
 * Writes an imported article as a Markdown file: YAML frontmatter, a blank line, the body. Every value goes
 * through the `yaml` serializer, which quotes what needs quoting; values are quoted by YAML 1.1 rules as well,
 * so other tools that still read 1.1 (where `yes`, `No` and `1:20` are not text) see the same strings folio does.
 * Only the dates are written by hand, unquoted, so that every tool reads them as dates; they have been checked
 * to be dates made of digits and `-:.TZ+`, which need no quoting in any YAML.
 */
import { stringify } from 'yaml';
import type { ImportedArticle, ImportedAuthor } from './imported-article.js';

const SAFE_DATE = /^[0-9][0-9:TZ+.-]*$/;

function yamlLines(data: Record<string, unknown>): string {
  return Object.keys(data).length === 0 ? '' : stringify(data, { version: '1.1', lineWidth: 0, indent: 2 });
}

function authorValue(author: ImportedAuthor): string | { name: string; role: string } {
  return author.role ? { name: author.name, role: author.role } : author.name;
}

/**
 * Returns the text of the Markdown file for an imported article. `title` is the title to use (the page's own when it has
 * one); `source` is the name of the file it came from.
 */
export function articleFileText(article: ImportedArticle, title: string, source: string): string {
  const head: Record<string, unknown> = { title };
  // One author is written as the sample articles write it (`author: Name`, or a map with a role); several as a list.
  if (article.authors.length === 1) head.author = authorValue(article.authors[0]!);
  else if (article.authors.length > 1) head.authors = article.authors.map(authorValue);

  let dates = '';
  for (const [key, value] of [
    ['date', article.date],
    ['updated', article.updated],
  ] as const) {
    if (value !== null && SAFE_DATE.test(value)) dates += `${key}: ${value}\n`;
  }

  const tail: Record<string, unknown> = {};
  if (article.lang) tail.lang = article.lang;
  tail.tags = [];
  tail.source = source;
  if (article.url) tail.url = article.url;

  const body = article.body.trim();
  return `---\n${yamlLines(head)}${dates}${yamlLines(tail)}---\n${body === '' ? '' : `\n${body}\n`}`;
}
