/**
 * Finds the article in a web page and strips what is not part of it. Active and invisible content (scripts,
 * styles, frames, embedded objects, forms' controls, hidden elements) is removed from the whole page first; then
 * the article is the `<article>` element, else `<main>`, else the block holding the densest run of paragraphs;
 * inside it, navigation, sidebars, footers, share buttons, comments, related links and page chrome are removed.
 * Works on the parsed document in place and never recurses, so a page nested thousands of levels deep cannot
 * exhaust the stack.
 */
import { isChromeLine } from './chrome-lines.js';
import {
  descendants,
  isElement,
  tagOf,
  textOf,
  TEXT_NODE,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom.js';
import { withoutControls } from './imported-article.js';

/** Elements that are never article text: code, styling, embedded documents, widgets and form controls. */
const ACTIVE_OR_INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'link',
  'meta',
  'base',
  'svg',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'dialog',
  'portal',
  'slot',
  'title',
  'head',
]);

/** Structural elements that hold page furniture rather than the article. */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'menu']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alert',
  'alertdialog',
]);

/**
 * Class and id words of page furniture: sharing, comments, related links, ads, bylines and dates (which have been
 * read into the frontmatter already), screen-reader-only copies, edit links, and what the page itself leaves out
 * when printed (`noprint`): a site's print style is its own statement of what is not the article.
 */
const FURNITURE_NAMES =
  /(?:^|[\s_-])(?:share|sharing|sharedaddy|social|comments?|respond|related|recommended|more-stories|newsletter|subscribe|subscription|signup|paywall|advert\w*|ads?|ad-slot|adslot|sponsor\w*|promo\w*|cookie\w*|consent|gdpr|breadcrumbs?|byline|by-line|dateline|author-bio|author-box|post-meta|entry-meta|article-meta|meta-data|posted-on|tags|tag-list|tagcloud|categories|cat-links|tags-links|pagination|pager|post-navigation|nav-links|skip-link|screen-reader-text|sr-only|visually-hidden|visuallyhidden|sidebar|widget\w*|popup|modal|masthead|site-header|site-footer|site-info|toolbar|print-only|noprint|no-print|d-print-none|hidden-print|print-hidden|editsection|edit-link|catlinks|jump-link)(?:$|[\s_-])/i;

/** Names of the page areas whose paragraphs say nothing about where the article is. */
const PAGE_FURNITURE_NAMES =
  /(?:^|[\s_-])(?:comments?|footer|cookie\w*|consent|sidebar|related|newsletter|share|sharing|social|promo\w*|advert\w*|most-read|popular|menu|nav|navigation|breadcrumbs?|top-bar|topbar)(?:$|[\s_-])/i;

/** An element named like furniture is kept if it holds this share of the article's text: it is the article. */
const MAX_FURNITURE_SHARE = 0.3;
/** Elements with more text than this are never page chrome. */
const MAX_CHROME_TEXT = 200;
/** Paragraphs shorter than this say little about where the article is. */
const MIN_PARAGRAPH = 25;
/** An ancestor with this many times the paragraph text of the densest block holds the article. */
const WIDEN_RATIO = 1.3;
const MAX_WIDEN_LINK_DENSITY = 0.35;
/** Deeper elements are flattened into their text before conversion, which walks the tree recursively. */
export const MAX_DEPTH = 200;

/**
 * The amount of text in every element of a tree, and how much of it is link text, measured in one pass (words
 * are counted as characters, spaces around them not). Choosing and cleaning the article compare these sizes
 * many times; measuring once keeps a page's conversion linear in its size.
 */
export class TextMeasure {
  private readonly sizes = new Map<DomNode, { text: number; linked: number }>();

  constructor(root: DomNode) {
    const stack: { node: DomNode; done: boolean }[] = [{ node: root, done: false }];
    while (stack.length > 0) {
      const top = stack.pop()!;
      const { node } = top;
      if (node.nodeType === TEXT_NODE) {
        const length = (node.nodeValue ?? '').trim().length;
        this.sizes.set(node, { text: length, linked: 0 });
      } else if (!top.done) {
        stack.push({ node, done: true });
        for (let index = node.childNodes.length - 1; index >= 0; index--)
          stack.push({ node: node.childNodes[index]!, done: false });
      } else {
        let text = 0;
        let linked = 0;
        for (let index = 0; index < node.childNodes.length; index++) {
          const child = this.sizes.get(node.childNodes[index]!);
          if (child) {
            text += child.text;
            linked += child.linked;
          }
        }
        this.sizes.set(node, { text, linked: isElement(node) && tagOf(node) === 'a' ? text : linked });
      }
    }
  }

