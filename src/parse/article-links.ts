/**
 * Links between articles: the archive file a relative link in an article's body points to. One reading of
 * links for `check` (which reports the broken ones) and for the site export (which points them at pages).
 */
import { posix } from 'node:path';

const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
const MEDIA_FILE = /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|svg|mp3|m4a|ogg|oga|opus|wav|flac|mp4|m4v|webm|ogv|pdf)$/i;

/** Whether a path names a picture, a sound, a video or a PDF: the files articles show or offer for download. */
export function isMediaFile(path: string): boolean {
  return MEDIA_FILE.test(path);
}

/** Whether a path names a Markdown file: an article, when the archive holds it. */
export function isArticleFile(path: string): boolean {
  return MARKDOWN_FILE.test(path);
}

export interface LinkedFile {
  /** The linked file, relative to the archive root; it starts with `../` when the link leads out of the archive. */
  path: string;
  /** The `#fragment` of the link, or ''. */
  fragment: string;
}

/**
 * The Markdown file a link in the article at `fromPath` points to, or null when the link is not a relative link
 * to a Markdown file (a web address, an anchor, a path from the site root, an image).
 */
export function linkedArticle(fromPath: string, href: string): LinkedFile | null {
  const linked = linkedFile(fromPath, href);
  return linked && isArticleFile(linked.path) ? linked : null;
}

/**
 * The file of the archive a relative link or image source in the article at `fromPath` points to, whatever its
 * type, or null for a web address, an anchor alone or a path from the site root. The query is dropped.
 */
export function linkedFile(fromPath: string, href: string): LinkedFile | null {
  const hash = href.indexOf('#');
  const fragment = hash === -1 ? '' : href.slice(hash);
  const file = href.replace(/[#?].*$/s, '');
  if (file === '' || HAS_SCHEME.test(file) || file.startsWith('/')) return null;
  let decoded = file;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // A malformed escape is kept as written; it names no file either way.
  }
  return { path: posix.normalize(posix.join(posix.dirname(fromPath), decoded)), fragment };
}
