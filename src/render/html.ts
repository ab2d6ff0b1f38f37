/**
 * Markdown to HTML for publishing, safe by construction. The body is read by the one Markdown reader
 * (parse/markdown.ts: its extensions and its limits for hostile input), and its tokens are rendered here with
 * marked's parser and our own renderer; the same tokens give the body's plain text. Links and images keep only
 * allowed URL schemes, judged after their character references are decoded. Footnotes become a numbered section
 * with back-links, GitHub alerts styled quotes with their label, and fenced code is highlighted at export time
 * (classes for the stylesheet, no script).
 *
 * Raw HTML in an article is kept by default, and then the whole body goes through an allow-list sanitiser of the
 * kind GitHub uses (no scripts, event handlers, frames, forms, styles, or `javascript:`/`data:` URLs; pictures
 * and links found by the same rewriting as Markdown ones). With `htmlAsText` it is shown as text instead, as Hugo
 * does. A body beyond the reader's limits is shown as plain paragraphs, and the result says why.
 */
import { createRequire } from 'node:module';
import { Parser, Renderer, type MarkedOptions, type Token, type Tokens } from 'marked';
import type sanitizeHtml from 'sanitize-html';
import type { AlertToken } from '../parse/markdown-alerts.js';
import { FootnoteBook, type FootnoteRefToken, type FootnoteToken } from '../parse/markdown-footnotes.js';
import { DEFAULT_LIMITS, lexMarkdown, type MarkdownLimits } from '../parse/markdown.js';
import { bodyText } from '../parse/body-text.js';
import { plainText } from '../parse/plain-text.js';
import { slugify } from '../parse/slug.js';
import { createHtmlHighlighter, type HtmlHighlighter } from './html-highlight.js';
import { safeImageUrl, safeLinkUrl } from './url-policy.js';

export interface HtmlOptions {
  /** Show raw HTML in articles as text instead of keeping it (sanitised). */
  htmlAsText?: boolean;
  /** Rewrites a relative link (e.g. to another article's file) to where it points in the output; undefined keeps it. */
  rewriteLink?: (href: string) => string | undefined;
  /** Rewrites a relative image source; undefined keeps it. */
  rewriteImage?: (src: string) => string | undefined;
  /**
   * The title of the page the body goes in. A first `# heading` with this text is dropped (the page shows the
   * title), and body headings move down a level when the body uses level 1, so the title is the only `<h1>`.
   */
  title?: string;
  /** Highlights code blocks (highlight.js classes, see html-highlight.ts); on unless false. */
  highlight?: HtmlHighlighter | false;
  limits?: MarkdownLimits;
}

export interface RenderedHtml {
  html: string;
  /** The body's plain text (see parse/plain-text.ts), from the same tokens. */
  text: string;
  /** Set when some or all of the body was shown without Markdown formatting, with the reason. */
  fallback?: string;
}

type PerBody = Pick<HtmlOptions, 'rewriteLink' | 'rewriteImage' | 'title'>;

/** Renders Markdown bodies to HTML; one instance per set of options, reusable for many bodies. */
export interface HtmlRenderer {
  render(markdown: string, perBody?: PerBody): RenderedHtml;
}

