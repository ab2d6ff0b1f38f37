/**
 * Markdown to HTML for publishing, safe by construction. Each renderer owns its own `Marked` instance (the
 * global one is never configured). Raw HTML in an article is shown as text, as Hugo does by default; with
 * `allowHtml` it is kept but the whole output goes through an allow-list sanitiser (no scripts, event handlers,
 * frames, or `javascript:`/`data:` URLs). Links and images keep only allowed URL schemes. A body that is too
 * deeply nested to parse safely, or that makes the parser fail, is shown as preformatted plain text instead.
 */
import { createRequire } from 'node:module';
import { Marked, type Tokens } from 'marked';
import type sanitizeHtml from 'sanitize-html';
import { slugify } from '../parse/slug.js';
import { markdownRisk } from './markdown-guard.js';
import { safeImageUrl, safeLinkUrl } from './url-policy.js';

export interface HtmlOptions {
  /** Keep raw HTML (sanitised) instead of showing it as text. */
  allowHtml?: boolean;
  /** Rewrites a relative link (e.g. to another article's file) to where it points in the output; undefined keeps it. */
  rewriteLink?: (href: string) => string | undefined;
  /** Rewrites a relative image source; undefined keeps it. */
  rewriteImage?: (src: string) => string | undefined;
  /**
   * The title of the page the body goes in. A first `# heading` with this text is dropped (the page shows the
   * title), and body headings move down a level when the body uses level 1, so the title is the only `<h1>`.
   */
  title?: string;
}

export interface RenderedHtml {
  html: string;
  /** Set when the body was shown as plain text instead of parsed, with the reason. */
  fallback?: string;
}

/** Renders Markdown bodies to HTML; one instance per set of options, reusable for many bodies. */
export interface HtmlRenderer {
  render(markdown: string, perBody?: Pick<HtmlOptions, 'rewriteLink' | 'rewriteImage' | 'title'>): RenderedHtml;
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

/** Tags and attributes raw HTML may keep under `allowHtml`: text formatting and structure, nothing active. */
const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [
    'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del',
    'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i',
    'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
    'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
    'time', 'tr', 'u', 'ul', 'var', 'wbr',
  ],
  allowedAttributes: {
    '*': ['id', 'class', 'title', 'lang', 'dir'],
    a: ['href', 'name', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
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
  // Only the checkbox of a task list is an input worth keeping.
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  nestingLimit: 200,
};

/** Creates a renderer. */
export function createHtmlRenderer(options: HtmlOptions = {}): HtmlRenderer {
  let current: Pick<HtmlOptions, 'rewriteLink' | 'rewriteImage' | 'title'> = options;
  let headingShift = 0;
  let dropHeading: string | undefined;
  const headingIds = new Map<string, number>();

  // The sanitiser (and the CSS parser it brings) is loaded only when raw HTML is kept.
  const sanitise = options.allowHtml ? createRequire(import.meta.url)('sanitize-html') as typeof sanitizeHtml : undefined;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag): string {
        if (options.allowHtml) return token.text;
        // Comments are notes to the author, not content: leave them out rather than show them.
        if (/^\s*<!--[\s\S]*-->\s*$/.test(token.text)) return '';
        return token.block ? `<p class="raw-html">${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text);
      },
      link({ href, title, tokens }: Tokens.Link): string {
        const label = this.parser.parseInline(tokens);
        const target = current.rewriteLink?.(href) ?? encoded(safeLinkUrl(href));
        if (target === null) return label;
        const external = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target);
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' rel="nofollow noopener"' : ''}>${label}</a>`;
      },
      image({ href, title, text }: Tokens.Image): string {
        const source = current.rewriteImage?.(href) ?? encoded(safeImageUrl(href));
        if (source === null) return escapeHtml(text);
        return `<img src="${escapeHtml(source)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''} loading="lazy">`;
      },
      heading({ tokens, depth, text }: Tokens.Heading): string {
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
        const body = escapeHtml(text.replace(/\n$/, ''));
        return language ? `<pre><code class="language-${escapeHtml(language)}">${body}</code></pre>\n` : `<pre><code>${body}</code></pre>\n`;
      },
      table(token: Tokens.Table): string {
        // Wide tables scroll inside their own box instead of widening the page on a phone.
        const header = token.header.map((cell) => this.tablecell(cell)).join('');
        const rows = token.rows.map((row) => `<tr>${row.map((cell) => this.tablecell(cell)).join('')}</tr>\n`).join('');
        return `<div class="table"><table>\n<thead>\n<tr>${header}</tr>\n</thead>\n${rows ? `<tbody>\n${rows}</tbody>\n` : ''}</table></div>\n`;
      },
    },
  });

  return {
    render(markdown, perBody = {}) {
      current = { ...options, ...perBody };
      headingIds.clear();
      const risk = markdownRisk(markdown);
      if (risk) return plain(markdown, risk);
      try {
        const tokens = marked.lexer(markdown);
        const headings: number[] = [];
        marked.walkTokens(tokens, (token) => {
          if (token.type === 'heading') headings.push(token.depth);
        });
        const first = tokens.find((token) => token.type !== 'space');
        dropHeading = current.title !== undefined && first?.type === 'heading' && first.depth === 1 ? plainHeading(current.title) : undefined;
        // On a page whose title is its only <h1>, body headings move down a level when the body uses level 1.
        headingShift = current.title !== undefined && headings.includes(1) ? 1 : 0;
        const html = marked.parser(tokens).replace(CONTROLS, '');
        return { html: sanitise ? sanitise(html, SANITISE) : html };
      } catch (error) {
        return plain(markdown, `the Markdown parser failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      }
    },
  };
}

/** The fallback: the body as preformatted, escaped text. */
export function plain(markdown: string, reason: string): RenderedHtml {
  return { html: `<pre class="plain-text">${escapeHtml(markdown)}</pre>\n`, fallback: reason };
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
  return text.replace(/[*_`~]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function uniqueId(base: string, used: Map<string, number>): string {
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}
