/**
 * Reads the bytes of one article file, at most MAX_ARTICLE_BYTES of them: the first step of indexing a file and
 * of showing one. Kept apart from parsing, so a command that only reads a file does not load the parsers.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Articles larger than this are indexed from their first part only. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

/** Reads the raw bytes of an article (at most MAX_ARTICLE_BYTES), with the size and mtime seen while reading. */
export function readArticleBytes(root: string, path: string): { bytes: Buffer; size: number; mtimeMs: number } {
  const fd = openSync(join(root, path), 'r');
  try {
    const stats = fstatSync(fd);
    const length = Math.min(stats.size, MAX_ARTICLE_BYTES);
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
