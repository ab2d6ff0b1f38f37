import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify, slugFromPath, titleFromPath } from '../../src/parse/slug.js';
import { fold } from '../../src/parse/fold.js';

test('slugify folds Latin accents and keeps other scripts', () => {
  assert.equal(slugify('Élection: ça marche!'), 'election-ca-marche');
  assert.equal(slugify('Straße & Œuvre'), 'strasse-oeuvre');
  assert.equal(slugify('Зимний город'), 'зимний-город');
  assert.equal(slugify('東京の朝'), '東京の朝');
  assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  assert.equal(slugify('!!!'), '');
});

test('slugs from paths drop the extension and Jekyll dates', () => {
  assert.equal(slugFromPath('_posts/2015-06-30-Hello-World.markdown'), 'hello-world');
  assert.equal(slugFromPath('a/b/_index.md'), 'b');
  assert.equal(titleFromPath('notes/my-note.md'), 'My note');
});

test('fold removes Latin accents only (Cyrillic й stays й)', () => {
  assert.equal(fold('Élection'), 'election');
  assert.equal(fold('Йошкар-Ола'), 'йошкар-ола');
});
