/**
 * Slugs: short, URL-safe names for articles. Latin accents are folded (`Élection` → `election`), other letters
 * are kept as they are (Cyrillic and CJK slugs stay readable), everything else becomes a single dash.
 */
import { fold } from './fold.js';

const NOT_SLUG = /[^\p{L}\p{N}\p{M}]+/gu;
const JEKYLL_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;
const MARKDOWN_EXTENSION = /\.(?:md|markdown)$/i;
const MAX_SLUG_LENGTH = 120;

/** Reduces free text to a slug; returns '' when nothing usable is left. */
export function slugify(text: string): string {
  const slug = fold(text)
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
    .replace(/ł/g, 'l')
    .replace(NOT_SLUG, '-')
    .replace(/^-+|-+$/g, '');
  return [...slug].slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '');
}

/**
 * Derives a slug from an article's relative path: the file name without extension or Jekyll date prefix;
 * for a page bundle (`posts/my-post/index.md`) the folder's name.
 */
export function slugFromPath(path: string): string {
  const parts = path.split('/');
  let name = (parts.at(-1) ?? '').replace(MARKDOWN_EXTENSION, '');
  if ((name.toLowerCase() === 'index' || name.toLowerCase() === '_index') && parts.length > 1) name = parts.at(-2)!;
  const withoutDate = name.replace(JEKYLL_DATE_PREFIX, '');
  return slugify(withoutDate) || slugify(name) || 'article';
}

/** Turns a file name into a readable title: `2020-01-02-my-first-post.md` → `My first post`. */
export function titleFromPath(path: string): string {
  const parts = path.split('/');
  let name = (parts.at(-1) ?? '').replace(MARKDOWN_EXTENSION, '');
  if ((name.toLowerCase() === 'index' || name.toLowerCase() === '_index') && parts.length > 1) name = parts.at(-2)!;
  const words = name.replace(JEKYLL_DATE_PREFIX, '').replace(/[-_]+/g, ' ').trim() || name;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
