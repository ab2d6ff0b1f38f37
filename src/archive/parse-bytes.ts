/**
 * Parses the bytes read from one article file. Content never makes this throw: binary files, bad encodings
 * and oversized files become Problems; only the article is returned when there is one to index.
 */
import { createHash } from 'node:crypto';
import type { ParsedArticle } from '../model/article.js';
import { problem, type Problem } from '../model/problem.js';
import { parseArticle, type ParseOptions } from '../parse/article.js';
import { decodeText } from './decode.js';
import { isCut, MAX_ARTICLE_BYTES, MAX_EXPORTED_ARTICLE_BYTES, wholeLines } from './read-bytes.js';

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
export function parseArticleBytes(
  path: string,
  bytes: Uint8Array,
  size: number,
  options: ParseOptions,
): Pick<ReadResult, 'parsed' | 'problems'> {
  const read = { bytes, size };
  const decoded = decodeText(wholeLines(read));
  if (decoded.kind === 'binary') {
    return { parsed: null, problems: [problem(path, 'error', 'binary file (not text); not indexed')] };
  }
  const problems: Problem[] = [];
  if (decoded.note) problems.push(problem(path, decoded.kind === 'utf8' ? 'warning' : 'error', decoded.note));
  const text = decoded.text;
  if (isCut(read)) {
    const mib = (bytes: number) => `${bytes / 1024 / 1024} MiB`;
    const exported =
      read.size > MAX_EXPORTED_ARTICLE_BYTES
        ? `exports carry only its first ${mib(MAX_EXPORTED_ARTICLE_BYTES)}`
        : 'exports carry it whole';
    problems.push(
      problem(
        path,
        'warning',
        `file is larger than ${mib(MAX_ARTICLE_BYTES)}; only the first ${mib(MAX_ARTICLE_BYTES)} is indexed and searched (${exported})`,
      ),
    );
  }
  const result = parseArticle(path, text, options);
  // A section or template page is known to the index as a file (links to it are not broken) but is no article.
  if (result.notAnArticle) return { parsed: null, problems };
  return { parsed: result.parsed, problems: [...problems, ...result.problems] };
}
