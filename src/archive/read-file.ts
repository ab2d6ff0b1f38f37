/**
 * Reads one article file from disk and parses it. Content never makes this throw: binary files, bad encodings
 * and oversized files become Problems; only the article is returned when there is one to index.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle } from '../model/article.js';
import { problem, type Problem } from '../model/problem.js';
import { parseArticle, type ParseOptions } from '../parse/article.js';
import { decodeText } from './decode.js';

/** Articles larger than this are indexed from their first part only. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export interface ReadResult {
  parsed: ParsedArticle | null;
  problems: Problem[];
  /** Content hash of the bytes read, to recognise a file touched but not changed. */
  hash: string;
  size: number;
  mtimeMs: number;
}

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

/** Hashes file content; cheap enough to run on every changed file. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

/** Parses bytes already read from `path` into an article and its problems. */
export function parseArticleBytes(path: string, bytes: Uint8Array, size: number, options: ParseOptions): Pick<ReadResult, 'parsed' | 'problems'> {
  // A cut file ends at its last whole line, so no multi-byte character is split.
  const truncated = size > bytes.length;
  const decoded = decodeText(truncated ? bytes.subarray(0, Math.max(0, bytes.lastIndexOf(10))) : bytes);
  if (decoded.kind === 'binary') {
    return { parsed: null, problems: [problem(path, 'error', 'binary file (not text); not indexed')] };
  }
  const problems: Problem[] = [];
  if (decoded.note) problems.push(problem(path, decoded.kind === 'utf8' ? 'warning' : 'error', decoded.note));
  const text = decoded.text;
  if (truncated) {
    problems.push(problem(path, 'warning', `file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB; only the first ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB is indexed`));
  }
  const result = parseArticle(path, text, options);
  return { parsed: result.parsed, problems: [...problems, ...result.problems] };
}
