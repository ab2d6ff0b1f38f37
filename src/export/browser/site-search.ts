/**
 * The search page of an exported site. Reads the query from the address (`?q=`), parses it with the same
 * parser as `folio search`, loads only the index shards its words need and the records of the results it
 * shows, and lists them best first with snippets. Index files are classic scripts that call
 * `__folioSearch(kind, key, data)`, because browsers refuse to fetch files from `file://` but run scripts.
 * Results are built as DOM nodes with text content, never as HTML strings.
 *
 * What is loaded when: the manifest with the first query; a stemmer script per language the site's articles
 * are in, with the first query that has a word to stem; a shard per word (and the shards of its stem's
 * prefix); the records (four to a file) of the results shown, and of up to COUNT_CHECK_LIMIT candidates when
 * a phrase needs checking to count them; the word list of one first letter when nothing matched (for "did you
 * mean"); the filters file when the filter pane is opened or the address names a filter.
 */
import type { QueryNode } from '../../query/ast.js';
import { parseQuery } from '../../query/parse.js';
import {
  filterCounts,
  findCandidates,
  matchesArticle,
  matchingArticles,
  suggestQuery,
  type DocRecord,
  type FilterLists,
  type IndexSource,
  type Manifest,
  type SiteFilter,
} from '../search/evaluate.js';
import {
  docChunk,
  docFile,
  DOCS_PER_FILE,
  FILTERS_FILE,
  MANIFEST_FILE,
  shardFile,
  stemFile,
  wordsFile,
} from '../search/files.js';
import type { StemLanguage, Stemmer, TermForms } from '../../query/stem.js';
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
      script.onerror = () => reject(new Error(fill(words.couldNotLoad, { file })));
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
  doc: async (index) =>
    (await load<DocRecord[]>('d', docChunk(index), docFile(docChunk(index))))[index % DOCS_PER_FILE]!,
  stemmer: (language: StemLanguage) => load<Stemmer>('s', language, stemFile(language)),
  words: (letter) => load<Record<string, number>>('w', letter, wordsFile(letter)),
  filters: () => load<FilterLists>('f', 0, FILTERS_FILE),
};

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.getElementById('search-input') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const moreRow = document.getElementById('search-more-row');
const moreButton = document.getElementById('search-more') as HTMLButtonElement | null;
const pane = document.getElementById('search-filters') as HTMLDetailsElement | null;
const selects = {
  tags: document.getElementById('search-tag') as HTMLSelectElement | null,
  authors: document.getElementById('search-author') as HTMLSelectElement | null,
  years: document.getElementById('search-year') as HTMLSelectElement | null,
};
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement | null;

let run = 0;

/** The page's words for the script's messages (see i18n/words.ts); English when the page has none. */
const words: Pick<
  SiteWords,
  | 'searching'
  | 'searchFailed'
  | 'couldNotLoad'
  | 'noResults'
  | 'results'
  | 'resultsShowing'
  | 'showingOfUpTo'
  | 'didYouMean'
  | 'anyValue'
> & { lang: string } = {
  ...en,
  lang: 'en',
  ...readWords(),
};

function readWords(): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(document.getElementById('search-status')?.dataset.words ?? '{}');
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
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

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
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

function resultItem(doc: DocRecord, query: QueryNode, forms: TermForms): HTMLLIElement {
  const item = element('li');
  const heading = element('h2');
  const link = element('a');
  link.href = new URL(doc.u, siteRoot).href;
  appendMarked(link, doc.t, findMatches(query, doc.t, 'title', forms));
  heading.append(link);
  item.append(heading);
  const meta = [doc.d ? displayDay(doc.d) : '', doc.a.join(', ')].filter((text) => text !== '').join(' · ');
  if (meta) item.append(element('p', 'meta', meta));
  const passage = element('p', 'snippet');
  let ranges = findMatches(query, doc.x, 'text', forms);
  const source = ranges.length === 0 && doc.s ? doc.s : doc.x;
  if (source !== doc.x) ranges = findMatches(query, source, 'text', forms);
  const cut = snippetAround(source, ranges, 220);
  appendMarked(passage, cut.text, cut.ranges);
  item.append(passage);
  return item;
}

function say(text: string): void {
  if (status) status.textContent = text;
}

/** The filter pane's choices, as the address and the form name them. */
function currentFilter(): SiteFilter {
  const filter: SiteFilter = {};
  if (selects.tags?.value) filter.tag = selects.tags.value;
  if (selects.authors?.value) filter.author = selects.authors.value;
  if (selects.years?.value) filter.year = selects.years.value;
  if (sortSelect?.value === 'date') filter.sort = 'date';
  return filter;
}

function filterActive(filter: SiteFilter): boolean {
  return Boolean(filter.tag || filter.author || filter.year);
}

/** Fills a filter's list with the values the query's matches have, each with its count; the chosen stays. */
function fillSelect(select: HTMLSelectElement | null, values: [string, number][], chosen: string | undefined): void {
  if (!select) return;
  const options = [new Option(words.anyValue, '')];
  if (chosen && !values.some(([value]) => value === chosen)) values = [[chosen, 0], ...values];
  for (const [value, count] of values) options.push(new Option(`${value} (${count})`, value));
  select.replaceChildren(...options);
  select.value = chosen ?? '';
}

