/**
 * Reads an article's body back from its file, for the exports: the index keeps metadata and search text, not
 * the Markdown. Decoding and frontmatter splitting are the same as when the file was indexed, but the whole
 * file is read (up to MAX_EXPORTED_ARTICLE_BYTES, not the index's limit): an export carries the whole article,
 * and says so when a file is too large even for that. Never throws: a file that vanished or became unreadable
 * gives an empty body and a problem.
 */
import { problem, type Problem } from '../model/problem.js';
import { splitFrontmatter } from '../parse/frontmatter.js';
import { decodeText } from './decode.js';
import { isCut, MAX_EXPORTED_ARTICLE_BYTES, readArticleBytes, textFromLine, wholeLines } from './read-bytes.js';

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
export function readArticleBody(root: string, path: string, bodyLine?: number, limit = MAX_EXPORTED_ARTICLE_BYTES): ArticleBody {
  let read: ReturnType<typeof readArticleBytes>;
  try {
    read = readArticleBytes(root, path, limit);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { body: '', bodyLine: 1, problems: [problem(path, 'error', `cannot read file (${code}); exported without its body`)] };
  }
  const decoded = decodeText(wholeLines(read));
  if (decoded.kind === 'binary') return { body: '', bodyLine: 1, problems: [problem(path, 'error', 'binary file (not text); exported without its body')] };
  const problems: Problem[] = [];
  if (isCut(read)) {
    const lines = countLines(decoded.text);
    problems.push(problem(path, 'warning', `file is larger than ${limit / 1024 / 1024} MiB: exported up to line ${lines} of it, the rest is left out`));
  }
  if (bodyLine !== undefined) return { body: textFromLine(decoded.text, bodyLine), bodyLine, problems };
  const split = splitFrontmatter(decoded.text);
  return { body: split.body, bodyLine: split.bodyLine, problems };
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
