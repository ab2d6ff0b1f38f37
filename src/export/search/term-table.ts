/**
 * Numbers distinct terms in the order they are first seen. A word can be looked up straight from the text it
 * is in, lower-cased on the way, so the words of an article that are already known (nearly all of them) never
 * become strings: making a string of every word and hashing it in a Map was most of the cost of counting.
 */

const EMPTY = 0;

/** ASCII upper case → lower case; other code units unchanged. */
function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

export class TermTable {
  /** A term's hash: 32-bit FNV-1a over its UTF-16 code units, from SEED, one `step` a unit. */
  static readonly SEED = 0x811c9dc5 | 0;
  static step(hash: number, code: number): number {
    return Math.imul(hash ^ code, 0x01000193);
  }

  readonly terms: string[] = [];
  private hashes = new Int32Array(1024);
  /** Every term's code units, one after another (term n from `starts[n]` to `starts[n + 1]`): compared in place. */
  private units = new Uint16Array(8192);
  private starts = new Int32Array(1025);
  /** Open addressing: term number + 1, or EMPTY. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.terms.length;
  }

  /**
   * The number of `text[start, end)`, plain ASCII, with its letters lower-cased, adding it when new; `hash` is
   * the hash of the lower-cased word, worked out by the caller as it found the word.
   */
  idOfAscii(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot]!;
      if (found === EMPTY) return this.insert(text.slice(start, end).toLowerCase(), hash, slot);
      const id = found - 1;
      if (this.hashes[id] === hash && this.sameSlice(id, text, start, end)) return id;
    }
  }

  /** The number of `term` as it is, adding it when new. */
  idOf(term: string): number {
    let hash = TermTable.SEED;
    for (let i = 0; i < term.length; i++) hash = TermTable.step(hash, term.charCodeAt(i));
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot]!;
      if (found === EMPTY) return this.insert(term, hash, slot);
      const id = found - 1;
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  /** Whether term `id` is `text[start, end)` with ASCII letters lower-cased. */
  private sameSlice(id: number, text: string, start: number, end: number): boolean {
    const from = this.starts[id]!;
    if (this.starts[id + 1]! - from !== end - start) return false;
    for (let i = start; i < end; i++) if (this.units[from + i - start] !== lower(text.charCodeAt(i))) return false;
    return true;
  }

  private insert(term: string, hash: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    const from = this.starts[id]!;
    if (id + 1 === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[id + 1] = from + term.length;
    if (from + term.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, from + term.length));
      units.set(this.units);
      this.units = units;
    }
    for (let i = 0; i < term.length; i++) this.units[from + i] = term.charCodeAt(i);
    // At most half full, so that probes stay short.
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}
