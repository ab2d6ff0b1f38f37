/**
 * Reads the source of one indexed article for reading it: the bytes as they are on disk, and the Markdown body
 * decoded, after its frontmatter. Failures are FolioErrors naming the file; content never throws.
 */
import { FolioError } from '../model/errors.js';
import { decodeText } from './decode.js';
import { readArticleBytes, textFromLine, wholeLines } from './read-bytes.js';

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
  let read: ReturnType<typeof readArticleBytes>;
  try {
    read = readArticleBytes(root, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file (it was removed since the index was refreshed)' : `cannot read it (${code ?? String(error)})`;
    throw new FolioError(`${path}: ${reason}`, 2, { cause: error });
  }
  const decoded = decodeText(wholeLines(read));
  if (decoded.kind === 'binary') throw new FolioError(`${path}: binary file (not text)`, 2);
  return { bytes: read.bytes, text: decoded.text, body: textFromLine(decoded.text, bodyLine) };
}
