/**
 * The exported site's search back end: evaluates a query's syntax tree (query/ast.ts, from the same parser
 * the command line uses) against the sharded index that index-builder.ts writes. Pure: the files come
 * through an `IndexSource`, so the same code runs in the browser (script tags) and in tests (the file system).
 *
 * The index knows which articles hold which words, not where, so a term of several words ("a phrase", or
 * `node:test`) first selects the articles holding all its words; such queries are then checked exactly against
 * each candidate's own words (`matchesArticle`) as its record is loaded to be shown. Ranking is BM25: each
 * word's stored weight (frequency, saturated and normalised by length, titles counting most) times its rarity.
 *
 * Words are stemmed by the rule of query/stem.ts, as `folio search` stems them: the manifest names the
 * languages the site's articles are stemmed in, a query word is stemmed in each (one small script per
 * language, loaded when a query first needs it), and the words of the shards that share its stem are looked
 * for too. Articles holding a query's words as typed come first, as on the command line.
 */
import { allTerms, positiveTerms, type QueryNode, type TermNode } from '../../query/ast.js';
import {
  stemmedForms,
  stemProbes,
  termWord,
  type StemLanguage,
  type Stemmer,
  type Stemmers,
  type TermForms,
} from '../../query/stem.js';
import { closestWord, correctableWord, correctedQuery, firstLetter } from '../../query/suggest.js';
import { searchWords } from '../../query/words.js';
import { parseQuery } from '../../query/parse.js';
import { FIELD_AUTHOR, FIELD_TAG, FIELD_TITLE } from './field-bits.js';
import { decodeArticles, decodePostings } from './postings.js';

export interface Manifest {
  version: number;
  articles: number;
  weightScale: number;
  shards: string[];
  /** The languages the articles are stemmed in (query/stem.ts); a stemmer script for each is in `search/stem/`. */
  stems?: StemLanguage[];
  /** The first letters that have a word list for suggestions (`search/words/`). */
  letters?: string[];
}

/** An article's search record, as stored in `search/docs/<n>.js`. */
export interface DocRecord {
  /** The article page, relative to the site root. */
  u: string;
  t: string;
  d: string | null;
  a: string[];
  g: string[];
  s: string;
  x: string;
  /** Present (1) when `x` is only the start of a longer text (index-builder.ts, DOC_TEXT_LIMIT). */
  c?: 1;
}

/** Where the index's files come from. */
export interface IndexSource {
  manifest(): Promise<Manifest>;
  shard(key: string): Promise<Record<string, string>>;
  doc(index: number): Promise<DocRecord>;
  /** The stemmer of a language the manifest names. */
  stemmer(language: StemLanguage): Promise<Stemmer>;
  /** The suggestible words starting with `letter`, with the number of articles holding each. */
  words(letter: string): Promise<Record<string, number>>;
  /** The articles of each tag, author and year (index-builder.ts, `filtersFile`). */
  filters(): Promise<FilterLists>;
}

/** The articles of each tag, author and year (encodeArticles), by value. */
export interface FilterLists {
  tags: Record<string, string>;
  authors: Record<string, string>;
  years: Record<string, string>;
}

/** What the search page's filter pane selects: one tag, author and year at most, and the order. */
export interface SiteFilter {
  tag?: string;
  author?: string;
  year?: string;
  /** `date`: newest first, as `folio search --sort date`; else best first. */
  sort?: 'rank' | 'date';
}

/** Candidates of a query, best first. When `exact` is false, each must be checked with `matchesArticle`. */
export interface Candidates {
  ranked: number[];
  exact: boolean;
  /** The other forms of the query's words that were looked for too (for `matchesArticle` and highlighting). */
  forms: TermForms;
}

interface Matches {
  scores: Map<number, number>;
  exact: boolean;
}

const FIELD_BIT = { title: FIELD_TITLE, tag: FIELD_TAG, author: FIELD_AUTHOR } as const;

/** Most other forms one query word stands for: the command line's bound too (index/search.ts). */
const MAX_FORMS = 64;

