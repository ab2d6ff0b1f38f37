/**
 * Character references (src/parse/entities.ts), one row per rule: numeric ones, the common names decoded without
 * the full table, rarer names with it, and what CommonMark says becomes the replacement character.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCommon, decodeReferences, isCommonName } from '../../src/parse/entities.js';

test('decodeCommon: numeric references and the common names; any other name stays as written', () => {
  const cases: [text: string, expected: string][] = [
    ['no references', 'no references'],
    ['fish &amp; chips', 'fish & chips'],
    ['&lt;b&gt; &quot;q&quot; &apos;a&apos;', '<b> "q" \'a\''],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&mdash;&ndash;&hellip;&laquo;&raquo;', '—–…«»'],
    ['&#106;&#x41;&#X42;', 'jAB'],
    ['&#128512;', '😀'],
    ['&#0;', '\ufffd'],
    ['&#xD800;', '\ufffd'],
    ['&#x110000;', '\ufffd'],
    ['&eacute;', '&eacute;'],
    ['&AMP;', '&AMP;'],
    ['&amp', '&amp'],
    ['& amp;', '& amp;'],
    ['&#;', '&#;'],
    ['&#12345678;', '&#12345678;'],
  ];
  for (const [text, expected] of cases) assert.equal(decodeCommon(text), expected, text);
});

test('decodeReferences: every name HTML defines, the common ones as decodeCommon reads them', () => {
  const cases: [text: string, expected: string][] = [
    ['caf&eacute; &amp; cr&egrave;me', 'café & crème'],
    ['&Oslash;resund &frac12;', 'Øresund ½'],
    ['&amp;&#x41;', '&A'],
    ['&notaname; &amp;', '&notaname; &'],
    ['plain', 'plain'],
  ];
  for (const [text, expected] of cases) assert.equal(decodeReferences(text), expected, text);
});

test('isCommonName: only the names decoded without the full table', () => {
  for (const name of ['amp', 'nbsp', 'euro', 'hearts']) assert.equal(isCommonName(name), true, name);
  for (const name of ['eacute', 'AMP', 'constructor', '__proto__', '']) assert.equal(isCommonName(name), false, name);
});
