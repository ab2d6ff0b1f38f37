/**
 * Builds the exported site's search index: an inverted index split into small shards by the first letters of
 * each term (words cut and folded by query/words.ts, exactly as the command line's index does), so a query loads only the shards of its own terms, plus one small file per article (its title,
 * link and text, for showing results and snippets). Weights are BM25's term-frequency part, with a hit in a
 * title worth three in the body and one in a tag or author name two; the browser adds each term's rarity.
 * Everything is written as classic scripts (`__folioSearch(kind, key, data)`), because browsers refuse to
 * fetch files or load module scripts from `file://`, but do run classic scripts from there.
 */
import { scriptJson } from '../markup.js';
import type { StemLanguage } from '../../query/stem.js';
import { firstLetter, isSuggestible } from '../../query/suggest.js';
import { docChunk, docFile, DOCS_PER_FILE, FILTERS_FILE, MANIFEST_FILE, shardFile, wordsFile } from './files.js';
import { encodeArticles } from './postings.js';
import type { FilterLists } from './evaluate.js';
import { PostingsWriter } from './postings-writer.js';
import type { DocTerms } from './term-counter.js';

const K1 = 1.2;
const B = 0.75;
/** Weights are stored as whole numbers: BM25's saturated frequency (0 to 2.2) times this. */
export const WEIGHT_SCALE = 100;
/** A shard bigger than this is split by one more letter of its terms. */
const SHARD_TARGET_BYTES = 24 * 1024;
const MAX_KEY_LENGTH = 6;
/** Article text kept for snippets and phrase checks; longer texts are cut. */
export const DOC_TEXT_LIMIT = 30_000;

/** What the search index holds about one article besides its terms. */
export interface SearchDoc {
  /** The article page, relative to the site root. */
  url: string;
  title: string;
  day: string | null;
  authors: string[];
  tags: string[];
  summary: string;
  text: string;
}

/** One article's search record as JSON (script-safe), ready to be put in its file by `DocFileWriter`. */
export function docJson(doc: SearchDoc): string {
  const cut = doc.text.length > DOC_TEXT_LIMIT;
  const text = cut ? doc.text.slice(0, DOC_TEXT_LIMIT) : doc.text;
  return scriptJson({
    u: doc.url,
    t: doc.title,
    d: doc.day,
    a: doc.authors,
    g: doc.tags,
    s: doc.summary,
    x: text,
    ...(cut ? { c: 1 } : {}),
  });
}

/** What the search page's filters select by: an article's tags, authors and day, by its place in the site. */
export interface FilterFacts {
  tags: readonly string[];
  authors: readonly string[];
  day: string | null;
}

/**
 * The filters file: for each tag, author and year, its articles (encodeArticles). Values are as the articles
 * write them.
 */
export function filtersFile(articles: readonly FilterFacts[]): { path: string; text: string } {
  const groups = {
    tags: new Map<string, number[]>(),
    authors: new Map<string, number[]>(),
    years: new Map<string, number[]>(),
  };
  const add = (group: Map<string, number[]>, value: string, index: number) => {
    let list = group.get(value);
    if (!list) group.set(value, (list = []));
    if (list.at(-1) !== index) list.push(index);
  };
  articles.forEach((facts, index) => {
    for (const tag of facts.tags) add(groups.tags, tag, index);
    for (const author of facts.authors) add(groups.authors, author, index);
    if (facts.day !== null) add(groups.years, facts.day.slice(0, 4), index);
  });
  const encoded = (group: Map<string, number[]>) =>
    Object.fromEntries([...group.keys()].sort(compareCodeUnits).map((key) => [key, encodeArticles(group.get(key)!)]));
  const lists: FilterLists = {
    tags: encoded(groups.tags),
    authors: encoded(groups.authors),
    years: encoded(groups.years),
  };
  return { path: FILTERS_FILE, text: `__folioSearch("f",0,${scriptJson(lists)});\n` };
}

/** Collects articles' records as they arrive (in any order) and writes each file once all its records are in. */
export class DocFileWriter {
  private readonly pending = new Map<number, string[]>();

  constructor(
    private readonly count: number,
    private readonly write: (path: string, text: string) => void,
  ) {}

  add(index: number, json: string): void {
    const chunk = docChunk(index);
    let records = this.pending.get(chunk);
    if (!records) this.pending.set(chunk, (records = []));
    records[index % DOCS_PER_FILE] = json;
    const size = Math.min(DOCS_PER_FILE, this.count - chunk * DOCS_PER_FILE);
    if (records.filter((record) => record !== undefined).length === size) {
      this.pending.delete(chunk);
      this.write(docFile(chunk), `__folioSearch("d",${chunk},[${records.join(',')}]);\n`);
    }
  }
}

/**
 * Collects every article's terms and writes the shards and the manifest once all are in. Terms arrive as
 * numbers of their counters' dictionaries (see term-counter.ts) and are given numbers of the index's own;
 * postings stay in typed arrays, one pair per article, until the shards are written.
 */
