/**
 * Article ids: the name a script or a search engine keys an article on. An id is made from the article's path
 * alone, so it is the same on every run and on every machine, whatever else the archive holds, and it changes
 * only when the file is moved or renamed. It is made only of ASCII letters, digits, `-` and `_`, as search
 * engines require of document ids (Meilisearch, Typesense, Elasticsearch's URLs), and two paths never give the
 * same id:
 *
 * - the path's `.md` extension is left out (`posts/hello.md` → `posts__hello`), any other extension is kept
 *   and marked by a final `_` (`posts/hello.markdown` → `posts__hello_2emarkdown_`);
 * - letters, digits and `-` stay as they are; `/` is written `__`; every other character is written as its UTF-8
 *   bytes, each as `_` and two lower-case hex digits (`_` → `_5f`, `.` → `_2e`, `é` → `_c3_a9`).
 *
 * Read from the left, `__` is always a `/` and `_` with two hex digits always a byte, so the id spells out the
 * path and nothing else; an id from an `.md` path never ends in a lone `_`, so the two kinds never meet.
 * An id longer than MAX_ID_LENGTH is cut, at the end of a character, to ID_CUT and ends in `_z` (never written
 * otherwise, since `z` is not a hex digit) and a hash of the whole path.
 */
import { createHash } from 'node:crypto';

/**
 * The longest id: under the 511 bytes Meilisearch and the 512 Elasticsearch allow. A path of 54 Chinese characters
 * (nine bytes written each) still fits whole.
 */
export const MAX_ID_LENGTH = 480;
/** Where a longer id is cut, before `_z` and its 32-digit hash. */
const ID_CUT = 400;

const KEPT = /[A-Za-z0-9-]/;
const encoder = new TextEncoder();

/** The id of the article at `path` (relative to the archive, `/` separators). */
export function articleId(path: string): string {
  const plain = path.endsWith('.md');
  const id = encodePath(plain ? path.slice(0, -'.md'.length) : path) + (plain ? '' : '_');
  if (id.length <= MAX_ID_LENGTH) return id;
  let cut = ID_CUT;
  // Back to the start of an escape: `_xx` or `__`, so the cut never leaves half of one.
  while (cut > 0 && !startsCharacter(id, cut)) cut--;
  return `${id.slice(0, cut)}_z${createHash('sha256').update(path).digest('hex').slice(0, 32)}`;
}

function encodePath(path: string): string {
  let id = '';
  for (const char of path) {
    if (KEPT.test(char)) id += char;
    else if (char === '/') id += '__';
    else for (const byte of encoder.encode(char)) id += `_${byte.toString(16).padStart(2, '0')}`;
  }
  return id;
}

/** Whether position `at` of an encoded id is where a character of the path starts. */
function startsCharacter(id: string, at: number): boolean {
  // Walks from the start: escapes have fixed widths, so this is the only sure way to know the boundaries.
  let position = 0;
  while (position < at) {
    if (id[position] !== '_') position++;
    else position += id[position + 1] === '_' ? 2 : 3;
  }
  if (position !== at) return false;
  // A character of several bytes is several escapes: cut only before its first byte (not 10xxxxxx).
  if (id[at] === '_' && id[at + 1] !== '_') {
    const byte = Number.parseInt(id.slice(at + 1, at + 3), 16);
    return (byte & 0xc0) !== 0x80;
  }
  return true;
}
