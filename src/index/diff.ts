/**
 * Compares what is on disk with what the index saw last time. Pure: two lists in, four lists out.
 */
import type { ScannedFile } from '../archive/scan.js';

/** What the index recorded of a file at the last refresh. */
export interface IndexedFile {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface IndexDiff {
  added: ScannedFile[];
  /** Size or modification time differ: the content may have changed (the hash decides). */
  changed: { file: ScannedFile; previous: IndexedFile }[];
  removed: IndexedFile[];
  unchanged: ScannedFile[];
}

/** Diffs scanned files against indexed ones, matching them by path. Neither list needs to be sorted. */
export function diffFiles(scanned: readonly ScannedFile[], indexed: readonly IndexedFile[]): IndexDiff {
  const previousByPath = new Map(indexed.map((file) => [file.path, file]));
  const diff: IndexDiff = { added: [], changed: [], removed: [], unchanged: [] };
  for (const file of scanned) {
    const previous = previousByPath.get(file.path);
    if (!previous) diff.added.push(file);
    else {
      previousByPath.delete(file.path);
      if (previous.size === file.size && previous.mtimeMs === file.mtimeMs) diff.unchanged.push(file);
      else diff.changed.push({ file, previous });
    }
  }
  diff.removed = [...previousByPath.values()];
  return diff;
}

/** Whether a refresh has anything to write. */
export function isEmptyDiff(diff: IndexDiff): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0;
}
