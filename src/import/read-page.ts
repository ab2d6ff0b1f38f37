/**
 * Reads one page file and converts it: the part of an import that needs no knowledge of the archive, so it can
 * run on a worker thread. Never throws: an unreadable, oversized or unconvertible page is a refusal.
 */
import { readFileSync, statSync } from 'node:fs';
import { convertPage, MAX_PAGE_BYTES, type ConvertedPage } from './convert-page.js';

/** Reads and converts the page file at `path` (absolute), named `name`. */
export function readAndConvertPage(path: string, name: string): ConvertedPage {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_PAGE_BYTES)
      return { kind: 'refused', reason: `larger than ${MAX_PAGE_BYTES / 1024 / 1024} MiB`, notes: [] };
    bytes = readFileSync(path);
  } catch (error) {
    return {
      kind: 'refused',
      reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      notes: [],
    };
  }
  return convertPage(name, bytes);
}
