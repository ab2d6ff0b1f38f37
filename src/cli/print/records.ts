/**
 * Machine-readable output: `json` (one array), `jsonl` (one object per line) and `paths` (one path per line,
 * for xargs). JSON escapes every control character (see render/safe-json.ts).
 */
import { safeJson } from '../../render/safe-json.js';
import { printablePath } from '../../archive/printable-path.js';

export type RecordFormat = 'json' | 'jsonl' | 'paths';

/**
 * Writes records in `format`, one call of `out` per line. `paths` puts `pathPrefix` (the archive folder as
 * given) before each archive path, so that the line names the file from where the command ran.
 */
export function writeRecords(
  format: RecordFormat,
  records: readonly { path: string }[],
  out: (line: string) => void,
  pathPrefix = '',
): void {
  if (format === 'json') out(safeJson(records, 2));
  else if (format === 'jsonl') for (const record of records) out(safeJson(record));
  else for (const record of records) out(printablePath(pathPrefix + record.path));
}