/** Shows the filter values of `articles` (the matches of the query as filtered), loading the lists once. */
async function showFilterValues(articles: readonly number[], filter: SiteFilter, mine: number): Promise<void> {
  if (!pane?.open && !filterActive(filter)) return;
  const lists = await source.filters();
  if (mine !== run) return;
  const counts = filterCounts(lists, articles);
  fillSelect(selects.tags, counts.tags, filter.tag);
  fillSelect(selects.authors, counts.authors, filter.author);
  fillSelect(selects.years, counts.years, filter.year);
}

/** Says nothing matched, with a link to the closest query the site's words allow, when there is one. */
async function sayNothing(text: string, query: QueryNode, filter: SiteFilter, mine: number): Promise<void> {
  say(fill(words.noResults, { query: text }));
  const suggestion = await suggestQuery(text, query, source, filter).catch(() => null);
  if (mine !== run || suggestion === null || !status) return;
  const link = element('a', 'suggestion', suggestion);
  const address = new URL(location.href);
  address.searchParams.set('q', suggestion);
  link.href = address.href;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (input) input.value = suggestion;
    history.replaceState(null, '', address.href);
    void search(suggestion);
  });
  const [before, after = ''] = words.didYouMean.split('{query}');
  status.append(' ', before ?? '', link, after);
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
  const filter = currentFilter();
  let candidates;
  try {
    candidates = await findCandidates(query, source, filter);
  } catch (error) {
    say(fill(words.searchFailed, { error: error instanceof Error ? error.message : String(error) }));
    return;
  }
  if (mine !== run) return;
  const ranked = candidates.ranked;
  let next = 0;
  let shown = 0;
  // The number of matches, once known: at once when the shards settle the query, else after checking.
  let total: number | null = candidates.exact ? ranked.length : null;

  const report = () => {
    const more = next < ranked.length;
    if (shown === 0 && !more) return;
    if (total !== null)
      say(
        more || shown < total ? fill(words.resultsShowing, { results: resultCount(total), shown }) : resultCount(total),
      );
    else say(more ? fill(words.showingOfUpTo, { shown, total: ranked.length }) : resultCount(shown));
  };

  const showMore = async () => {
    if (moreButton) moreButton.disabled = true;
    let added = 0;
    while (added < PAGE_SIZE && next < ranked.length) {
      const batch = ranked.slice(next, next + PAGE_SIZE - added);
      next += batch.length;
      const docs = await Promise.all(batch.map((index) => source.doc(index)));
      if (mine !== run) return;
      for (const doc of docs) {
        if (!candidates.exact && !matchesArticle(query, doc, candidates.forms)) continue;
        list?.append(resultItem(doc, query, candidates.forms));
        added++;
      }
    }
    shown += added;
    if (shown === 0 && next >= ranked.length) await sayNothing(text, query, filter, mine);
    else report();
    if (moreRow) moreRow.hidden = next >= ranked.length;
    if (moreButton) moreButton.disabled = false;
  };
  if (moreButton) moreButton.onclick = () => void showMore();
  await showMore();
  if (mine !== run || shown === 0) return;
  const matching = await matchingArticles(query, candidates, source);
  if (mine !== run) return;
  if (matching !== null) {
    total = matching.length;
    report();
  }
  await showFilterValues(matching ?? ranked, filter, mine);
}

const parameters = new URLSearchParams(location.search);
const initial = parameters.get('q') ?? '';
if (input) input.value = initial;
const boxes = document.querySelectorAll<HTMLInputElement>('input[name="q"]');
for (const box of boxes) if (box !== input) box.value = initial;
// The address's filters are chosen before the first search; their lists are filled once it ran.
for (const [name, select] of [
  ['tag', selects.tags],
  ['author', selects.authors],
  ['year', selects.years],
] as const) {
  const value = parameters.get(name);
  if (select && value) fillSelect(select, [], value);
}
if (sortSelect && parameters.get('sort') === 'date') sortSelect.value = 'date';
if (
  pane &&
  (parameters.get('tag') || parameters.get('author') || parameters.get('year') || parameters.get('sort') === 'date')
)
  pane.open = true;

/** Runs the search again and puts the form's state in the address, so it can be shared and goes back. */
function searchAgain(): void {
  const address = new URL(location.href);
  address.search = new URLSearchParams(
    [...new FormData(form ?? undefined)].filter(
      (pair): pair is [string, string] =>
        typeof pair[1] === 'string' && pair[1] !== '' && !(pair[0] === 'sort' && pair[1] === 'rank'),
    ),
  ).toString();
  history.replaceState(null, '', address.href);
  void search(input?.value ?? '');
}
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  searchAgain();
});
for (const select of [selects.tags, selects.authors, selects.years, sortSelect])
  select?.addEventListener('change', searchAgain);
pane?.addEventListener('toggle', () => {
  if (pane.open) searchAgain();
});
let typing: number | undefined;
input?.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => void search(input.value), 250);
});
void search(initial);
