/**
 * Which files of the root are not articles: dot-folders, `node_modules`, folders holding a folio export, and the
 * gitignore-style patterns of `<root>/.folioignore` and the config's `ignore` list.
 */
import ignore, { type Ignore } from 'ignore';

/** Name of the marker file `folio export html` leaves in its output folder, so scans skip exported sites. */
export const EXPORT_MARKER = '.folio-site';

/** Folders never scanned, whatever the ignore files say. */
export const BUILT_IN_IGNORES = ['**/node_modules/**', '**/.*/**'];

/** Builds a matcher from gitignore-syntax lines; blank lines and `#` comments are skipped. */
export function ignoreMatcher(patternLines: string[]): (relativePath: string) => boolean {
  const lines = patternLines.map((line) => line.replace(/\r$/, '')).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines.length === 0) return () => false;
  const matcher: Ignore = ignore().add(lines);
  return (relativePath) => matcher.ignores(relativePath);
}
