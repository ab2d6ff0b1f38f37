/**
 * Small rules that several layers rely on, one table each: how a path is printed one to a line
 * (archive/printable-path.ts), JSON made safe for terminals (render/safe-json.ts), the fence names that get
 * highlighted (render/code-languages.ts), the shape of a language tag (parse/language-tag.ts) and the ignore
 * patterns of an archive (archive/ignore-rules.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ignoreMatcher } from '../../src/archive/ignore-rules.js';
import { printablePath } from '../../src/archive/printable-path.js';
import { isLanguageTag } from '../../src/parse/language-tag.js';
import { grammarFor } from '../../src/render/code-languages.js';
import { safeJson } from '../../src/render/safe-json.js';

test('printablePath: control characters become ?, everything else stays', () => {
  const cases: [path: string, expected: string][] = [
    ['notes/a.md', 'notes/a.md'],
    ['line\nbreak.md', 'line?break.md'],
    ['\u001b[31mred.md', '?[31mred.md'],
    ['tab\there.md', 'tab?here.md'],
    ['del\u007f and c1\u009b.md', 'del? and c1?.md'],
    ['café/東京 space.md', 'café/東京 space.md'],
  ];
  for (const [path, expected] of cases) assert.equal(printablePath(path), expected, JSON.stringify(path));
});

test('safeJson: DEL, C1 controls and the line separators are escaped as JSON.stringify leaves them raw', () => {
  const cases: [value: unknown, expected: string][] = [
    ['plain', '"plain"'],
    ['\u001b[2J', '"\\u001b[2J"'],
    ['del\u007f', '"del\\u007f"'],
    ['c1\u009b31m', '"c1\\u009b31m"'],
    ['a\u2028b\u2029c', '"a\\u2028b\\u2029c"'],
    [{ k: 'é' }, '{"k":"é"}'],
  ];
  for (const [value, expected] of cases) {
    assert.equal(safeJson(value), expected);
    assert.deepEqual(JSON.parse(safeJson(value)), value);
  }
  assert.equal(safeJson({ a: 1 }, 2), '{\n  "a": 1\n}');
});

test('grammarFor: the names and aliases written on a fence, and nothing that could be a path', () => {
  const cases: [name: string, expected: string | undefined][] = [
    ['ts', 'typescript'],
    [' Python ', 'python'],
    ['C++', 'cpp'],
    ['c#', 'csharp'],
    ['html', 'xml'],
    ['console', 'shell'],
    ['postgres', 'pgsql'],
    ['brainfuck', undefined],
    ['', undefined],
    ['../../etc/passwd', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
  ];
  for (const [name, expected] of cases) assert.equal(grammarFor(name), expected, name);
});

test('isLanguageTag: a language of two or three letters, then subtags', () => {
  const cases: [text: string, expected: boolean][] = [
    ['en', true],
    ['pt-BR', true],
    ['zh-Hant-TW', true],
    ['yue', true],
    ['es-419', true],
    ['English', false],
    ['en_GB', false],
    ['e', false],
    ['en-', false],
    ['-en', false],
    ['en GB', false],
    ['', false],
    ['de-DE-1996-x-private', true],
  ];
  for (const [text, expected] of cases) assert.equal(isLanguageTag(text), expected, text);
});

test('ignoreMatcher: gitignore patterns, blank lines and comments skipped', () => {
  const matches = ignoreMatcher(['# drafts stay out', '', 'drafts/', '*.tmp.md\r', '!keep.tmp.md', '/top-only.md']);
  const cases: [path: string, expected: boolean][] = [
    ['drafts/a.md', true],
    ['notes/drafts/b.md', true],
    ['x.tmp.md', true],
    ['notes/y.tmp.md', true],
    ['keep.tmp.md', false],
    ['top-only.md', true],
    ['notes/top-only.md', false],
    ['notes/a.md', false],
    ['# drafts stay out', false],
  ];
  for (const [path, expected] of cases) assert.equal(matches(path), expected, path);
  assert.equal(ignoreMatcher(['', '# only comments'])('anything.md'), false);
});
