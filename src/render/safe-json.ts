/**
 * JSON text that is safe wherever folio's JSON goes: a terminal, a pipe to another program, a file. JSON.stringify
 * escapes C0 controls but leaves DEL, the C1 controls (which some terminals obey) and the line and paragraph
 * separators (which older JavaScript parsers reject in strings) raw; they are written as escapes here.
 */

const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

/** `JSON.stringify(value, null, indent)`, with every control character escaped. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    RAW_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