/** Escapes text for HTML element content and quoted attribute values; control characters are dropped. */
export function escapeHtml(text: string): string {
  // Most values (titles, names, links) have nothing to escape: one test is cheaper than two replacements.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(CONTROLS, '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// C0 controls but tab, newline and carriage return, and DEL: never meant to be displayed.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * What raw HTML may keep: GitHub's kind of allow-list, text formatting and structure, nothing active. It also
 * covers everything this renderer writes itself, since a body with raw HTML is sanitised whole.
 */
const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [
    'a',
    'abbr',
    'b',
    'bdi',
    'bdo',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'details',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'picture',
    'pre',
    'q',
    'rp',
    'rt',
    'ruby',
    's',
    'samp',
    'section',
    'small',
    'source',
    'span',
    'strike',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'tt',
    'u',
    'ul',
    'var',
    'wbr',
  ],
  allowedAttributes: {
    '*': ['id', 'class', 'title', 'lang', 'dir'],
    a: ['href', 'name', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'align'],
    source: ['srcset', 'media', 'type', 'width', 'height'],
    input: ['type', 'checked', 'disabled'],
    ol: ['start', 'reversed', 'type'],
    td: ['colspan', 'rowspan', 'align'],
    th: ['colspan', 'rowspan', 'align', 'scope'],
    time: ['datetime'],
    details: ['open'],
    col: ['span'],
    colgroup: ['span'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel', 'ftp', 'sftp', 'news', 'irc', 'ircs', 'xmpp', 'geo', 'magnet'],
  allowedSchemesByTag: { img: ['http', 'https'], source: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'srcset'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  // Only the checkbox of a task list is an input worth keeping; a picture whose source was refused shows nothing.
  exclusiveFilter: (frame) =>
    (frame.tag === 'input' && frame.attribs.type !== 'checkbox') || (frame.tag === 'img' && !frame.attribs.src),
  nestingLimit: 200,
};

/** A token stream as the parser takes it (marked's types do not know the extensions' tokens). */
type AnyToken = Token | FootnoteToken | FootnoteRefToken | AlertToken;

/** Creates a renderer. */
export function createHtmlRenderer(options: HtmlOptions = {}): HtmlRenderer {
  let current: PerBody = options;
  let headingShift = 0;
  let dropHeading: string | undefined;
  let rawHtml = false;
  let notes = new FootnoteBook([]);
  /** How many times each note was referred to so far: the ids of the references and of the back-link. */
  const references = new Map<number, number>();
  const headingIds = new Map<string, number>();
  const highlight = options.highlight === false ? null : (options.highlight ?? createHtmlHighlighter());
  /** URLs this renderer wrote itself, so that the sanitiser does not rewrite them a second time. */
  const written = new Set<string>();

  const linkTarget = (href: string): string | null => {
    const target = current.rewriteLink?.(href) ?? encoded(safeLinkUrl(href));
    if (target !== null) written.add(target);
    return target;
  };
  const imageSource = (src: string): string | null => {
    const source = current.rewriteImage?.(src) ?? encoded(safeImageUrl(src));
    if (source !== null) written.add(source);
    return source;
  };

  const renderer = new Renderer();
  Object.assign(renderer, {
    html(token: Tokens.HTML | Tokens.Tag): string {
      if (!options.htmlAsText) {
        rawHtml = true;
        return token.text;
      }
      // Comments are notes to the author, not content: leave them out rather than show them.
      if (/^\s*<!--[\s\S]*-->\s*$/.test(token.text)) return '';
      return token.block ? `<p class="raw-html">${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text);
    },
    link(this: Renderer, { href, title, tokens }: Tokens.Link): string {
      const label = this.parser.parseInline(tokens);
      const target = linkTarget(href);
      if (target === null) return label;
      return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}${isExternal(target) ? ' rel="nofollow noopener"' : ''}>${label}</a>`;
    },
    image({ href, title, text }: Tokens.Image): string {
      const source = imageSource(href);
      if (source === null) return escapeHtml(text);
      return `<img src="${escapeHtml(source)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''} loading="lazy">`;
    },
    heading(this: Renderer, { tokens, depth, text }: Tokens.Heading): string {
      if (dropHeading !== undefined && depth === 1 && plainHeading(text) === dropHeading) {
        dropHeading = undefined;
        return '';
      }
      dropHeading = undefined;
      const level = Math.min(6, depth + headingShift);
      const id = uniqueId(slugify(plainHeading(text)) || 'section', headingIds);
      return `<h${level} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    code({ text, lang }: Tokens.Code): string {
      const language = (lang ?? '').match(/^[\w+#.-]{1,40}/)?.[0];
      const source = text.replace(/\n$/, '');
      const highlighted = language && highlight ? highlight(source, language) : null;
      const body = highlighted ?? escapeHtml(source);
      if (!language) return `<pre><code>${body}</code></pre>\n`;
      return `<pre><code class="${highlighted !== null ? 'hljs ' : ''}language-${escapeHtml(language)}">${body}</code></pre>\n`;
    },
    table(this: Renderer, token: Tokens.Table): string {
      // Wide tables scroll inside their own box instead of widening the page on a phone.
      const header = token.header.map((cell) => this.tablecell(cell)).join('');
      const rows = token.rows.map((row) => `<tr>${row.map((cell) => this.tablecell(cell)).join('')}</tr>\n`).join('');
      return `<div class="table"><table>\n<thead>\n<tr>${header}</tr>\n</thead>\n${rows ? `<tbody>\n${rows}</tbody>\n` : ''}</table></div>\n`;
    },
  });

  const parserOptions: MarkedOptions = {
    gfm: true,
    silent: false,
    renderer,
    extensions: {
      childTokens: {},
      renderers: {
        footnote: () => '',
        footnoteRef(token) {
          const ref = token as unknown as FootnoteRefToken;
          const number = notes.numberFor(ref.label);
          if (number === undefined) return escapeHtml(ref.raw);
          const seen = (references.get(number) ?? 0) + 1;
          references.set(number, seen);
          const id = seen === 1 ? `fnref-${number}` : `fnref-${number}-${seen}`;
          return `<sup class="footnote-ref"><a href="#fn-${number}" id="${id}">${number}</a></sup>`;
        },
        alert(token) {
          const alert = token as unknown as AlertToken;
          return `<blockquote class="alert alert-${alert.kind}">\n<p class="alert-title">${alert.label}</p>\n${this.parser.parse(alert.tokens)}</blockquote>\n`;
        },
      },
    },
  };
  const parser = new Parser(parserOptions);

  /** The notes section: each note's blocks, with a link back to where the text first refers to it. */
  const footnoteSection = (): string => {
    const numbered = notes.numbered();
    if (numbered.length === 0) return '';
    const items = numbered.map(({ number, note }) => {
      let body = parser.parse(note.tokens as Token[]);
      if (references.has(number)) {
        const back = `<a href="#fnref-${number}" class="footnote-back" title="Back to the text">↩</a>`;
        body = body.endsWith('</p>\n') ? `${body.slice(0, -'</p>\n'.length)} ${back}</p>\n` : `${body}<p>${back}</p>\n`;
      }
      return `<li id="fn-${number}">\n${body}</li>\n`;
    });
    return `<section class="footnotes">\n<ol>\n${items.join('')}</ol>\n</section>\n`;
  };

  return {
    render(markdown, perBody = {}) {
      current = { ...options, ...perBody };
      headingIds.clear();
      references.clear();
      written.clear();
      rawHtml = false;
      const lexed = lexMarkdown(markdown, options.limits ?? DEFAULT_LIMITS);
      const tokens = lexed.tokens as AnyToken[] as Token[];
      const text = plainText(tokens);
      const fallback =
        lexed.plainBecause ??
        (lexed.plainRuns > 0
          ? `${lexed.plainRuns} ${lexed.plainRuns === 1 ? 'paragraph has' : 'paragraphs have'} too many *, _, ~ or [ to format in time`
          : undefined);
      try {
        notes = new FootnoteBook(tokens);
        const first = tokens.find((token) => token.type !== 'space');
        dropHeading =
          current.title !== undefined && first?.type === 'heading' && first.depth === 1
            ? plainHeading(current.title)
            : undefined;
        // On a page whose title is its only <h1>, body headings move down a level when the body uses level 1.
        headingShift =
          current.title !== undefined && tokens.some((token) => token.type === 'heading' && token.depth === 1) ? 1 : 0;
        let html = (parser.parse(tokens) + footnoteSection()).replace(CONTROLS, '');
        if (rawHtml) html = sanitise(html, written, current);
        return fallback === undefined ? { html, text } : { html, text, fallback };
      } catch (error) {
        return plain(
          markdown,
          `the Markdown parser failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
      }
    },
  };
}

let sanitizer: typeof sanitizeHtml | undefined;

/**
 * Runs a body holding raw HTML through the allow-list. The sanitiser (and the CSS parser it brings, ~0.5 s to
 * load on a busy machine) is loaded the first time a body needs it. Pictures and links written in raw HTML are
 * rewritten as Markdown ones are (media copied into the site, links between articles); URLs this renderer wrote
 * itself are kept as they are.
 */
function sanitise(html: string, written: ReadonlySet<string>, current: PerBody): string {
  sanitizer ??= createRequire(import.meta.url)('sanitize-html') as typeof sanitizeHtml;
  const rewrite = (
    url: string | undefined,
    rewriter: ((url: string) => string | undefined) | undefined,
    policy: (url: string) => string | null,
  ) => {
    if (url === undefined || written.has(url)) return url;
    const rewritten = rewriter?.(url) ?? encoded(policy(url));
    return rewritten ?? undefined;
  };
  return sanitizer(html, {
    ...SANITISE,
    transformTags: {
      img: (tagName, attribs) => ({
        tagName,
        attribs: withUrl(attribs, 'src', rewrite(attribs.src, current.rewriteImage, safeImageUrl)),
      }),
      a: (tagName, attribs) => ({
        tagName,
        attribs: withUrl(attribs, 'href', rewrite(attribs.href, current.rewriteLink, safeLinkUrl)),
      }),
    },
  });
}

/** `attribs` with `name` set to `url`, or without it when the URL was refused; the order of the others kept. */
function withUrl(attribs: sanitizeHtml.Attributes, name: string, url: string | undefined): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  for (const [key, value] of Object.entries(attribs)) {
    if (key !== name) out[key] = value;
    else if (url !== undefined) out[key] = url;
  }
  return out;
}

/** The fallback: the body as preformatted, escaped text. */
export function plain(markdown: string, reason: string): RenderedHtml {
  return {
    html: `<pre class="plain-text">${escapeHtml(markdown)}</pre>\n`,
    text: bodyText(markdown),
    fallback: reason,
  };
}

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
}

/** Percent-encodes what is not allowed in a URL (spaces, non-ASCII) without encoding existing escapes twice. */
function encoded(url: string | null): string | null {
  if (url === null) return null;
  try {
    return encodeURI(url).replace(/%25([0-9a-fA-F]{2})/g, '%$1');
  } catch {
    return null; // a lone surrogate: not a URL anyone meant
  }
}

function plainHeading(text: string): string {
  return text
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function uniqueId(base: string, used: Map<string, number>): string {
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}
