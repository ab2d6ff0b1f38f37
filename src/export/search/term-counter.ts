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
import { searchWords } from '../../query/words.js';
import { TermTable } from './term-table.js';

/** Longer words (a run of letters with no space, a pasted hash) are not indexed: nobody types them. */
export const MAX_TERM_LENGTH = 100;
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
  private table = new TermTable();
  /** How many of the table's terms were reported. */
  private reported = 0;
  // Per term number: its value in the article being counted, and the last article that touched it.
  private values = new Uint32Array(1024);
  private seenIn = new Int32Array(1024).fill(-1);
  private articles = 0;
  private article = 0;
  private touched: number[] = [];
  private length = 0;

  /**
   * `namespace` makes dictionary numbers unique between counters (a thread's id); `dictionaryTerms` is how
   * many terms a dictionary may hold before the counter starts another.
   */
  constructor(
    namespace: number,
    private readonly dictionaryTerms = DICTIONARY_TERMS,
  ) {
    this.dictionary = namespace * DICTIONARIES_PER_COUNTER;
  }

  /**
   * Counts an article's terms. The terms it reports are taken as known to the receiver, so call this last in
   * a job, when nothing can fail before its result is sent.
   */
  count(fields: SearchFields): DocTerms {
    if (this.table.size >= this.dictionaryTerms) this.restart();
    this.article = this.articles++;
    this.touched = [];
    this.length = 0;
    this.addText(fields.title, WEIGHT_TITLE, FIELD_TITLE);
    for (const tag of fields.tags) this.addText(tag, WEIGHT_NAME, FIELD_TAG);
    for (const author of fields.authors) this.addText(author, WEIGHT_NAME, FIELD_AUTHOR);
    this.addText(fields.summary, 1, 0);
    this.addText(fields.text, 1, 0);

    const ids = Uint32Array.from(this.touched);
    const values = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) values[i] = this.values[ids[i]!]!;
    const newTerms = this.table.terms.slice(this.reported).join('\n');
    this.reported = this.table.size;
    return { dictionary: this.dictionary, newTerms, ids, values, length: this.length };
  }

  /**
   * Counts the words of `text`: those `searchWords` finds. On plain ASCII lines (most of most archives) a word
   * is a run of letters and digits, lower-cased, looked up where it stands; other lines go through
   * `searchWords`. Lines can be taken apart because no word, and no run of an unspaced script, crosses a line
   * break.
   */
  private addText(text: string, weight: number, mask: number): void {
    let start = 0;
    while (start <= text.length) {
      NOT_PLAIN.lastIndex = start;
      const odd = NOT_PLAIN.exec(text);
      if (odd === null) {
        this.addAscii(text, start, text.length, weight, mask);
        return;
      }
      const lineStart = text.lastIndexOf('\n', odd.index) + 1;
      let lineEnd = text.indexOf('\n', odd.index);
      if (lineEnd === -1) lineEnd = text.length;
      if (lineStart > start) this.addAscii(text, start, lineStart, weight, mask);
      for (const word of searchWords(text.slice(lineStart, lineEnd))) {
        if (word.length <= MAX_TERM_LENGTH) this.addTerm(this.table.idOf(word), weight, mask);
      }
      start = lineEnd + 1;
    }
  }

  /** Counts the runs of ASCII letters and digits in `text[start, end)`, which is plain ASCII. */
  private addAscii(text: string, start: number, end: number, weight: number, mask: number): void {
    let run = -1;
    let hash = 0;
    for (let i = start; i <= end; i++) {
      const code = i < end ? text.charCodeAt(i) : 0;
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        if (run < 0) {
          run = i;
          hash = TermTable.SEED;
        }
        hash = TermTable.step(hash, code);
      } else if (code >= 0x41 && code <= 0x5a) {
        if (run < 0) {
          run = i;
          hash = TermTable.SEED;
        }
        hash = TermTable.step(hash, code + 0x20);
      } else if (run >= 0) {
        if (i - run <= MAX_TERM_LENGTH) this.addTerm(this.table.idOfAscii(text, run, i, hash), weight, mask);
        run = -1;
      }
    }
  }

  private addTerm(id: number, weight: number, mask: number): void {
    if (id >= this.values.length) this.grow();
    if (this.seenIn[id] !== this.article) {
      this.seenIn[id] = this.article;
      this.values[id] = 0;
      this.touched.push(id);
    }
    this.values[id] = (this.values[id]! + weight * 8) | mask;
    this.length += weight;
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
    this.table = new TermTable();
    this.reported = 0;
    this.values = new Uint32Array(1024);
    this.seenIn = new Int32Array(1024).fill(-1);
  }
}

/** Anything but tab, line feed and printable ASCII: a line holding one goes through `searchWords`. */
const NOT_PLAIN = /[^\t\n\x20-\x7e]/g;
