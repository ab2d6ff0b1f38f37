/**
 * Reads an indexed article's file back for the commands that need its Markdown (the index keeps metadata and
 * search text, not the Markdown), decoded as it was when indexed. Two readers for two needs:
 *
 * - `readArticleToShow`, for `show` and `edit`: the bytes as on disk and the text, up to the index's limit, so
 *   what is shown is what was indexed and searched; a file that vanished or became unreadable is an error naming
 *   it (the user asked for this article).
 * - `readArticleToExport`, for the exports: the whole file, up to MAX_EXPORTED_ARTICLE_BYTES (an export carries
 *   the whole article, and says where it cut a larger one); never throws: a file it cannot read gives an empty
 *   body and a problem, and the export goes on.
 */
import { FolioError } from '../model/errors.js';
import { problem, type Problem } from '../model/problem.js';
import { splitFrontmatter } from '../parse/frontmatter.js';
import { decodeText } from './decode.js';
import {
  isCut,
  MAX_EXPORTED_ARTICLE_BYTES,
  readArticleBytes,
  textFromLine,
  wholeLines,
  type ArticleBytes,
} from './read-bytes.js';

export interface ArticleSource {
  /** The file's bytes (its first 16 MiB at most, as the index reads it). */
  bytes: Uint8Array;
  /** The whole file as text (newlines normalised). */
  text: string;
  /** The Markdown after the frontmatter. */
  body: string;
}

export interface ArticleBody {
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  problems: Problem[];
}

/** The file read and decoded, or why it could not be. */
type ArticleText =
  | { read: ArticleBytes; text: string }
  | { failure: 'unreadable'; error: NodeJS.ErrnoException }
  | { failure: 'binary' };

/**
 * Reads the article at `path` (relative to `root`), whose body starts at line `bodyLine` (as the index recorded
 * when it last read the file, which a refresh has just checked), so the frontmatter need not be parsed again.
 */
export function readArticleToShow(root: string, path: string, bodyLine: number): ArticleSource {
  const read = readArticleText(root, path);
  if ('failure' in read) {
    if (read.failure === 'binary') throw new FolioError(`${path}: binary file (not text)`, 2);
    const code = read.error.code;
    const reason =
      code === 'ENOENT'
        ? 'no such file (it was removed since the index was refreshed)'
        : `cannot read it (${code ?? String(read.error)})`;
    throw new FolioError(`${path}: ${reason}`, 2, { cause: read.error });
  }
  return { bytes: read.read.bytes, text: read.text, body: textFromLine(read.text, bodyLine) };
}

/**
 * Reads the body of the article at `path` (relative to `root`) for an export. With `bodyLine` (known from the
 * index), the body is cut at that line and the frontmatter is not parsed again.
 */
export function readArticleToExport(
  root: string,
  path: string,
  bodyLine?: number,
  limit = MAX_EXPORTED_ARTICLE_BYTES,
): ArticleBody {
  const read = readArticleText(root, path, limit);
  if ('failure' in read) {
    const why =
      read.failure === 'binary' ? 'binary file (not text)' : `cannot read file (${read.error.code ?? 'unreadable'})`;
    return { body: '', bodyLine: 1, problems: [problem(path, 'error', `${why}; exported without its body`)] };
  }
  const problems: Problem[] = [];
  if (isCut(read.read)) {
    const lines = countLines(read.text);
    problems.push(
      problem(
        path,
        'warning',
        `file is larger than ${limit / 1024 / 1024} MiB: exported up to line ${lines} of it, the rest is left out`,
      ),
    );
  }
  if (bodyLine !== undefined) return { body: textFromLine(read.text, bodyLine), bodyLine, problems };
  const split = splitFrontmatter(read.text);
  return { body: split.body, bodyLine: split.bodyLine, problems };
}

/** The file's first `limit` bytes (to the last whole line), decoded; a failure is a value. */
function readArticleText(root: string, path: string, limit?: number): ArticleText {
  let read: ArticleBytes;
  try {
    read = readArticleBytes(root, path, limit);
  } catch (error) {
    return { failure: 'unreadable', error: error as NodeJS.ErrnoException };
  }
  const decoded = decodeText(wholeLines(read));
  if (decoded.kind === 'binary') return { failure: 'binary' };
  return { read, text: decoded.text };
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
