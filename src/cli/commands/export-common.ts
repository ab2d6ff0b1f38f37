/**
 * What both export commands need from the command line: the base URL checked and normalised, and sizes for
 * their summary lines.
 */
import { UsageError } from '../../model/errors.js';

/** Checks a base URL (http or https) and gives it a trailing slash; null when none was given. */
export function toBaseUrl(value: string | undefined, source: string): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`${source} ${value}: not a URL (expected something like https://example.org/blog/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${source} ${value}: expected an http or https URL`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** `1536` → `1.5 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

