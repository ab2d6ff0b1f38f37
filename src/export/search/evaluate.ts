/**
 * The exported site's search back end: evaluates a query's syntax tree (query/ast.ts, from the same parser
 * the command line uses) against the sharded index that index-builder.ts writes. Pure: the files come
 * through an `IndexSource`, so the same code runs in the browser (script tags) and in tests (the file system).
 *
 * The index knows which articles hold which words, not where, so a term of several words ("a phrase", or
 * `node:test`) first selects the articles holding all its words; such queries are then checked exactly against
 * each candidate's own words (`matchesArticle`) as its record is loaded to be shown. Ranking is BM25: each
 * word's stored weight (frequency, saturated and normalised by length, titles counting most) times its rarity.
 */
import type { QueryNode, TermNode } from '../../query/ast.js';
import { searchWords } from '../../query/words.js';
import { FIELD_AUTHOR, FIELD_TAG, FIELD_TITLE } from './field-bits.js';
import { decodePostings } from './postings.js';

export interface Manifest {
  version: number;
  articles: number;
  weightScale: number;
  shards: string[];
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
}

/** Where the index's files come from. */
export interface IndexSource {
  manifest(): Promise<Manifest>;
  shard(key: string): Promise<Record<string, string>>;
  doc(index: number): Promise<DocRecord>;
}

/** Candidates of a query, best first. When `exact` is false, each must be checked with `matchesArticle`. */
export interface Candidates {
  ranked: number[];
  exact: boolean;
}

interface Matches {
  scores: Map<number, number>;
  exact: boolean;
}

const FIELD_BIT = { title: FIELD_TITLE, tag: FIELD_TAG, author: FIELD_AUTHOR } as const;

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

function allTerms(node: QueryNode): TermNode[] {
  switch (node.kind) {
    case 'term': return [node];
    case 'and': case 'or': return node.children.flatMap(allTerms);
    case 'not': return allTerms(node.child);
  }
}

/** Finds the candidates of `query`, loading only the shards its words need. */
export async function findCandidates(query: QueryNode, source: IndexSource): Promise<Candidates> {
  const manifest = await source.manifest();
  const keys = new Set(manifest.shards);
  const needed = new Set<string>();
  for (const term of allTerms(query)) {
    for (const { word, prefix } of termWords(term)) {
      if (prefix) for (const key of shardsForPrefix(word, manifest.shards)) needed.add(key);
      else {
        const key = shardFor(word, keys);
        if (key !== undefined) needed.add(key);
      }
    }
  }
  const shards = new Map<string, Record<string, string>>();
  await Promise.all([...needed].map(async (key) => shards.set(key, await source.shard(key))));

  const postings = (word: string, prefix: boolean): Map<number, { weight: number; mask: number }> => {
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
      const key = shardFor(word, keys);
      const encoded = key === undefined ? undefined : shards.get(key)?.[word];
      if (encoded !== undefined) addList(encoded);
      return found;
    }
    for (const key of shardsForPrefix(word, manifest.shards)) {
      for (const [term, encoded] of Object.entries(shards.get(key) ?? {})) if (term.startsWith(word)) addList(encoded);
    }
    return found;
  };

  const rarity = (documents: number) => Math.log(1 + (manifest.articles - documents + 0.5) / (documents + 0.5));

  const evaluate = (node: QueryNode): Matches => {
    switch (node.kind) {
      case 'term': {
        const words = termWords(node);
        const bit = node.field === null ? 0 : FIELD_BIT[node.field];
        let scores: Map<number, number> | undefined;
        for (const { word, prefix } of words) {
          const list = postings(word, prefix);
          const idf = rarity(list.size);
          const next = new Map<number, number>();
          for (const [doc, { weight, mask }] of list) {
            if (bit !== 0 && (mask & bit) === 0) continue;
            if (scores && !scores.has(doc)) continue;
            next.set(doc, (scores?.get(doc) ?? 0) + (idf * weight) / manifest.weightScale);
          }
          scores = next;
        }
        // Several words must also be next to each other, which only the article's own text can tell.
        return { scores: scores ?? new Map(), exact: words.length <= 1 };
      }
      case 'or': {
        const scores = new Map<number, number>();
        let exact = true;
        for (const child of node.children) {
          const matches = evaluate(child);
          exact &&= matches.exact;
          for (const [doc, score] of matches.scores) scores.set(doc, (scores.get(doc) ?? 0) + score);
        }
        return { scores, exact };
      }
      case 'and': {
        let scores: Map<number, number> | undefined;
        let exact = true;
        const excluded: Matches[] = [];
        for (const child of node.children) {
          if (child.kind === 'not') {
            excluded.push(evaluate(child.child));
            continue;
          }
          const matches = evaluate(child);
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
      case 'not':
        // The parser only puts a 'not' inside an 'and' (handled there); alone it selects nothing.
        return { scores: new Map(), exact: true };
    }
  };

  const { scores, exact } = evaluate(query);
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
  return { ranked, exact };
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

/** Whether the article's own words satisfy the query exactly (phrases in order and next to each other). */
export function matchesArticle(query: QueryNode, doc: DocRecord): boolean {
  const parts = fields(doc);
  const test = (node: QueryNode): boolean => {
    switch (node.kind) {
      case 'term': {
        const words = termWords(node);
        const lists = node.field === null ? [...parts.title, ...parts.tag, ...parts.author, ...parts.summary, ...parts.text] : parts[node.field];
        return lists.some((list) => containsRun(list, words));
      }
      case 'and': return node.children.every(test);
      case 'or': return node.children.some(test);
      case 'not': return !test(node.child);
    }
  };
  return test(query);
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
