/**
 * Inline Markdown (emphasis, code, links, images, footnote references, line breaks) as styled spans. Raw HTML
 * tags are dropped, keeping the text between them; `<br>` breaks the line. Every piece of article text passes
 * through text.ts on its way into a span.
 */
import type { Token, Tokens } from 'marked';
import type { FootnoteRefToken } from '../../parse/markdown-footnotes.js';
import type { Role } from '../theme.js';
import type { RenderContext } from './context.js';
import { markHits } from './hits.js';
import { viewLink } from './links.js';
import { BREAK, span, type LinkTarget, type Span } from './spans.js';
import { cleanLiteral, cleanText } from './text.js';

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

/** The spans of a run of inline tokens, with search hits marked. */
export function inlineSpans(tokens: readonly Token[], context: RenderContext, roles: readonly Role[] = []): Span[] {
  const spans = collect(tokens, context, roles, undefined);
  return context.hits ? markHits(spans, context.hits) : spans;
}

function collect(
  tokens: readonly Token[],
  context: RenderContext,
  roles: readonly Role[],
  link: LinkTarget | undefined,
): Span[] {
  const out: Span[] = [];
  const add = (text: string, more: readonly Role[] = roles) => {
    if (text !== '') out.push(span(text, more, link));
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if ('tokens' in token && token.tokens && token.tokens.length > 0)
          out.push(...collect(token.tokens, context, roles, link));
        else add(cleanText(token.text, context.decode));
        break;
      case 'escape':
        add(cleanLiteral(token.text));
        break;
      case 'strong':
        out.push(...marked('**', collect(token.tokens ?? [], context, [...roles, 'strong'], link), context, link));
        break;
      case 'em':
        out.push(...marked('*', collect(token.tokens ?? [], context, [...roles, 'emphasis'], link), context, link));
        break;
      case 'del':
        out.push(...marked('~~', collect(token.tokens ?? [], context, [...roles, 'strike'], link), context, link));
        break;
      case 'codespan':
        out.push(...marked('`', [span(cleanLiteral(token.text), [...roles, 'code'], link)], context, link));
        break;
      case 'br':
        out.push(BREAK);
        break;
      case 'link':
        out.push(...linkSpans(token as Tokens.Link, context, roles, link));
        break;
      case 'image':
        out.push(...imageSpans(token as Tokens.Image, context, roles, link));
        break;
      case 'html':
        if (LINE_BREAK_TAG.test(token.text.trim())) out.push(BREAK);
        break;
      case 'footnoteRef': {
        const ref = token as unknown as FootnoteRefToken;
        const number = context.notes.numberFor(ref.label);
        add(
          number === undefined ? cleanLiteral(ref.raw) : `[${number}]`,
          number === undefined ? roles : [...roles, 'link'],
        );
        break;
      }
      case 'checkbox':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out.push(...collect(token.tokens, context, roles, link));
        else if ('text' in token && typeof token.text === 'string') add(cleanText(token.text, context.decode));
    }
  }
  return out;
}

/** Puts `mark` around `spans` when the output has no colour to show their style. */
function marked(mark: string, spans: Span[], context: RenderContext, link: LinkTarget | undefined): Span[] {
  if (!context.markers || spans.length === 0) return spans;
  return [span(mark, [], link), ...spans, span(mark, [], link)];
}

function linkSpans(
  token: Tokens.Link,
  context: RenderContext,
  roles: readonly Role[],
  outer: LinkTarget | undefined,
): Span[] {
  const label =
    token.tokens.length > 0 ? token.tokens : [{ type: 'text', raw: token.text, text: token.text } as Tokens.Text];
  const view = viewLink(token.href, token.text, context.decode, token.autolink === true);
  // A link inside a link (possible with raw HTML) keeps the outer target.
  const target = outer ?? (context.hyperlinks && view.openable !== undefined ? { url: view.openable } : undefined);
  const spans = collect(label, context, [...roles, 'link'], target);
  if (view.shown !== '' && !(target && target.url === view.openable))
    spans.push(span(' (', roles), span(view.shown, [...roles, 'url']), span(')', roles));
  return spans;
}

function imageSpans(
  token: Tokens.Image,
  context: RenderContext,
  roles: readonly Role[],
  outer: LinkTarget | undefined,
): Span[] {
  const alt = cleanText(token.text, context.decode).trim();
  const view = viewLink(token.href, '', context.decode);
  const target = outer ?? (context.hyperlinks && view.openable !== undefined ? { url: view.openable } : undefined);
  const spans = [span(alt === '' ? '[image]' : `[image: ${alt}]`, [...roles, 'link'], target)];
  if (view.shown !== '' && !(target && target.url === view.openable))
    spans.push(span(' (', roles), span(view.shown, [...roles, 'url']), span(')', roles));
  return spans;
}
