/**
 * Reads an article's body back from its file, for renderers: the index keeps metadata and search text, not
 * the Markdown. Decoding and frontmatter splitting are the same as when the file was indexed. Never throws:
 * a file that vanished or became unreadable gives an empty body and a problem.
 */
import { problem, type Problem } from '../model/problem.js';
import { splitFrontmatter } from '../parse/frontmatter.js';
import { decodeText } from './decode.js';
import { readArticleBytes } from './read-file.js';

export interface ArticleBody {
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  problems: Problem[];
}

/**
 * Reads the body of the article at `path` (relative to `root`). With `bodyLine` (known from the index), the
 * body is cut at that line and the frontmatter is not parsed again.
 */
export function readArticleBody(root: string, path: string, bodyLine?: number): ArticleBody {
  let raw: ReturnType<typeof readArticleBytes>;
  try {
    raw = readArticleBytes(root, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { body: '', bodyLine: 1, problems: [problem(path, 'error', `cannot read file (${code}); exported without its body`)] };
  }
  // A file cut at the size limit ends at its last whole line, as when it was indexed.
  const bytes = raw.size > raw.bytes.length ? raw.bytes.subarray(0, Math.max(0, raw.bytes.lastIndexOf(10))) : raw.bytes;
  const decoded = decodeText(bytes);
  if (decoded.kind === 'binary') return { body: '', bodyLine: 1, problems: [problem(path, 'error', 'binary file (not text); exported without its body')] };
  if (bodyLine !== undefined) return { body: fromLine(decoded.text, bodyLine), bodyLine, problems: [] };
  const split = splitFrontmatter(decoded.text);
  return { body: split.body, bodyLine: split.bodyLine, problems: [] };
}

/** The text from 1-based line `line` on ('' when the text has fewer lines). */
function fromLine(text: string, line: number): string {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return '';
    offset = newline + 1;
  }
  return text.slice(offset);
}
