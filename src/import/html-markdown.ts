/**
 * Converts the article element of a page to Markdown with turndown, configured for archives: ATX headings, `-`
 * bullets, fenced code, GitHub-style tables and strikethrough. Links and images keep only web addresses
 * (`javascript:`, `data:` and other schemes are dropped, the words stay); relative addresses are resolved against
 * the page's own address or dropped when it has none. Text is escaped so that nothing in it becomes HTML or a
 * link in the Markdown: an article that shows `<script>` as text keeps it as text.
 */
import { createRequire } from 'node:module';
import { isElement, tagOf, textOf, type DomElement, type DomNode } from './dom.js';

/** The part of turndown's API used here (its own typings need the browser's DOM types). */
interface TurndownRule {
  filter: string | string[] | ((node: DomElement) => boolean);
  replacement: (content: string, node: DomElement) => string;
}
interface TurndownService {
  addRule(key: string, rule: TurndownRule): TurndownService;
  escape(text: string): string;
  turndown(input: DomElement): string;
}
type TurndownConstructor = new (options: Record<string, unknown>) => TurndownService;

const MAX_TABLE_COLUMNS = 20;
/** A cell with more text than this, or with blocks inside, belongs to a layout table. */
const MAX_CELL_TEXT = 300;
const BLOCK_CONTENT = 'p, div, ul, ol, dl, blockquote, pre, h1, h2, h3, h4, h5, h6, section, article, figure';
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/**
 * Images a browser saved beside the page (`Page_files/photo.jpg`): they are not on the site at that address,
 * and are not copied into the archive, so they are left out rather than linked wrongly.
 */