/** The shard holding `word`: the longest key that starts the word. */
export function shardFor(word: string, keys: ReadonlySet<string>): string | undefined {
  const chars = [...word];
  for (let length = chars.length; length > 0; length--) {
    const key = chars.slice(0, length).join('');
    if (keys.has(key)) return key;
  }
  return undefined;
}

/** The shards that can hold words starting with `prefix`. */
export function shardsForPrefix(prefix: string, keys: readonly string[]): string[] {
  const found = new Set(keys.filter((key) => key.startsWith(prefix)));
  const holder = shardFor(prefix, new Set(keys));
  if (holder !== undefined) found.add(holder);
  return [...found];
}

/** The words a term node looks up: every word exactly, the last as a prefix when the node says so. */
function termWords(node: TermNode): { word: string; prefix: boolean }[] {
  const words = searchWords(node.text);
  return words.map((word, i) => ({ word, prefix: node.prefix && i === words.length - 1 }));
}

/** Loads a manifest's stemmers once per source. */
const stemmersOf = new WeakMap<IndexSource, Promise<Stemmers>>();

function loadStemmers(source: IndexSource, languages: readonly StemLanguage[]): Promise<Stemmers> {
  let loading = stemmersOf.get(source);
  if (!loading) {
    loading = (async () => {
      const stemmers: Stemmers = {};
      await Promise.all(
        languages.map(async (language) => {
          stemmers[language] = await source.stemmer(language);
        }),
      );
      return stemmers;
    })();
    stemmersOf.set(source, loading);
  }
  return loading;
}

/** Stand-ins to tell whether a term is stemmable before loading any stemmer. */
const IDENTITY: Stemmer = (word) => word;

/**
 * The other forms of each stemmable word of `query` that the site's shards hold, found by the rule of
 * query/stem.ts: the shards of each probe's prefix are loaded, their words starting with it are stemmed.
 */
export async function siteForms(query: QueryNode, source: IndexSource): Promise<TermForms> {
  const forms: TermForms = new Map();
  const manifest = await source.manifest();
  const languages = manifest.stems ?? [];
  if (languages.length === 0) return forms;
  const identity: Stemmers = Object.fromEntries(languages.map((language) => [language, IDENTITY]));
  const stemmable = allTerms(query).filter((term) => stemProbes(term, languages, identity) !== null);
  if (stemmable.length === 0) return forms;
  const stemmers = await loadStemmers(source, languages);
  for (const term of stemmable) {
    const probes = stemProbes(term, languages, stemmers)!;
    const shards = new Map<string, Record<string, string>>();
    const keys = new Set(probes.flatMap((probe) => shardsForPrefix(probe.prefix, manifest.shards)));
    await Promise.all([...keys].map(async (key) => shards.set(key, await source.shard(key))));
    const candidates = (prefix: string) => {
      const words: string[] = [];
      for (const key of shardsForPrefix(prefix, manifest.shards)) {
        for (const word of Object.keys(shards.get(key) ?? {})) if (word.startsWith(prefix)) words.push(word);
      }
      return words.sort();
    };
    const found = stemmedForms(termWord(term), probes, stemmers, candidates).slice(0, MAX_FORMS);
    if (found.length > 0) forms.set(term, found);
  }
  return forms;
}

/**
 * Finds the candidates of `query`, loading only the shards its words need, in four steps: the other forms of its
 * words, the shards that hold them all, each article's score (as typed and with the other forms), and the order.
 */
export async function findCandidates(
  query: QueryNode,
  source: IndexSource,
  filter: SiteFilter = {},
): Promise<Candidates> {
  const manifest = await source.manifest();
  const forms = await siteForms(query, source);
  const shards = await loadShards(shardsNeeded(query, forms, manifest), source);
  const scorer = new QueryScorer(manifest, shards, forms);
  const { scores, exact } = scorer.evaluate(query, true);
  // Articles the query matches word for word come first, as on the command line (index/search.ts).
  const typed = forms.size === 0 ? undefined : scorer.evaluate(query, false).scores;
  const ranked = rankCandidates(scores, typed, await filterSet(filter, source), filter.sort);
  return { ranked, exact, forms };
}

