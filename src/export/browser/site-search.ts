/**
 * The search page of an exported site. Reads the query from the address (`?q=`), parses it with the same
 * parser as `folio search`, loads only the index shards its words need and the records of the results it
 * shows, and lists them best first with snippets. Index files are classic scripts that call
 * `__folioSearch(kind, key, data)`, because browsers refuse to fetch files from `file://` but run scripts.
 * Results are built as DOM nodes with text content, never as HTML strings.
 */
import type { QueryNode } from '../../query/ast.js';
import { parseQuery } from '../../query/parse.js';
import { findCandidates, matchesArticle, type DocRecord, type IndexSource, type Manifest } from '../search/evaluate.js';
import { docChunk, docFile, DOCS_PER_FILE, MANIFEST_FILE, shardFile } from '../search/files.js';
import { findMatches, type TextRange } from '../../query/match.js';
import { snippetAround } from '../../query/snippet.js';
import { en } from '../i18n/en.js';
import { fill, formatDay, plural, type SiteWords } from '../i18n/words.js';

const PAGE_SIZE = 10;

declare global {
  interface Window {
    __folioSearch?: (kind: string, key: string | number, data: unknown) => void;
  }
}

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const siteRoot = new URL('../', scriptUrl);
const waiting = new Map<string, (data: unknown) => void>();
const loaded = new Map<string, Promise<unknown>>();

window.__folioSearch = (kind, key, data) => {
  const resolve = waiting.get(`${kind}:${key}`);
  waiting.delete(`${kind}:${key}`);
  resolve?.(data);
};

/** Loads an index file once; its script hands its data to `__folioSearch`. */
function load<T>(kind: string, key: string | number, file: string): Promise<T> {
  const id = `${kind}:${key}`;
  let promise = loaded.get(id);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      waiting.set(id, resolve);
      const script = document.createElement('script');
      script.src = new URL(file, siteRoot).href;
      script.onerror = () => reject(new Error(`could not load ${file}`));
      script.onload = () => script.remove();
      document.head.append(script);
    });
    loaded.set(id, promise);
  }
  return promise as Promise<T>;
}

const source: IndexSource = {
  manifest: () => load<Manifest>('m', 0, MANIFEST_FILE),
  shard: (key) => load<Record<string, string>>('t', key, shardFile(key)),
  doc: async (index) => (await load<DocRecord[]>('d', docChunk(index), docFile(docChunk(index))))[index % DOCS_PER_FILE]!,
};

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.getElementById('search-input') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const moreRow = document.getElementById('search-more-row');
const moreButton = document.getElementById('search-more') as HTMLButtonElement | null;

let run = 0;

/** The page's words for the script's messages (see i18n/words.ts); English when the page has none. */
const words: Pick<SiteWords, 'searching' | 'searchFailed' | 'noResults' | 'results' | 'resultsShowing' | 'showingOfUpTo'> & { lang: string } = {
  ...en, lang: 'en', ...readWords(),
};

function readWords(): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(document.getElementById('search-status')?.dataset.words ?? '{}');
    return typeof data === 'object' && data !== null ? data as Record<string, unknown> : {};
  } catch {
    return {};
  }
}

function displayDay(day: string): string {
  return formatDay(words.lang, day);
}

function resultCount(count: number): string {
  return plural(words.lang, words.results, count);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends `text` to `parent`, with the ranges inside `<mark>`: text nodes only, so nothing becomes markup. */
function appendMarked(parent: HTMLElement, text: string, ranges: readonly TextRange[]): void {
  let cursor = 0;
  for (const range of ranges) {
    if (range.start > cursor) parent.append(text.slice(cursor, range.start));
    parent.append(element('mark', undefined, text.slice(range.start, range.end)));
    cursor = range.end;
  }
  if (cursor < text.length) parent.append(text.slice(cursor));
}

function resultItem(doc: DocRecord, query: QueryNode): HTMLLIElement {
  const item = element('li');
  const heading = element('h2');
  const link = element('a');
  link.href = new URL(doc.u, siteRoot).href;
  appendMarked(link, doc.t, findMatches(query, doc.t, 'title'));
  heading.append(link);
  item.append(heading);
  const meta = [doc.d ? displayDay(doc.d) : '', doc.a.join(', ')].filter((text) => text !== '').join(' · ');
  if (meta) item.append(element('p', 'meta', meta));
  const passage = element('p', 'snippet');
  let ranges = findMatches(query, doc.x, 'text');
  const source = ranges.length === 0 && doc.s ? doc.s : doc.x;
  if (source !== doc.x) ranges = findMatches(query, source, 'text');
  const cut = snippetAround(source, ranges, 220);
  appendMarked(passage, cut.text, cut.ranges);
  item.append(passage);
  return item;
}

function say(text: string): void {
  if (status) status.textContent = text;
}

async function search(text: string): Promise<void> {
  const mine = ++run;
  list?.replaceChildren();
  if (moreRow) moreRow.hidden = true;
  if (text.trim() === '') {
    say('');
    return;
  }
  let query: QueryNode;
  try {
    query = parseQuery(text);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    return;
  }
  say(words.searching);
  let candidates;
  try {
    candidates = await findCandidates(query, source);
  } catch (error) {
    say(fill(words.searchFailed, { error: error instanceof Error ? error.message : String(error) }));
    return;
  }
  if (mine !== run) return;
  const ranked = candidates.ranked;
  let next = 0;
  let shown = 0;

  const showMore = async () => {
    if (moreButton) moreButton.disabled = true;
    let added = 0;
    while (added < PAGE_SIZE && next < ranked.length) {
      const batch = ranked.slice(next, next + PAGE_SIZE - added);
      next += batch.length;
      const docs = await Promise.all(batch.map((index) => source.doc(index)));
      if (mine !== run) return;
      for (const doc of docs) {
        if (!candidates.exact && !matchesArticle(query, doc)) continue;
        list?.append(resultItem(doc, query));
        added++;
      }
    }
    shown += added;
    const more = next < ranked.length;
    if (shown === 0) say(fill(words.noResults, { query: text }));
    else if (candidates.exact) say(more ? fill(words.resultsShowing, { results: resultCount(ranked.length), shown }) : resultCount(ranked.length));
    else say(more ? fill(words.showingOfUpTo, { shown, total: ranked.length }) : resultCount(shown));
    if (moreRow) moreRow.hidden = !more;
    if (moreButton) moreButton.disabled = false;
  };
  if (moreButton) moreButton.onclick = () => void showMore();
  await showMore();
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (input) input.value = initial;
const boxes = document.querySelectorAll<HTMLInputElement>('input[name="q"]');
for (const box of boxes) if (box !== input) box.value = initial;
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void search(input?.value ?? '');
});
let typing: number | undefined;
input?.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => void search(input.value), 250);
});
void search(initial);
