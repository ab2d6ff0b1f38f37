/**
 * The small part of the DOM that the HTML import uses, and the one function that builds a document from page
 * text. Pages are parsed by domino (the HTML5 parser turndown itself runs on), so broken markup is repaired the way
 * a browser repairs it, and the content found here is the very tree turndown converts. Nothing is ever run: domino
 * has no script engine, and every script element is removed before conversion.
 */
import { createRequire } from 'node:module';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export interface DomNode {
  readonly nodeType: number;
  /** Upper case for HTML elements (`P`, `DIV`), `#text` for text. */
  readonly nodeName: string;
  nodeValue: string | null;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  readonly ownerDocument: DomDocument | null;
  remove(): void;
  contains(other: DomNode | null): boolean;
}

// domino's query methods return undefined, not null, when nothing matches; callers use `??` and `?.`.
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  replaceWith(...nodes: DomNode[]): void;
  /** Joins adjacent text nodes and drops empty ones. */
  normalize(): void;
  appendChild(node: DomNode): DomNode;
  closest(selector: string): DomElement | null;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  createTextNode(text: string): DomNode;
  createElement(name: string): DomElement;
}

interface Domino {
  createDocument(html?: string, force?: boolean): unknown;
}

/** Parses page text into a document, repairing broken markup as a browser would. */
export function parseHtml(html: string): DomDocument {
  // domino is CommonJS and ships typings for a module named 'domino' that need the browser's DOM types;
  // loading it through require keeps those out of the build, and DomDocument above says what is used.
  const domino = createRequire(import.meta.url)('@mixmark-io/domino') as Domino;
  // `force` makes an empty string parse into a document too, instead of a document with no <html>.
  return domino.createDocument(html, true) as DomDocument;
}

/** Whether a node is an element. */
export function isElement(node: DomNode | null | undefined): node is DomElement {
  return node?.nodeType === ELEMENT_NODE;
}

/** An element's lower-case tag name. */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}

/** Visits every element under `root` (not `root` itself) in document order, without recursion. */
export function* descendants(root: DomNode): Generator<DomElement> {
  const stack: DomNode[] = [];
  for (let index = root.childNodes.length - 1; index >= 0; index--) stack.push(root.childNodes[index]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]!);
  }
}

/** The text of a node with runs of whitespace collapsed to one space, collected without recursion. */
export function textOf(node: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.nodeType === TEXT_NODE) parts.push(current.nodeValue ?? '');
    else if (isElement(current))
      for (let index = current.childNodes.length - 1; index >= 0; index--) stack.push(current.childNodes[index]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
