/**
 * Writes posting lists in the form of postings.ts for the index builder, one term after another, digit by digit
 * into one reusable buffer: the index of a large archive holds millions of postings, and a string per digit
 * (as `encodePostings` makes) cost more than the rest of writing the shards. Kept apart from postings.ts,
 * which the browser's script includes.
 */
import { FINAL, MORE } from './postings.js';

const FINAL_CODES = Uint8Array.from(FINAL, (char) => char.charCodeAt(0));
const MORE_CODES = Uint8Array.from(MORE, (char) => char.charCodeAt(0));

export class PostingsWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private previous = -1;
  private readonly decoder = new TextDecoder();

  /** Adds a posting to the current list; articles must come in increasing order. */
  add(article: number, value: number): void {
    // Two numbers below 2^53 take at most 22 digits.
    if (this.length + 22 > this.bytes.length) {
      const bytes = new Uint8Array(this.bytes.length * 2);
      bytes.set(this.bytes);
      this.bytes = bytes;
    }
    this.writeNumber(article - this.previous - 1);
    this.writeNumber(value);
    this.previous = article;
  }

  /** The current list as text; the next posting starts a new list. */
  take(): string {
    const text = this.decoder.decode(this.bytes.subarray(0, this.length));
    this.length = 0;
    this.previous = -1;
    return text;
  }

  /** Writes a whole number ≥ 0: its last digit from FINAL, the digits before it from MORE. */
  private writeNumber(value: number): void {
    let digits = 1;
    for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32)) digits++;
    let at = this.length + digits - 1;
    this.bytes[at] = FINAL_CODES[value % 32]!;
    for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32))
      this.bytes[--at] = MORE_CODES[rest % 32]!;
    this.length += digits;
  }
}