  /** Characters of text in `node` (0 for a node that was not measured). */
  size(node: DomNode | null): number {
    return node ? (this.sizes.get(node)?.text ?? 0) : 0;
  }

  /** Characters of text in `node` outside links. */
  unlinked(node: DomNode): number {
    const sizes = this.sizes.get(node);
    return sizes ? sizes.text - sizes.linked : 0;
  }

  /** The share of `node`'s text that is link text (1 for an empty node). */
  linkDensity(node: DomNode): number {
    const sizes = this.sizes.get(node);
    return !sizes || sizes.text === 0 ? 1 : sizes.linked / sizes.text;
  }
}

/**
 * Removes scripts, styles, embedded content, form controls and hidden elements from the whole document, and
 * control characters (escape sequences written as `&#x1b;`) from its text.
 */
export function removeActiveContent(doc: DomDocument): void {
  const doomed: DomElement[] = [];
  const stack: DomNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      const clean = withoutControls(text);
      if (clean !== text) node.nodeValue = clean;
      continue;
    }
    if (isElement(node) && (ACTIVE_OR_INVISIBLE.has(tagOf(node)) || isHidden(node))) {
      doomed.push(node);
      continue;
    }
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]!);
  }
  for (const element of doomed) element.remove();
}

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Chooses the element that holds the article. */
export function findArticleRoot(doc: DomDocument, measure: TextMeasure): DomElement | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const dense = densestBlock(body, measure);
  const articles = Array.from(body.getElementsByTagName('article')).filter((element) => !inFurniture(element));
  const article = largest(articles, measure);
  // An <article> that holds little next to the densest block is a teaser card, not the article.
  if (article && (contains(article, dense) || measure.size(article) >= 0.5 * measure.size(dense ?? body)))
    return article;
  const main = largest(
    [...Array.from(body.getElementsByTagName('main')), ...Array.from(body.querySelectorAll('[role="main"]'))],
    measure,
  );
  if (main && (contains(main, dense) || measure.size(main) >= 0.5 * measure.size(dense ?? body))) return main;
  return dense ?? body;
}

function contains(ancestor: DomElement, node: DomElement | null): boolean {
  for (let current: DomNode | null = node; current; current = current.parentNode) if (current === ancestor) return true;
  return false;
}

function inFurniture(element: DomElement): boolean {
  for (let current = element.parentNode; isElement(current); current = current.parentNode) {
    if (FURNITURE.has(tagOf(current))) return true;
  }
  return false;
}

