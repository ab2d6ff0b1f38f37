/**
 * Converts one page file (its name and bytes) into the Markdown file that will hold it: picks the converter by
 * extension, gives the article a title (the page's, else one made from the file name) and a slug for its file
 * name, and writes the frontmatter. Pure: bytes in, text out; never throws on content.
 */
import { slugify, titleFromPath } from '../parse/slug.js';
import { articleFileText } from './frontmatter-writer.js';
import { convertHtmlPage } from './html-page.js';
import { isRefusal, oneLine, type ConversionResult } from './imported-article.js';
import { decodePage } from './page-text.js';
import { convertTextPage } from './text-page.js';

/** The file kinds folio imports, by extension. */
export const IMPORTABLE = /\.(?:txt|html?)$/i;
const HTML = /\.html?$/i;

/** Pages larger than this are not web pages worth converting (saved pages with images inlined can be large). */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;
/** File names are cut to this many characters (at a dash), so they stay readable and portable. */
const MAX_NAME_LENGTH = 80;

export type ConvertedPage =
  | { kind: 'converted'; slug: string; title: string; text: string; notes: string[] }
  | { kind: 'refused'; reason: string; notes: string[] };

/** Converts the page `fileName` (a base name, used for the extension and the `source` field) with content `bytes`. */
export function convertPage(fileName: string, bytes: Uint8Array): ConvertedPage {
  if (/\.(?:md|markdown)$/i.test(fileName))
    return { kind: 'refused', reason: 'already Markdown: copy it into the archive as it is', notes: [] };
  if (!IMPORTABLE.test(fileName))
    return { kind: 'refused', reason: 'not a page folio imports (.txt, .html or .htm)', notes: [] };
  if (bytes.length > MAX_PAGE_BYTES)
    return { kind: 'refused', reason: `larger than ${MAX_PAGE_BYTES / 1024 / 1024} MiB`, notes: [] };
  const html = HTML.test(fileName);
  const decoded = decodePage(bytes, html);
  if ('refused' in decoded) return { kind: 'refused', reason: decoded.refused, notes: [] };
  const notes = decoded.note ? [decoded.note] : [];

  let result: ConversionResult;
  try {
    result = html ? convertHtmlPage(decoded.text) : convertTextPage(decoded.text);
  } catch (error) {
    // A converter bug costs this page, not the run.
    const reason =
      error instanceof RangeError
        ? 'too deeply nested to convert'
        : `could not be converted (${error instanceof Error ? error.message : String(error)})`;
    return { kind: 'refused', reason, notes };
  }
  if (isRefusal(result)) return { kind: 'refused', reason: result.refused, notes };

  const baseName = fileName.replace(IMPORTABLE, '');
  const title = result.title || oneLine(titleFromPath(`${baseName}.md`)) || 'Untitled';
  const slug = fileSlug(title) || fileSlug(baseName) || 'article';
  return { kind: 'converted', slug, title, text: articleFileText(result, title, oneLine(fileName)), notes };
}

/** Names Windows reserves for devices: an archive synced to a Windows machine could not hold `con.md`. */
const RESERVED_NAMES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** A slug short enough for a file name (cut at the last dash before the limit) and usable on every system. */
export function fileSlug(text: string): string {
  let slug = slugify(text);
  if ([...slug].length > MAX_NAME_LENGTH) {
    const cut = [...slug].slice(0, MAX_NAME_LENGTH).join('');
    const dash = cut.lastIndexOf('-');
    slug = dash > MAX_NAME_LENGTH / 2 ? cut.slice(0, dash) : cut;
  }
  return RESERVED_NAMES.test(slug) ? `${slug}-article` : slug;
}
