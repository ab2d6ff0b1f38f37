import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../src/archive/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

test('UTF-8 with a BOM loses the BOM; CRLF and lone CR become LF', () => {
  const decoded = decodeText(Buffer.from('\ufeffa\r\nb\rc', 'utf8'));
  assert.deepEqual(decoded, { kind: 'utf8', text: 'a\nb\nc' });
});

test('bytes that are not UTF-8 are read as Windows-1252, with a note', () => {
  const decoded = decodeText(bytes(0x43, 0x61, 0x66, 0xe9));
  assert.equal(decoded.kind, 'windows-1252');
  assert.equal('text' in decoded ? decoded.text : null, 'Café');
});

test('UTF-16 with a BOM is read', () => {
  const decoded = decodeText(Buffer.from('\ufeffhi', 'utf16le'));
  assert.equal(decoded.kind, 'utf16');
  assert.equal('text' in decoded ? decoded.text : null, 'hi');
});

test('NUL bytes mean binary', () => {
  assert.deepEqual(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00)), { kind: 'binary' });
});