/** The keys of the shards holding the words of `query` and their other forms. */
function shardsNeeded(query: QueryNode, forms: TermForms, manifest: Manifest): Set<string> {
  const keys = new Set(manifest.shards);
  const needed = new Set<string>();
  for (const term of allTerms(query)) {
    const other = (forms.get(term) ?? []).map((word) => ({ word, prefix: false }));
    for (const { word, prefix } of [...termWords(term), ...other]) {
      if (prefix) for (const key of shardsForPrefix(word, manifest.shards)) needed.add(key);
      else {
        const key = shardFor(word, keys);
        if (key !== undefined) needed.add(key);
      }
    }
  }
  return needed;
}

async function loadShards(keys: Set<string>, source: IndexSource): Promise<Map<string, Record<string, string>>> {
  const shards = new Map<string, Record<string, string>>();
  await Promise.all([...keys].map(async (key) => shards.set(key, await source.shard(key))));
  return shards;
}

/** Scores articles for a query from loaded shards: BM25-like weights per field, summed over the query's tree. */
class QueryScorer {
  private readonly keys: Set<string>;

  constructor(
    private readonly manifest: Manifest,
    private readonly shards: Map<string, Record<string, string>>,
    private readonly forms: TermForms,
  ) {
    this.keys = new Set(manifest.shards);
  }

  /** The articles matching `node` with their scores; `exact` false when phrases still need the text to tell. */
  evaluate(node: QueryNode, stemmed: boolean): Matches {
    switch (node.kind) {
      case 'term':
        // Several words must also be next to each other, which only the article's own text can tell.
        return { scores: this.termScores(node, stemmed), exact: termWords(node).length <= 1 };
      case 'or': {
        const scores = new Map<number, number>();
        let exact = true;
        for (const child of node.children) {
          const matches = this.evaluate(child, stemmed);
          exact &&= matches.exact;
          for (const [doc, score] of matches.scores) scores.set(doc, (scores.get(doc) ?? 0) + score);
        }
        return { scores, exact };
      }
      case 'and':
        return this.evaluateAnd(node.children, stemmed);
      case 'not':
        // The parser only puts a 'not' inside an 'and' (handled there); alone it selects nothing.
        return { scores: new Map(), exact: true };
    }
  }

  private evaluateAnd(children: readonly QueryNode[], stemmed: boolean): Matches {
    let scores: Map<number, number> | undefined;
    let exact = true;
    const excluded: Matches[] = [];
    for (const child of children) {
      if (child.kind === 'not') {
        excluded.push(this.evaluate(child.child, stemmed));
        continue;
      }
      const matches = this.evaluate(child, stemmed);
      exact &&= matches.exact;
      if (!scores) scores = matches.scores;
      else {
        const next = new Map<number, number>();
        for (const [doc, score] of matches.scores) {
          const before = scores.get(doc);
          if (before !== undefined) next.set(doc, before + score);
        }
        scores = next;
      }
    }
    scores ??= new Map();
    for (const matches of excluded) {
      // An article holding all the words of an excluded phrase may still lack the phrase: keep it to be checked.
      if (!matches.exact) {
        exact = false;
        continue;
      }
      for (const doc of matches.scores.keys()) scores.delete(doc);
    }
    return { scores, exact };
  }

