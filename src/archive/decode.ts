/**
 * Turns file bytes into text. UTF-8 (with or without BOM) is the norm; UTF-16 with a BOM is read; other bytes
 * that are not UTF-8 are read as Windows-1252 with a note; files with NUL bytes are binary. Line endings become `\n`.
 */

export type Decoded = { kind: 'utf8' | 'utf16' | 'windows-1252'; text: string; note?: string } | { kind: 'binary' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const SNIFF_BYTES = 8000;

/** Decodes `bytes`, reporting (in `note`) anything a user should fix. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  try {
    return { kind: 'utf8', text: normaliseNewlines(utf8.decode(bytes)) };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      kind: 'windows-1252',
      text: normaliseNewlines(text),
      note: 'not valid UTF-8; read as Windows-1252 (save it as UTF-8)',
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return {
    kind: 'utf16',
    text: normaliseNewlines(text),
    note: `encoded as ${encoding.toUpperCase()}; read, but save it as UTF-8`,
  };
}

function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