function largest(elements: DomElement[], measure: TextMeasure): DomElement | null {
  let best: DomElement | null = null;
  let bestLength = 0;
  for (const element of elements) {
    const length = measure.size(element);
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}

/**
 * The block that holds the most paragraph text, weighed the way reading modes do: each paragraph scores for its
 * parent (fully) and grandparent (half), by its length and commas; link-heavy blocks lose their score. Only text
 * outside links counts, and paragraphs in page furniture (menus, footers, comments, cookie notices) are not
 * counted, unless nothing else is left.
 */
function densestBlock(body: DomElement, measure: TextMeasure): DomElement | null {
  return densestBlockOf(body, measure, true) ?? densestBlockOf(body, measure, false);
}

function densestBlockOf(body: DomElement, measure: TextMeasure, skipFurniture: boolean): DomElement | null {
  const scores = new Map<DomElement, number>();
  const paragraphs = new Map<DomElement, number>();
  const add = (element: DomNode | null, score: number) => {
    if (isElement(element)) scores.set(element, (scores.get(element) ?? 0) + score);
  };
  for (const element of descendants(body)) {
    const tag = tagOf(element);
    let text: string;
    let length: number;
    if (tag === 'p' || tag === 'pre' || tag === 'blockquote' || tag === 'td') {
      length = measure.unlinked(element);
      if (length < MIN_PARAGRAPH) continue;
      text = textOf(element);
    } else if (tag === 'div' || tag === 'section') {
      text = ownText(element);
      length = text.length;
    } else continue;
    if (length < MIN_PARAGRAPH || isChromeLine(text, true)) continue;
    if (skipFurniture && inPageFurniture(element)) continue;
    paragraphs.set(element, length);
    const score = 1 + (text.match(/[,،、，]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    if (tag === 'div' || tag === 'section') add(element, score);
    add(element.parentNode, score);
    add(element.parentNode?.parentNode ?? null, score / 2);
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (inFurniture(element) || FURNITURE.has(tagOf(element))) continue;
    const weighted = score * (1 - measure.linkDensity(element));
    if (weighted > bestScore) {
      best = element;
      bestScore = weighted;
    }
  }
  return best ? widen(best, paragraphs, measure) : null;
}

/** Whether an element sits in a menu, footer, comment thread or similar, by its ancestors' tags and names. */
function inPageFurniture(element: DomElement): boolean {
  for (let current: DomNode | null = element; isElement(current); current = current.parentNode) {
    const tag = tagOf(current);
    if (FURNITURE.has(tag) || tag === 'header') return true;
    const names = `${current.getAttribute('class') ?? ''} ${current.getAttribute('id') ?? ''}`;
    if (names.length > 1 && PAGE_FURNITURE_NAMES.test(names)) return true;
  }
  return false;
}

/**
 * Moves up from the densest block while an ancestor holds much more paragraph text than it: the article's
 * paragraphs were split between blocks (or broken markup closed the block early), and the ancestor holds them all.
 */
function widen(block: DomElement, paragraphs: Map<DomElement, number>, measure: TextMeasure): DomElement {
  // Paragraph text held by each element, summed once up every paragraph's chain of ancestors.
  const held = new Map<DomNode, number>();
  for (const [paragraph, length] of paragraphs) {
    for (let node: DomNode | null = paragraph; node; node = node.parentNode)
      held.set(node, (held.get(node) ?? 0) + length);
  }
  let current = block;
  let inside = held.get(current) ?? 0;
  for (let parent = current.parentNode; isElement(parent); parent = parent.parentNode) {
    const around = held.get(parent) ?? 0;
    if (around >= WIDEN_RATIO * inside && measure.linkDensity(parent) < MAX_WIDEN_LINK_DENSITY) {
      current = parent;
      inside = around;
    }
  }
  return current;
}

/** Text directly inside an element, outside links (old pages separate paragraphs with <br> inside one <div>). */
function ownText(element: DomElement): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
    else if (
      isElement(child) &&
      ['b', 'i', 'em', 'strong', 'span', 'br', 'font', 'u', 'small', 'cite', 'q'].includes(tagOf(child))
    )
      text += child.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes page furniture inside the article, and the heading that repeats the title. */
export function cleanArticle(root: DomElement, title: string | null, measure: TextMeasure): void {
  const total = Math.max(1, measure.size(root));
  const doomed: DomElement[] = [];
  let titleRemoved = title === null;
  const stack: DomElement[] = Array.from(root.children).reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    const tag = tagOf(element);
    let remove = false;
    if (!titleRemoved && /^h[1-3]$/.test(tag) && sameText(textOf(element), title!)) {
      remove = true;
      titleRemoved = true;
    } else if (isFurnitureElement(element, tag)) {
      remove = true;
    } else if (hasFurnitureName(element)) {
      remove = measure.size(element) < MAX_FURNITURE_SHARE * total;
    } else if (isBlockish(tag) && measure.size(element) > 0 && measure.size(element) <= MAX_CHROME_TEXT) {
      remove = isChromeLine(textOf(element), false);
    }
    if (remove) doomed.push(element);
    else {
      // Pushed one by one: an element can have more children than a call can take arguments.
      const children = Array.from(element.children);
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  for (const element of doomed) element.remove();
}

/** Furniture by what the element is: navigation, sidebars, footers, and their ARIA roles. */
function isFurnitureElement(element: DomElement, tag: string): boolean {
  if (FURNITURE.has(tag)) return true;
  const role = element.getAttribute('role');
  return role !== null && FURNITURE_ROLES.has(role.toLowerCase());
}

/** Furniture by what the page calls the element (its class and id). */
function hasFurnitureName(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && FURNITURE_NAMES.test(names);
}

function isBlockish(tag: string): boolean {
  return tag === 'p' || tag === 'div' || tag === 'li' || tag === 'section' || tag === 'span' || /^h[1-6]$/.test(tag);
}

function sameText(a: string, b: string): boolean {
  const simplify = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s\p{P}]+/gu, ' ')
      .trim();
  return simplify(a) === simplify(b);
}

/**
 * Replaces every element deeper than MAX_DEPTH below `root` with its text, so the converter (which walks the
 * tree recursively) never meets a tree deep enough to overflow the stack. No real article comes near the limit.
 */
export function flattenDeepNesting(document: DomDocument, root: DomElement): void {
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  const tooDeep: { element: DomElement; depth: number }[] = [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (!isElement(child)) continue;
      if (depth + 1 >= MAX_DEPTH) tooDeep.push({ element: child, depth: depth + 1 });
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  // Deepest first: each element replaced then holds only text, so removing it never walks a deep subtree
  // (domino detaches nodes recursively).
  tooDeep.sort((a, b) => b.depth - a.depth);
  for (const { element } of tooDeep) element.replaceWith(document.createTextNode(textOf(element)));
}
