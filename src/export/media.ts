/**
 * Files of the archive that articles show or link to (pictures, sound, video, PDFs). The site carries a copy of
 * each under `media/`, at its path in the archive, and the article's page points there, so `![](images/a.png)`
 * keeps working once the article lives at `<slug>/index.html`. Only regular files inside the archive, outside
 * hidden folders, of a type a browser shows without running anything are copied: never HTML, or anything reached
 * through a symbolic link. SVG pictures can carry script, so theirs is taken out as they are copied (see
 * svg-sanitise.ts).
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { scanOtherFiles } from '../archive/scan.js';
import {
  archiveNames,
  isMediaFile,
  linkedFile,
  namedLink,
  resolveNamedLink,
  type ArchiveNames,
} from '../parse/article-links.js';

/** The site folder the copies go to. */
export const MEDIA_DIR = 'media';

/** A picture a browser opens as a page can run its script: SVG is copied sanitised. */
export const SVG_FILE = /\.svg$/i;

/** Larger files are left out of the site: an archive of articles is not a video library. */
export const MAX_MEDIA_BYTES = 100 * 1024 * 1024;

/** A file an article refers to, found in the archive. */
export interface MediaFile {
  /** Relative to the archive root, `/` separators; the copy goes to `media/<path>`. */
  path: string;
  /** The reference's `#fragment` (a PDF's `#page=2`), or ''. */
  fragment: string;
}

/** A file of the archive that the site does not carry, though the article refers to it. */
export interface RefusedMedia {
  refused: string;
}

/**
 * Finds the archive file a relative reference (or a wikilink naming a file) points to, when the site should carry a copy of it; says why not
 * when the file is there but unsafe to serve.
 */
export type MediaFinder = (fromPath: string, href: string) => MediaFile | RefusedMedia | undefined;

/** Creates a finder for the archive at `root`; each file is checked once. */
export function createMediaFinder(root: string): MediaFinder {
  const real = realpathSync(root);
  const realRoot = real.endsWith(sep) ? real : real + sep;
  const checked = new Map<string, boolean>();
  const copyable = (path: string): boolean => {
    let known = checked.get(path);
    if (known === undefined) {
      known = isCopyable(root, realRoot, path);
      checked.set(path, known);
    }
    return known;
  };
  // Files found by name (an Obsidian embed), listed the first time a page asks for one.
  let others: ArchiveNames | undefined;
  return (fromPath, href) => {
    const named = namedLink(href);
    const linked = named
      ? resolveNamedLink(fromPath, named, (others ??= archiveNames(scanOtherFiles(root))))
      : linkedFile(fromPath, href);
    if (!linked || !isMediaFile(linked.path) || !copyable(linked.path)) return undefined;
    return linked;
  };
}

/** `realRoot` is the archive's real path, ending with a separator. */
function isCopyable(root: string, realRoot: string, path: string): boolean {
  const parts = path.split('/');
  // No way out of the archive, into a hidden folder (.folio, .git), or through characters a path must not hold.
  if (
    parts.some((part) => part === '' || part === '.' || part === '..' || part.startsWith('.')) ||
    /[\0-\x1f\x7f\\]/.test(path)
  )
    return false;
  try {
    const file = join(root, ...parts);
    const stats = lstatSync(file);
    if (!stats.isFile() || stats.size > MAX_MEDIA_BYTES) return false;
    // A folder on the way may be a link leading out of the archive.
    return realpathSync(file).startsWith(realRoot);
  } catch {
    return false;
  }
}
