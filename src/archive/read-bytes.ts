/**
 * Reads the bytes of one article file, at most MAX_ARTICLE_BYTES of them, and cuts what was read the same way
 * for every reader (the index, `show`, the exports), so they all see the same text. Kept apart from parsing, so
 * a command that only reads a file does not load the parsers.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Articles larger than this are indexed from their first part only. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

/**
 * Exports carry an article whole up to this size, past what the index reads, so that a long article is never cut
 * without a word; a larger file is cut at its last whole line before it and the export says where. Four times
 * the index's limit: a 64 MiB body, its text and its page still fit a render worker's 256 MB heap.
 */
export const MAX_EXPORTED_ARTICLE_BYTES = 64 * 1024 * 1024;

export interface ArticleBytes {
  /** The bytes read: the whole file, or its first MAX_ARTICLE_BYTES. */
  bytes: Buffer;
  /** The size of the whole file. */
  size: number;
  mtimeMs: number;
}

/** Reads the raw bytes of an article (at most `limit`), with the size and mtime seen while reading. */
export function readArticleBytes(root: string, path: string, limit = MAX_ARTICLE_BYTES): ArticleBytes {
  const fd = openSync(join(root, path), 'r');
  try {
    const stats = fstatSync(fd);
    const length = Math.min(stats.size, limit);
    const bytes = Buffer.allocUnsafe(length);
    let offset = 0;
    while (offset < length) {
      const read = readSync(fd, bytes, offset, length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: bytes.subarray(0, offset), size: stats.size, mtimeMs: stats.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** Whether only the first part of the file was read. */
export function isCut(read: { bytes: Uint8Array; size: number }): boolean {
  return read.size > read.bytes.length;
}

/** The bytes to decode: a file read only in part ends at its last whole line, so no character is split. */
export function wholeLines(read: { bytes: Uint8Array; size: number }): Uint8Array {
  return isCut(read) ? read.bytes.subarray(0, Math.max(0, read.bytes.lastIndexOf(10))) : read.bytes;
}

/** The text from 1-based line `line` on ('' when the text has fewer lines): an article's body, by the line the index recorded. */
export function textFromLine(text: string, line: number): string {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return '';
    offset = newline + 1;
  }
  return text.slice(offset);
}
