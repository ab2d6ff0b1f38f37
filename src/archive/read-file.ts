/**
 * Reads one article file from disk and parses it. Content never makes this throw: binary files, bad encodings
 * and oversized files become Problems; only the article is returned when there is one to index.
 */
import { createHash } from 'node:crypto';
import type { ParsedArticle } from '../model/article.js';
import { problem, type Problem } from '../model/problem.js';
import { parseArticle, type ParseOptions } from '../parse/article.js';
import { decodeText } from './decode.js';

import { MAX_ARTICLE_BYTES } from './read-bytes.js';

export { MAX_ARTICLE_BYTES, readArticleBytes } from './read-bytes.js';

export interface ReadResult {
  parsed: ParsedArticle | null;
  problems: Problem[];
  /** Content hash of the bytes read, to recognise a file touched but not changed. */
  hash: string;
  size: number;
  mtimeMs: number;
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
