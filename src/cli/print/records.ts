/**
 * Machine-readable output: `json` (one array), `jsonl` (one object per line) and `paths` (one path per line,
 * for xargs). JSON escapes every control character, including the C1 range JSON.stringify leaves raw.
 */

export type RecordFormat = 'json' | 'jsonl' | 'paths';

const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

/** JSON text with the characters that terminals or JavaScript parsers mistreat written as escapes. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes records in `format`, one call of `out` per line. */
export function writeRecords(format: RecordFormat, records: readonly { path: string }[], out: (line: string) => void): void {
  if (format === 'json') out(safeJson(records, 2));
  else if (format === 'jsonl') for (const record of records) out(safeJson(record));
  else for (const record of records) out(record.path.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
}