  /** The scores of the articles holding a term's words (as typed, and its other forms when `stemmed`). */
  private termScores(node: TermNode, stemmed: boolean): Map<number, number> {
    const bit = node.field === null ? 0 : FIELD_BIT[node.field];
    let scores: Map<number, number> | undefined;
    for (const { word, prefix } of termWords(node)) {
      const list = this.postings(word, prefix);
      const idf = this.rarity(list.size);
      const next = new Map<number, number>();
      for (const [doc, { weight, mask }] of list) {
        if (bit !== 0 && (mask & bit) === 0) continue;
        if (scores && !scores.has(doc)) continue;
        next.set(doc, (scores?.get(doc) ?? 0) + (idf * weight) / this.manifest.weightScale);
      }
      scores = next;
    }
    scores ??= new Map();
    // Other forms are alternatives to the word, scored as an OR of them is.
    for (const form of stemmed ? (this.forms.get(node) ?? []) : []) {
      const list = this.postings(form, false);
      const idf = this.rarity(list.size);
      for (const [doc, { weight, mask }] of list) {
        if (bit !== 0 && (mask & bit) === 0) continue;
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * weight) / this.manifest.weightScale);
      }
    }
    return scores;
  }

  private rarity(documents: number): number {
    return Math.log(1 + (this.manifest.articles - documents + 0.5) / (documents + 0.5));
  }

  /** The articles holding `word` (every word starting with it, for a prefix), with weight and field mask. */
  private postings(word: string, prefix: boolean): Map<number, { weight: number; mask: number }> {
    const found = new Map<number, { weight: number; mask: number }>();
    const addList = (encoded: string) => {
      const numbers = decodePostings(encoded);
      for (let i = 0; i < numbers.length; i += 2) {
        const value = numbers[i + 1]!;
        const previous = found.get(numbers[i]!);
        const weight = Math.floor(value / 8);
        const mask = value & 7;
        if (!previous) found.set(numbers[i]!, { weight, mask });
        else found.set(numbers[i]!, { weight: Math.max(previous.weight, weight), mask: previous.mask | mask });
      }
    };
    if (!prefix) {
      const key = shardFor(word, this.keys);
      const encoded = key === undefined ? undefined : this.shards.get(key)?.[word];
      if (encoded !== undefined) addList(encoded);
      return found;
    }
    for (const key of shardsForPrefix(word, this.manifest.shards)) {
      for (const [term, encoded] of Object.entries(this.shards.get(key) ?? {}))
        if (term.startsWith(word)) addList(encoded);
    }
    return found;
  }
}

/** Relevance (typed forms first) or newest first — articles are numbered newest first — then by number. */
function rankCandidates(
  scores: Map<number, number>,
  typed: Map<number, number> | undefined,
  allowed: Set<number> | null,
  sort: SiteFilter['sort'],
): number[] {
  const first = (doc: number) => (typed === undefined || typed.has(doc) ? 0 : 1);
  const kept = allowed === null ? [...scores] : [...scores].filter(([doc]) => allowed.has(doc));
  const ranked =
    sort === 'date'
      ? kept.sort((a, b) => a[0] - b[0])
      : kept.sort((a, b) => first(a[0]) - first(b[0]) || b[1] - a[1] || a[0] - b[0]);
  return ranked.map(([doc]) => doc);
}

/** The searchable parts of an article, as word lists. */
function fields(doc: DocRecord): Record<'title' | 'tag' | 'author' | 'summary' | 'text', string[][]> {
  return {
    title: [searchWords(doc.t)],
    tag: doc.g.map((tag) => searchWords(tag)),
    author: doc.a.map((author) => searchWords(author)),
    summary: [searchWords(doc.s)],
    text: [searchWords(doc.x)],
  };
}

/**
 * Whether the article's own words satisfy the query exactly (phrases in order and next to each other). When
 * the record holds only the start of a long text, a phrase it does not find there is taken as found: the
 * shards said the article holds all its words, and the command line, which reads the whole text, may find it.
 */
export function matchesArticle(query: QueryNode, doc: DocRecord, forms?: TermForms): boolean {
  const parts = fields(doc);
  const test = (node: QueryNode, wanted: boolean): boolean => {
    switch (node.kind) {
      case 'term': {
        const words = termWords(node);
        const lists =
          node.field === null
            ? [...parts.title, ...parts.tag, ...parts.author, ...parts.summary, ...parts.text]
            : parts[node.field];
        const other = forms?.get(node) ?? [];
        if (lists.some((list) => containsRun(list, words) || other.some((form) => list.includes(form)))) return true;
        return wanted && doc.c === 1 && words.length > 1 && node.field === null;
      }
      case 'and':
        return node.children.every((child) => test(child, wanted));
      case 'or':
        return node.children.some((child) => test(child, wanted));
      case 'not':
        return !test(node.child, !wanted);
    }
  };
  return test(query, true);
}

