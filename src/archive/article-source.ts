/**
 * Reads the source of one indexed article for reading it: the bytes as they are on disk, and the Markdown body
 * decoded, after its frontmatter. Failures are FolioErrors naming the file; content never throws.
 */
import { FolioError } from '../model/errors.js';
import { decodeText } from './decode.js';
import { readArticleBytes } from './read-bytes.js';

export interface ArticleSource {
  /** The file's bytes (its first 16 MiB at most, as the index reads it). */
  bytes: Uint8Array;
  /** The whole file as text (newlines normalised). */
  text: string;
  /** The Markdown after the frontmatter. */
  body: string;
}

/**
 * Reads the article at `path` (relative to `root`), whose body starts at line `bodyLine` (as the index recorded
 * when it last read the file, which a refresh has just checked), so the frontmatter need not be parsed again.
 */
export function readArticleSource(root: string, path: string, bodyLine: number): ArticleSource {
  let bytes: Uint8Array;
  try {
    bytes = readArticleBytes(root, path).bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file (it was removed since the index was refreshed)' : `cannot read it (${code ?? String(error)})`;
    throw new FolioError(`${path}: ${reason}`, 2, { cause: error });
  }
  const decoded = decodeText(bytes);
  if (decoded.kind === 'binary') throw new FolioError(`${path}: binary file (not text)`, 2);
  return { bytes, text: decoded.text, body: fromLine(decoded.text, bodyLine) };
}

/** The text from 1-based line `line` on. */
function fromLine(text: string, line: number): string {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return '';
    offset = newline + 1;
  }
  return text.slice(offset);
}
