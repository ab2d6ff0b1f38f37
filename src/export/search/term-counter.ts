/**
 * Counts the search terms of articles on the thread that renders them, and names each term by a number. A
 * counter reports each term's text once, with the first article that holds it; after that the article carries
 * only numbers. Hashing every word of every article on the main thread (millions of strings arriving from
 * other threads) cost more than a second of a 10,000-article export; numbers are looked up in an array.
 *
 * Numbers belong to a dictionary. The main thread learns a dictionary's terms in the order the counter
 * reported them, so the articles of one counter must reach it in the order they were counted (a worker's
 * messages do). A counter starts a new dictionary when its own grows too large, so a worker's memory stays
 * bounded however many distinct words an archive holds.
 */
import { FIELD_AUTHOR, FIELD_TAG, FIELD_TITLE } from './field-bits.js';
import { fastSearchWords, MAX_TERM_LENGTH } from './terms.js';

const WEIGHT_TITLE = 3;
const WEIGHT_NAME = 2;
/** Terms a dictionary may hold before its counter starts another (then, with the next article). */
const DICTIONARY_TERMS = 500_000;
/** Dictionaries one counter may start; numbers are `namespace × this + how many it started before`. */
const DICTIONARIES_PER_COUNTER = 1 << 20;

/** One article's terms, by number, with their weighted frequency and field mask. */
export interface DocTerms {
  /** The dictionary the numbers belong to: unique within the process. */
  dictionary: number;
  /** Terms first seen in this article, joined by newlines; they take the next numbers of the dictionary. */
  newTerms: string;
  /** The article's distinct terms, by number. */
  ids: Uint32Array;
  /** Per term: weighted frequency × 8 + field mask. */
  values: Uint32Array;
  /** The article's length in weighted terms. */
  length: number;
}

/** The fields of an article that are searched. */
export interface SearchFields {
  title: string;
  tags: string[];
  authors: string[];
  summary: string;
  text: string;
}

/** Counts articles' terms against a dictionary of its own; one per thread. */
export class TermCounter {
  private dictionary: number;
  private ids = new Map<string, number>();
  private fresh: string[] = [];
  // Per term number: its value in the article being counted, and the last article that touched it.
  private values = new Uint32Array(1024);
  private seenIn = new Int32Array(1024).fill(-1);
  private articles = 0;

  /**
   * `namespace` makes dictionary numbers unique between counters (a thread's id); `dictionaryTerms` is how
   * many terms a dictionary may hold before the counter starts another.
   */
  constructor(namespace: number, private readonly dictionaryTerms = DICTIONARY_TERMS) {
    this.dictionary = namespace * DICTIONARIES_PER_COUNTER;
  }

  /**
   * Counts an article's terms. The terms it reports are taken as known to the receiver, so call this last in
   * a job, when nothing can fail before its result is sent.
   */
  count(fields: SearchFields): DocTerms {
    if (this.ids.size >= this.dictionaryTerms) this.restart();
    const article = this.articles++;
    const touched: number[] = [];
    let length = 0;
    const add = (text: string, weight: number, mask: number) => {
      for (const term of fastSearchWords(text)) {
        if (term.length > MAX_TERM_LENGTH) continue;
        let id = this.ids.get(term);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(term, id);
          this.fresh.push(term);
          if (id === this.values.length) this.grow();
        }
        if (this.seenIn[id] !== article) {
          this.seenIn[id] = article;
          this.values[id] = 0;
          touched.push(id);
        }
        this.values[id] = (this.values[id]! + weight * 8) | mask;
        length += weight;
      }
    };
    add(fields.title, WEIGHT_TITLE, FIELD_TITLE);
    for (const tag of fields.tags) add(tag, WEIGHT_NAME, FIELD_TAG);
    for (const author of fields.authors) add(author, WEIGHT_NAME, FIELD_AUTHOR);
    add(fields.summary, 1, 0);
    add(fields.text, 1, 0);

    const ids = Uint32Array.from(touched);
    const values = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) values[i] = this.values[ids[i]!]!;
    const newTerms = this.fresh.join('\n');
    this.fresh = [];
    return { dictionary: this.dictionary, newTerms, ids, values, length };
  }

  private grow(): void {
    const values = new Uint32Array(this.values.length * 2);
    values.set(this.values);
    const seenIn = new Int32Array(this.seenIn.length * 2).fill(-1);
    seenIn.set(this.seenIn);
    this.values = values;
    this.seenIn = seenIn;
  }

  private restart(): void {
    this.dictionary++;
    if (this.dictionary % DICTIONARIES_PER_COUNTER === 0) throw new Error('too many search dictionaries on one thread');
    this.ids = new Map();
    this.fresh = [];
    this.values = new Uint32Array(1024);
    this.seenIn = new Int32Array(1024).fill(-1);
  }
}