/** Whether `words` holds `run` as consecutive words (the last may be a prefix). */
function containsRun(words: readonly string[], run: readonly { word: string; prefix: boolean }[]): boolean {
  if (run.length === 0) return false;
  outer: for (let start = 0; start + run.length <= words.length; start++) {
    for (let i = 0; i < run.length; i++) {
      const word = words[start + i]!;
      const wanted = run[i]!;
      if (wanted.prefix ? !word.startsWith(wanted.word) : word !== wanted.word) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The suggestion for a query that matched nothing (query/suggest.ts): the query with each word the site does
 * not hold replaced by the closest word it does, or null. Loads the word list of each such word's first letter.
 */
export async function suggestQuery(
  text: string,
  query: QueryNode,
  source: IndexSource,
  filter: SiteFilter = {},
): Promise<string | null> {
  const manifest = await source.manifest();
  const letters = new Set(manifest.letters ?? []);
  const forms = await siteForms(query, source);
  const keys = new Set(manifest.shards);
  const replacements = new Map<string, string>();
  for (const term of positiveTerms(query)) {
    const word = correctableWord(term);
    if (word === null || forms.has(term)) continue;
    const key = shardFor(word, keys);
    if (key !== undefined && (await source.shard(key))[word] !== undefined) continue;
    const letter = firstLetter(word);
    if (!letters.has(letter)) continue;
    const list = await source.words(letter);
    const suggestion = closestWord(
      word,
      Object.entries(list).map(([candidate, articles]) => ({ word: candidate, articles })),
    );
    if (suggestion !== null) replacements.set(term.text, suggestion);
  }
  if (replacements.size === 0) return null;
  // Offered only when it finds something, among the articles the filters select.
  const corrected = correctedQuery(text, replacements);
  const { ranked } = await findCandidates(parseQuery(corrected), source, filter);
  return ranked.length === 0 ? null : corrected;
}

/**
 * Most candidates checked to count a query that the shards alone cannot settle (a phrase): their records are
 * loaded four to a file, so at most this many records, 50 files. Beyond it the count stays "up to".
 */
export const COUNT_CHECK_LIMIT = 200;

/**
 * The articles that match, in order: the candidates when the shards settle the query; else those of at most
 * `limit` candidates that `matchesArticle` accepts, or null when there are more candidates than that.
 */
export async function matchingArticles(
  query: QueryNode,
  candidates: Candidates,
  source: IndexSource,
  limit = COUNT_CHECK_LIMIT,
): Promise<number[] | null> {
  if (candidates.exact) return candidates.ranked;
  if (candidates.ranked.length > limit) return null;
  const docs = await Promise.all(candidates.ranked.map((index) => source.doc(index)));
  return candidates.ranked.filter((_, i) => matchesArticle(query, docs[i]!, candidates.forms));
}

/** The articles a filter allows, or null when it allows all. Loads the filters file only when one is set. */
async function filterSet(filter: SiteFilter, source: IndexSource): Promise<Set<number> | null> {
  const wanted = (
    [
      ['tags', filter.tag],
      ['authors', filter.author],
      ['years', filter.year],
    ] as const
  ).filter((pair): pair is [keyof FilterLists, string] => pair[1] !== undefined && pair[1] !== '');
  if (wanted.length === 0) return null;
  const lists = await source.filters();
  let allowed: Set<number> | null = null;
  for (const [group, value] of wanted) {
    const encoded = lists[group][value];
    const articles: number[] = encoded === undefined ? [] : decodeArticles(encoded);
    allowed = allowed === null ? new Set(articles) : new Set(articles.filter((article) => allowed!.has(article)));
  }
  return allowed;
}

/** A filter's values with the number of `articles` each would keep, most first, then by name. */
export type FilterCounts = Record<keyof FilterLists, [string, number][]>;

/** Counts, for the filter pane, how many of `articles` (a query's matches) each tag, author and year holds. */
export function filterCounts(lists: FilterLists, articles: readonly number[]): FilterCounts {
  const wanted = new Set(articles);
  const count = (group: Record<string, string>) =>
    Object.entries(group)
      .map(([value, encoded]): [string, number] => [
        value,
        decodeArticles(encoded).filter((article) => wanted.has(article)).length,
      ])
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    tags: count(lists.tags),
    authors: count(lists.authors),
    years: count(lists.years).sort((a, b) => (a[0] < b[0] ? 1 : -1)),
  };
}
