import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFile, sitePathOf } from '../../src/serve/site-path.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

test('plain paths name files of the site; folders name their index.html', () => {
  assert.equal(sitePathOf('/'), 'index.html');
  assert.equal(sitePathOf('/tags/garden/'), 'tags/garden/index.html');
  assert.equal(sitePathOf('/assets/style.css?v=2#x'), 'assets/style.css');
  assert.equal(sitePathOf('/%E6%9D%B1%E4%BA%AC/'), '東京/index.html');
  assert.equal(sitePathOf('/a%20b/'), 'a b/index.html');
});

test('traversal in every spelling is refused', () => {
  for (const path of [
    '/../etc/passwd',
    '/a/../../b',
    '/%2e%2e/x',
    '/%2E%2e/x',
    '/.%2e/x',
    '/a%2fb',
    '/a%2F..%2Fb',
    '/a%5cb',
    '/a\\..\\b',
    '/%00',
    '/a%00.html',
    '/./a',
    '/a/./b',
    '//etc/passwd',
    '/a//b',
    '/%',
    '/%zz',
    'relative',
    'http://host/x',
    '/%0a',
  ]) {
    assert.equal(sitePathOf(path), null, path);
  }
  // Decoded once only: a doubly encoded dot stays a strange but harmless name inside the site.
  assert.equal(sitePathOf('/%252e%252e/x'), '%2e%2e/x');
});

test('a symbolic link in the site is not followed out of it', () => {
  const base = tempFolder('site-path');
  try {
    const site = join(base, 'site');
    mkdirSync(join(site, 'inside'), { recursive: true });
    writeFileSync(join(base, 'secret.txt'), 'secret');
    writeFileSync(join(site, 'page.html'), 'page');
    writeFileSync(join(site, 'inside', 'index.html'), 'inside');
    symlinkSync(join(base, 'secret.txt'), join(site, 'leak.txt'));
    symlinkSync(base, join(site, 'up'));
    symlinkSync(join(site, 'page.html'), join(site, 'alias.html'));
    const root = realpathSync(site);
    assert.equal(siteFile(root, 'leak.txt'), null);
    assert.equal(siteFile(root, 'up/secret.txt'), null);
    assert.equal(siteFile(root, 'missing.html'), null);
    assert.deepEqual(siteFile(root, 'alias.html'), { file: join(root, 'page.html'), folderIndex: false });
    assert.deepEqual(siteFile(root, 'inside'), { file: join(root, 'inside', 'index.html'), folderIndex: true });
  } finally {
    removeFolder(base);
  }
});
