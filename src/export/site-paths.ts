/**
 * Where things live in an exported site and how pages link to each other. Every page is a folder with an
 * `index.html` (clean URLs); links between pages are relative and name the `index.html`, so the same folder
 * works from `file://` (where no server picks the index for a folder), from a site root and from a sub-path.
 * Absolute URLs (feeds, sitemap, canonical links) use the clean folder form under the base URL.
 */
import { slugify } from '../parse/slug.js';

/** Top-level folders the site uses itself; an article slug equal to one of them gets a suffix. */
export const RESERVED_DIRS = new Set(['assets', 'authors', 'media', 'page', 'search', 'tags']);

/** Names Windows refuses as file names, whatever the extension. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** File names longer than this many UTF-8 bytes are cut: most file systems stop at 255. */
const MAX_NAME_BYTES = 150;

/** A folder of the site, relative to its root: '' for the root, otherwise ending in '/'. */
export type SiteDir = string;

/** Reduces a name to a safe folder name: letters, digits and dashes, never empty, never reserved. */
export function safeName(text: string, fallback: string): string {
  let name = slugify(text) || fallback;
  const encoder = new TextEncoder();
  if (encoder.encode(name).length > MAX_NAME_BYTES) {
    const chars = [...name];
    while (encoder.encode(chars.join('')).length > MAX_NAME_BYTES) chars.pop();
    name = chars.join('').replace(/-+$/, '') || fallback;
  }
  return WINDOWS_DEVICE.test(name) ? `${name}-page` : name;
}

/** Hands out distinct names: the second `x` becomes `x-2`, and so on. */
export class NameRegistry {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.used.add(name);
  }
  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${name}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** The file of a folder's page. */
export function pageFile(dir: SiteDir): string {
  return `${dir}index.html`;
}

/** The relative URL from a page in `fromDir` to the site file `target` (e.g. `tags/x/index.html`). */
export function relativeUrl(fromDir: SiteDir, target: string): string {
  const depth = fromDir === '' ? 0 : fromDir.split('/').length - 1;
  const url = '../'.repeat(depth) + encodePath(target);
  return url === '' ? './' : url;
}

/** The absolute, clean URL of a folder under `baseUrl` (which ends with '/'). */
export function absoluteUrl(baseUrl: string, dir: SiteDir): string {
  return baseUrl + encodePath(dir);
}

/** Percent-encodes each segment of a site path, keeping the slashes. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
