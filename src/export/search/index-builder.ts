/**
 * Builds the exported site's search index: an inverted index split into small shards by the first letters of
 * each term (words cut and folded by query/words.ts, exactly as the command line's index does), so a query loads only the shards of its own terms, plus one small file per article (its title,
 * link and text, for showing results and snippets). Weights are BM25's term-frequency part, with a hit in a
 * title worth three in the body and one in a tag or author name two; the browser adds each term's rarity.
 * Everything is written as classic scripts (`__folioSearch(kind, key, data)`), because browsers refuse to
 * fetch files or load module scripts from `file://`, but do run classic scripts from there.
 */
import { scriptJson } from '../markup.js';
import { FIELD_AUTHOR, FIELD_TAG, FIELD_TITLE } from './field-bits.js';
import { docChunk, docFile, DOCS_PER_FILE, MANIFEST_FILE, shardFile } from './files.js';
import { encodePostings } from './postings.js';
import { searchWords } from '../../query/words.js';

const WEIGHT_TITLE = 3;
const WEIGHT_NAME = 2;
const K1 = 1.2;
const B = 0.75;
/** Weights are stored as whole numbers: BM25's saturated frequency (0 to 2.2) times this. */
export const WEIGHT_SCALE = 100;
/** A shard bigger than this is split by one more letter of its terms. */
const SHARD_TARGET_BYTES = 24 * 1024;
const MAX_KEY_LENGTH = 6;
/** Longer words (a run of letters with no space, a pasted hash) are not indexed: nobody types them. */
export const MAX_TERM_LENGTH = 100;
/** Article text kept for snippets and phrase checks; longer texts are cut. */
export const DOC_TEXT_LIMIT = 30_000;

/** One article's terms with their weighted frequency and field mask, before document lengths are known. */
export interface DocTerms {
  /** The distinct terms, joined by newlines (one string crosses threads far faster than hundreds). */
  terms: string;
  /** Per term: weighted frequency × 8 + field mask. */
  values: Uint32Array;
  /** The article's length in weighted terms. */
  length: number;
}

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

/** Counts the terms of an article's fields. Pure, so it runs on the worker threads that render pages. */
export function docTerms(fields: { title: string; tags: string[]; authors: string[]; summary: string; text: string }): DocTerms {
  const stats = new Map<string, number>();
  let length = 0;
  const count = (term: string, weight: number, mask: number) => {
    if (term.length > MAX_TERM_LENGTH) return;
    stats.set(term, ((stats.get(term) ?? 0) + weight * 8) | mask);
    length += weight;
  };
  const add = (text: string, weight: number, mask: number) => {
    for (const term of fastSearchWords(text)) count(term, weight, mask);
  };
  add(fields.title, WEIGHT_TITLE, FIELD_TITLE);
  for (const tag of fields.tags) add(tag, WEIGHT_NAME, FIELD_TAG);
  for (const author of fields.authors) add(author, WEIGHT_NAME, FIELD_AUTHOR);
  add(fields.summary, 1, 0);
  add(fields.text, 1, 0);
  return { terms: [...stats.keys()].join('\n'), values: Uint32Array.from(stats.values()), length };
}

const PLAIN_ASCII_LINE = /^[\t\x20-\x7e]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * The words `searchWords` finds, faster on the lines that are plain ASCII (most of most archives): there a word
 * is a run of letters and digits, lower-cased. Other lines go through `searchWords` itself. Lines can be taken
 * one by one because no word, and no run of an unspaced script, crosses a line break.
 */
export function fastSearchWords(text: string): string[] {
  if (PLAIN_ASCII_LINE.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const words: string[] = [];
  for (const line of text.split('\n')) {
    if (PLAIN_ASCII_LINE.test(line)) {
      const found = line.toLowerCase().match(ASCII_WORD);
      if (found) for (const word of found) words.push(word);
    } else {
      for (const word of searchWords(line)) words.push(word);
    }
  }
  return words;
}

/** One article's search record as JSON (script-safe), ready to be put in its file by `DocFileWriter`. */
export function docJson(doc: SearchDoc): string {
  const text = doc.text.length > DOC_TEXT_LIMIT ? doc.text.slice(0, DOC_TEXT_LIMIT) : doc.text;
  return scriptJson({ u: doc.url, t: doc.title, d: doc.day, a: doc.authors, g: doc.tags, s: doc.summary, x: text });
}

/** Collects articles' records as they arrive (in any order) and writes each file once all its records are in. */
export class DocFileWriter {
  private readonly pending = new Map<number, string[]>();

  constructor(private readonly count: number, private readonly write: (path: string, text: string) => void) {}

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

/** Collects every article's terms and writes the shards and the manifest once all are in. */
export class SearchIndexBuilder {
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];

  /** Adds article number `index` (its place in the site, newest first). Articles may arrive in any order. */
  add(index: number, doc: DocTerms): void {
    this.lengths[index] = doc.length;
    if (doc.terms === '') return;
    const terms = doc.terms.split('\n');
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(index, doc.values[i]!);
    }
  }

  /** The files of the index: the manifest (`search/index.js`) and every shard. */
  files(): { path: string; text: string }[] {
    const count = this.lengths.length;
    const average = count === 0 ? 1 : this.lengths.reduce((sum, length) => sum + (length ?? 0), 0) / count || 1;
    const encoded = new Map<string, string>();
    for (const term of [...this.postings.keys()].sort()) {
      const list = this.postings.get(term)!;
      const pairs: [number, number][] = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      const flat: number[] = [];
      for (const [article, value] of pairs) {
        const frequency = value >> 3;
        const norm = K1 * (1 - B + (B * (this.lengths[article] ?? average)) / average);
        const weight = Math.max(1, Math.round(((frequency * (K1 + 1)) / (frequency + norm)) * WEIGHT_SCALE));
        flat.push(article, weight * 8 + (value & 7));
      }
      encoded.set(term, encodePostings(flat));
    }
    this.postings.clear();

    const shards = splitShards([...encoded.keys()], encoded, 2);
    const files = shards.map(({ key, terms }) => ({
      path: shardFile(key),
      text: `__folioSearch("t",${scriptJson(key)},${scriptJson(Object.fromEntries(terms.map((term) => [term, encoded.get(term)!])))});\n`,
    }));
    const manifest = { version: 1, articles: count, weightScale: WEIGHT_SCALE, shards: shards.map((shard) => shard.key) };
    files.push({ path: MANIFEST_FILE, text: `__folioSearch("m",0,${scriptJson(manifest)});\n` });
    return files;
  }
}

/** The key of a term at a prefix length: its first `length` characters (code points). */
export function shardKey(term: string, length: number): string {
  return [...term].slice(0, length).join('');
}

/** Groups sorted terms by key, splitting groups over the target size by one more character. */
function splitShards(terms: string[], encoded: Map<string, string>, length: number): { key: string; terms: string[] }[] {
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
