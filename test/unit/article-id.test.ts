import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleId, MAX_ID_LENGTH } from '../../src/parse/article-id.js';
import { random } from '../../bench/corpus.js';

const SEARCH_ENGINE_ID = /^[A-Za-z0-9_-]+$/;

test('an id spells the path in letters, digits, - and _', () => {
  assert.equal(articleId('posts/hello.md'), 'posts__hello');
  assert.equal(articleId('2024-03-01-hello.md'), '2024-03-01-hello');
  assert.equal(articleId('same-name.md'), 'same-name');
  assert.equal(articleId('same-name.markdown'), 'same-name_2emarkdown_');
  assert.equal(articleId('_posts/a b.md'), '_5fposts__a_20b');
  assert.equal(articleId('ru/зима.md'), 'ru___d0_b7_d0_b8_d0_bc_d0_b0');
  assert.equal(articleId('back\\slash.md'), 'back_5cslash');
  assert.equal(articleId('UPPER.MD'), 'UPPER_2eMD_');
});

test('ids are unique: paths that look alike never share one', () => {
  const alike = [
    'same-name.md',
    'same-name.markdown',
    'same-name.MD',
    'same-name.markdown.md',
    'same-name.md.md',
    'same_name.md',
    'same/name.md',
    'same_2fname.md',
    'same__name.md',
    'same-name/index.md',
    'same-name/.md',
    'Same-name.md',
    'same name.md',
    'a/b_c.md',
    'a_b/c.md',
    'a/b/c.md',
    'a__b/c.md',
    'x_2emarkdown_.md',
    'x.markdown',
  ];
  const ids = alike.map(articleId);
  assert.equal(new Set(ids).size, alike.length, ids.join(' '));
  for (const id of ids) assert.match(id, SEARCH_ENGINE_ID);
});

test('random paths: every id is unique, search-engine safe, at most MAX_ID_LENGTH long, and the same every time', {
  timeout: 30_000,
}, () => {
  const next = random(7);
  const alphabet = ['a', 'b', '-', '_', '.', '/', ' ', 'é', '東', '😀', '\\', '%', '#', "'", '"', '2', 'e', 'f'];
  const seen = new Map<string, string>();
  for (let run = 0; run < 20_000; run++) {
    const length = 1 + Math.floor(next() * (run % 100 === 0 ? 400 : 12));
    let path = '';
    for (let i = 0; i < length; i++) path += alphabet[Math.floor(next() * alphabet.length)];
    path = path.replace(/\/{2,}/g, '/').replace(/^\/|\/$/g, 'x') + (next() < 0.8 ? '.md' : '.markdown');
    const id = articleId(path);
    assert.match(id, SEARCH_ENGINE_ID, path);
    assert.ok(id.length <= MAX_ID_LENGTH, `${id.length}: ${path}`);
    assert.equal(articleId(path), id);
    const other = seen.get(id);
    assert.ok(other === undefined || other === path, `${path} and ${other} share ${id}`);
    seen.set(id, path);
  }
});
