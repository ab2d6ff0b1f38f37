import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodePage } from '../../src/import/page-text.js';

const RUSSIAN =
  'Зимний город\n\nСнег выпал ночью, и к утру город стал тихим. Машины шли медленно, люди шли ещё медленнее.\n';
const FRENCH = 'Café crème\n\nUn texte français avec des accents : élève, été, garçon, naïve, où, déjà.\n';

/** Encodes text in a single-byte character set by inverting that set's decoder. */
function encode(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(
    [...text].map((char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${char} is not in ${encoding}`);
      return byte;
    }),
  );
}

test('undeclared single-byte text: Cyrillic in windows-1251 or KOI8-R is recognised, Western text stays Windows-1252', () => {
  assert.deepEqual(decodePage(encode(RUSSIAN, 'windows-1251'), false), {
    text: RUSSIAN,
    note: 'not valid UTF-8; read as windows-1251 (its letters are Cyrillic)',
  });
  assert.deepEqual(decodePage(encode(RUSSIAN, 'koi8-r'), false), {
    text: RUSSIAN,
    note: 'not valid UTF-8; read as koi8-r (its letters are Cyrillic)',
  });
  assert.deepEqual(decodePage(encode(FRENCH, 'windows-1252'), false), {
    text: FRENCH,
    note: 'not valid UTF-8; read as Windows-1252',
  });
});

test('a declared character set wins; UTF-8 and UTF-16 need no note', () => {
  const page = `<html><head><meta charset="koi8-r"></head><body><p>${RUSSIAN}</p></body></html>`;
  assert.deepEqual(decodePage(encode(page, 'koi8-r'), true), { text: page });
  const latin = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>${FRENCH}</body></html>`;
  assert.deepEqual(decodePage(encode(latin, 'windows-1252'), true), { text: latin });
  assert.deepEqual(decodePage(Buffer.from(RUSSIAN, 'utf8'), false), { text: RUSSIAN });
  assert.deepEqual(decodePage(Buffer.from(`\ufeff${RUSSIAN}`, 'utf16le'), false), { text: RUSSIAN });
  assert.deepEqual(decodePage(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 1), true), {
    refused: 'binary file (not text)',
  });
});
