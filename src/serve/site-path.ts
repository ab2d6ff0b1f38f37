/**
 * Turns the path of a request URL into a file of the site folder, or refuses it. Only plain paths inside the
 * site pass: the path is decoded once, and refused when it holds `..` or `.` segments (written or
 * percent-encoded), an encoded slash or backslash, a backslash, a NUL, or a malformed escape. A folder means its
 * `index.html`. The file found is then checked on disk with symbolic links resolved, so a link in the site that
 * points elsewhere is not followed out of it. Refusals and misses alike are "not found" to the client.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The site-relative path (with `/` separators) a URL path names, or null when it is refused. Pure. */
export function sitePathOf(urlPath: string): string | null {
  const query = urlPath.search(/[?#]/);
  const raw = query === -1 ? urlPath : urlPath.slice(0, query);
  if (!raw.startsWith('/') || raw.includes('\\') || /%(?:2f|5c|00)/i.test(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (/[\u0000-\u001f\\]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  // Empty segments (`//`) only at the end: `/tags/` names the folder.
  if (segments.slice(0, -1).some((segment) => segment === '')) return null;
  const path = segments.join('/');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface FoundFile {
  /** Absolute, symbolic links resolved. */
  file: string;
  /** The path named a folder without its trailing slash, and this is the folder's `index.html`. */
  folderIndex: boolean;
}

/**
 * The file that serves `sitePath` in the site folder `root` (whose symbolic links are resolved), or null when
 * there is none inside it. A folder without a trailing slash gives its `index.html`.
 */
export function siteFile(root: string, sitePath: string): FoundFile | null {
  const inside = (path: string) => path.startsWith(root.endsWith(sep) ? root : root + sep);
  const candidates = [join(root, ...sitePath.split('/'))];
  if (!sitePath.endsWith('index.html')) candidates.push(join(root, ...sitePath.split('/'), 'index.html'));
  for (const [index, candidate] of candidates.entries()) {
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      continue;
    }
    if (!inside(real)) return null;
    if (statSync(real).isFile()) return { file: real, folderIndex: index === 1 };
  }
  return null;
}
