/**
 * The block above an article's body: its title, then who wrote it, when, and how long it takes to read,
 * then its tags, closed by a rule across the width.
 */
import type { Article } from '../../model/article.js';
import { authorRoles } from '../../parse/author-roles.js';
import { safeLine } from '../safe-text.js';
import type { RenderContext } from './context.js';
import { markHits, type HitPart } from './hits.js';
import { span, type Line, type Span } from './spans.js';
import { wrapSpans } from './wrap.js';

export function renderHeader(article: Article, context: RenderContext): Line[] {
  const marked = (spans: Span[], part: HitPart) => (context.hits ? markHits(spans, context.hits, part) : spans);
  const title = marked([span(safeLine(article.title), ['title'])], 'title');

  const facts: Span[][] = [];
  if (article.authors.length > 0) facts.push(byline(article, marked));
  if (article.date) {
    const updated =
      article.updated && article.updated.day !== article.date.day
        ? [span(` (updated ${article.updated.day})`, ['dim'])]
        : [];
    facts.push([span(article.date.day, ['date']), ...updated]);
  }
  facts.push([span(`${article.readingMinutes} min read`, ['dim'])]);
  if (article.draft) facts.push([span('draft', ['warning'])]);
  const meta = facts.flatMap((fact, index) => (index === 0 ? fact : [span(' · ', ['dim']), ...fact]));

  const lines = [...wrapSpans(title, context.width), ...wrapSpans(meta, context.width)];
  if (article.tags.length > 0)
    lines.push(...wrapSpans(marked([span(safeLine(article.tags.join(', ')), ['tag'])], 'tag'), context.width));
  lines.push([span('─'.repeat(context.width), ['rule'])]);
  return lines;
}

/** The authors, each followed by the role the frontmatter gives them (`Name: role` bylines keep one). */
function byline(article: Article, marked: (spans: Span[], part: HitPart) => Span[]): Span[] {
  const roles = authorRoles(article.data);
  return article.authors.flatMap((name, index) => {
    const role = roles.get(name);
    return [
      ...(index > 0 ? [span(', ', ['author'])] : []),
      ...marked([span(safeLine(name), ['author'])], 'author'),
      ...(role === undefined ? [] : [span(` (${safeLine(role)})`, ['dim'])]),
    ];
  });
}