export class SearchIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per dictionary: its term numbers → the index's. */
  private readonly dictionaries = new Map<number, number[]>();
  /** Per article (its index): its terms by the index's numbers, and their values. */
  private readonly docIds: (Uint32Array | undefined)[] = [];
  private readonly docValues: (Uint32Array | undefined)[] = [];
  private readonly lengths: number[] = [];

  /** Adds article number `index` (its place in the site, newest first). Articles may arrive in any order. */
  add(index: number, doc: DocTerms): void {
    this.lengths[index] = doc.length;
    let known = this.dictionaries.get(doc.dictionary);
    if (!known) this.dictionaries.set(doc.dictionary, (known = []));
    if (doc.newTerms !== '') {
      for (const term of doc.newTerms.split('\n')) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.termIds.set(term, id);
          this.terms.push(term);
        }
        known.push(id);
      }
    }
    const ids = new Uint32Array(doc.ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = known[doc.ids[i]!];
      if (id === undefined) throw new Error(`search terms of article ${index} refer to a term never reported`);
      ids[i] = id;
    }
    this.docIds[index] = ids;
    this.docValues[index] = doc.values;
  }

  /**
   * The files of the index: the manifest (`search/index.js`), every shard, and the word lists suggestions are
   * made from (query/suggest.ts), one per first letter. `stems` are the languages the articles are stemmed in.
   */
  files(stems: readonly StemLanguage[] = []): { path: string; text: string }[] {
    const count = this.lengths.length;
    const average = count === 0 ? 1 : this.lengths.reduce((sum, length) => sum + (length ?? 0), 0) / count || 1;
    // Postings grouped by term, each group in article order: count, place, then fill walking the articles in order.
    const starts = new Uint32Array(this.terms.length + 1);
    for (const ids of this.docIds) if (ids) for (const id of ids) starts[id + 1]!++;
    for (let id = 0; id < this.terms.length; id++) starts[id + 1]! += starts[id]!;
    const filled = starts.slice(0, this.terms.length);
    const articles = new Uint32Array(starts[this.terms.length]!);
    const values = new Uint32Array(articles.length);
    for (let article = 0; article < this.docIds.length; article++) {
      const ids = this.docIds[article];
      if (!ids) continue;
      const docValues = this.docValues[article]!;
      for (let i = 0; i < ids.length; i++) {
        const at = filled[ids[i]!]!++;
        articles[at] = article;
        values[at] = docValues[i]!;
      }
    }
    this.docIds.length = 0;
    this.docValues.length = 0;

    // Suggestible words by first letter, with the number of articles holding each.
    const lists = new Map<string, [string, number][]>();
    for (const term of this.terms) {
      if (!isSuggestible(term)) continue;
      const letter = firstLetter(term);
      let list = lists.get(letter);
      if (!list) lists.set(letter, (list = []));
      const id = this.termIds.get(term)!;
      list.push([term, starts[id + 1]! - starts[id]!]);
    }

    const norms = this.lengths.map((length) => K1 * (1 - B + (B * (length ?? average)) / average));
    const encoded = new Map<string, string>();
    const writer = new PostingsWriter();
    for (const term of [...this.terms].sort(compareCodeUnits)) {
      const id = this.termIds.get(term)!;
      for (let at = starts[id]!; at < starts[id + 1]!; at++) {
        const article = articles[at]!;
        const value = values[at]!;
        const frequency = value >> 3;
        const weight = Math.max(1, Math.round(((frequency * (K1 + 1)) / (frequency + norms[article]!)) * WEIGHT_SCALE));
        writer.add(article, weight * 8 + (value & 7));
      }
      encoded.set(term, writer.take());
    }

    const shards = splitShards([...encoded.keys()], encoded, 2);
    const files = shards.map(({ key, terms }) => ({
      path: shardFile(key),
      text: `__folioSearch("t",${scriptJson(key)},${scriptJson(Object.fromEntries(terms.map((term) => [term, encoded.get(term)!])))});\n`,
    }));
    const letters = [...lists.keys()].sort(compareCodeUnits);
    for (const letter of letters) {
      const words = lists.get(letter)!.sort((a, b) => compareCodeUnits(a[0], b[0]));
      files.push({
        path: wordsFile(letter),
        text: `__folioSearch("w",${scriptJson(letter)},${scriptJson(Object.fromEntries(words))});\n`,
      });
    }
    const manifest = {
      version: 2,
      articles: count,
      weightScale: WEIGHT_SCALE,
      shards: shards.map((shard) => shard.key),
      stems: [...stems],
      letters,
    };
    files.push({ path: MANIFEST_FILE, text: `__folioSearch("m",0,${scriptJson(manifest)});\n` });
    return files;
  }
}

/** The order of `Array.prototype.sort` without a comparator, for strings: by UTF-16 code units. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key of a term at a prefix length: its first `length` characters (code points). */
export function shardKey(term: string, length: number): string {
  return [...term].slice(0, length).join('');
}

/** Groups sorted terms by key, splitting groups over the target size by one more character. */
function splitShards(
  terms: string[],
  encoded: Map<string, string>,
  length: number,
): { key: string; terms: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const term of terms) {
    const key = shardKey(term, length);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(term);
  }
  const shards: { key: string; terms: string[] }[] = [];
  for (const [key, group] of groups) {
    const bytes = group.reduce((sum, term) => sum + term.length + encoded.get(term)!.length + 6, 0);
    if (bytes <= SHARD_TARGET_BYTES || length >= MAX_KEY_LENGTH || group.length === 1) {
      shards.push({ key, terms: group });
      continue;
    }
    // The terms as long as the key stay in a shard of that key; longer ones are split further.
    const short = group.filter((term) => [...term].length <= length);
    const long = group.filter((term) => [...term].length > length);
    if (short.length > 0) shards.push({ key, terms: short });
    shards.push(...splitShards(long, encoded, length + 1));
  }
  return shards;
}