const SAVED_ASSET = /^(?:\.\/)?[^/:?#]*(?:_files|-Dateien|_archivos|_fichiers|_bestanden|\.files)\//i;

function loadTurndown(): TurndownConstructor {
  return createRequire(import.meta.url)('turndown') as TurndownConstructor;
}

/** Resolves a link or image address; returns null when it is not a web address or cannot be resolved. */
export function safeUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A Markdown link destination: `<…>` when it holds spaces or parentheses. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

function titlePart(node: DomElement): string {
  const title = node.getAttribute('title')?.replace(/\s+/g, ' ').trim();
  return title ? ` "${title.replace(/["\\<]/g, '\\$&')}"` : '';
}

/** Builds a converter for one page; `base` resolves relative links (null: relative links lose their address). */
export function createConverter(base: string | null): (root: DomElement) => string {
  const Turndown = loadTurndown();
  const service = new Turndown({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    // A backslash line break survives editors that strip trailing spaces.
    br: '\\',
  });
  const defaultEscape = service.escape.bind(service);
  // Every `<` is escaped, not only those before a letter: turndown escapes one text node at a time, and a `<`
  // ending one node could meet a tag name starting the next (`&lt;<span>img onerror=…>`).
  service.escape = (text: string) =>
    defaultEscape(text)
      .replace(/</g, '\\<')
      .replace(/&(?=#?[A-Za-z0-9]{1,32};)/g, '\\&');

  service.addRule('safeLink', {
    filter: 'a',
    replacement: (content, node) => {
      const url = safeUrl(node.getAttribute('href'), base);
      const text = content.trim();
      if (text === '') return '';
      if (!url) return content;
      return `[${content}](${destination(url)}${titlePart(node)})`;
    },
  });
  service.addRule('safeImage', {
    filter: 'img',
    replacement: (_content, node) => {
      // Lazy-loading pages keep the real address in data-src and a placeholder in src.
      const url = [
        node.getAttribute('src'),
        node.getAttribute('data-src'),
        node.getAttribute('data-lazy-src'),
        node.getAttribute('data-original'),
      ]
        .map((candidate) => (candidate && SAVED_ASSET.test(candidate) ? null : safeUrl(candidate, base)))
        .find((candidate) => candidate !== null);
      if (!url) return '';
      const alt = (node.getAttribute('alt') ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\[\]<]/g, '\\$&');
      return `![${alt}](${destination(url)}${titlePart(node)})`;
    },
  });
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode;
      let prefix = '- ';
      if (isElement(parent) && tagOf(parent) === 'ol') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
        const index = Array.from(parent.children).indexOf(node);
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n(?!$)/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${body}${node.nextSibling && !/\n$/.test(body) ? '\n' : ''}`;
    },
  });
  service.addRule('strikethrough', {
    filter: ['del', 's', 'strike'],
    replacement: (content) => (content.trim() === '' ? '' : `~~${content}~~`),
  });
  service.addRule('preformatted', {
    filter: (node) => tagOf(node) === 'pre' && !(isElement(node.firstChild) && tagOf(node.firstChild) === 'code'),
    replacement: (_content, node) => fenced(node.textContent ?? ''),
  });
  service.addRule('math', {
    // A formula keeps its TeX source when the page gives one (MathJax and KaTeX pages do), else its text.
    filter: (node) => tagOf(node) === 'math',
    replacement: (_content, node) => {
      const tex = Array.from(node.getElementsByTagName('annotation')).find((annotation) =>
        /tex/i.test(annotation.getAttribute('encoding') ?? ''),
      );
      // `<` could open an HTML tag in Markdown; TeX's \lt says the same safely.
      const source = (tex ? (tex.textContent ?? '') : textOf(node)).replace(/\s+/g, ' ').trim().replace(/</g, '\\lt ');
      if (source === '') return '';
      const display = node.getAttribute('display') === 'block';
      return display ? `\n\n$$${source}$$\n\n` : `$${source}$`;
    },
  });
  service.addRule('table', {
    filter: (node) => tagOf(node) === 'table' && tableGrid(node) !== null,
    replacement: (_content, node) => `\n\n${pipeTable(tableGrid(node)!, service)}\n\n`,
  });

  return (root) => {
    // Adjacent text nodes (left where an element was removed) are joined, so each is escaped as a whole.
    root.normalize();
    return service.turndown(root);
  };
}

function fenced(code: string): string {
  const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `\n\n${fence}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
}

/**
 * The cells of a data table, row by row (a cell spanning columns is followed by empty ones; short rows are padded),
 * or null for a table that is not one: a layout table (cells holding paragraphs, lists or long text), a table
 * with cells spanning rows, or nested tables. Those are left to flow as text.
 */
function tableGrid(table: DomElement): (DomElement | null)[][] | null {
  if (table.getElementsByTagName('table').length > 0) return null;
  const rows = Array.from(table.getElementsByTagName('tr'));
  if (rows.length === 0) return null;
  const grid: (DomElement | null)[][] = [];
  for (const row of rows) {
    const cells: (DomElement | null)[] = [];
    for (const cell of Array.from(row.children)) {
      if (tagOf(cell) !== 'td' && tagOf(cell) !== 'th') continue;
      if (Number(cell.getAttribute('rowspan') ?? '1') > 1) return null;
      if (cell.querySelector(BLOCK_CONTENT) || textOf(cell).length > MAX_CELL_TEXT) return null;
      cells.push(cell);
      const span = Math.min(
        MAX_TABLE_COLUMNS,
        Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1),
      );
      for (let extra = 1; extra < span; extra++) cells.push(null);
    }
    if (cells.length > MAX_TABLE_COLUMNS) return null;
    if (cells.length > 0) grid.push(cells);
  }
  const width = Math.max(0, ...grid.map((cells) => cells.length));
  if (width === 0) return null;
  for (const cells of grid) while (cells.length < width) cells.push(null);
  return grid;
}

/** A GitHub-style pipe table; each cell is its text on one line, with pipes escaped. */
function pipeTable(grid: (DomElement | null)[][], service: TurndownService): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const text = (cell: DomNode | null) => (cell ? service.escape(textOf(cell)).replace(/\|/g, '\\|') : '');
  const [header, ...rest] = grid;
  return [line(header!.map(text)), line(header!.map(() => '---')), ...rest.map((cells) => line(cells.map(text)))].join(
    '\n',
  );
}
