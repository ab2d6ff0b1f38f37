/**
 * Which files of the root are not articles: dot-folders, `node_modules`, folders holding a folio export, and the
 * gitignore-style patterns of `<root>/.folioignore` and the config's `ignore` list.
 */
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';

// Loaded only when an archive has ignore patterns: most do not, and every command scans.
const require = createRequire(import.meta.url);

/** Name of the marker file `folio export html` leaves in its output folder, so scans skip exported sites. */
export const EXPORT_MARKER = '.folio-site';

/** Builds a matcher from gitignore-syntax lines; blank lines and `#` comments are skipped. */
export function ignoreMatcher(patternLines: string[]): (relativePath: string) => boolean {
  const lines = patternLines
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines.length === 0) return () => false;
  const ignore = require('ignore') as (options?: object) => Ignore;
  const matcher = ignore().add(lines);
  return (relativePath) => matcher.ignores(relativePath);
}
