import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseFileName, type SlugOwner } from '../../src/import/target-name.js';
import {
  createArticleFile,
  existingAt,
  prepareTargetFolder,
  replaceArticleFile,
  resolveTargetFolder,
  type Existing,
} from '../../src/import/write-article.js';
import { UsageError } from '../../src/model/errors.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

const on =
  (files: Record<string, Existing>) =>
  (name: string): Existing =>
    files[name] ?? 'none';
const none = () => undefined;
const owners = (map: Record<string, SlugOwner>) => (slug: string) => map[slug];

test('names: the slug, else the next free numbered name; the same article is skipped', () => {
  assert.deepEqual(chooseFileName('post', on({}), none, false), { action: 'create', fileName: 'post.md' });
  assert.deepEqual(chooseFileName('post', on({ 'post.md': 'different' }), none, false), {
    action: 'create',
    fileName: 'post-2.md',
  });
  assert.deepEqual(chooseFileName('post', on({ 'post.md': 'different', 'post-2.md': 'same' }), none, false), {
    action: 'skip',
    fileName: 'post-2.md',
  });
  assert.deepEqual(chooseFileName('post', on({ 'post.md': 'not-a-file' }), none, true), {
    action: 'create',
    fileName: 'post-2.md',
  });
  assert.deepEqual(chooseFileName('post', on({ 'post.md': 'different' }), none, true), {
    action: 'replace',
    fileName: 'post.md',
  });
  assert.deepEqual(chooseFileName('post', on({ 'post.md': 'same' }), none, true), {
    action: 'skip',
    fileName: 'post.md',
  });
});

test('names: a slug used elsewhere in the archive is not reused; the same text there means "already imported"', () => {
  const taken = owners({
    post: { path: 'a/post.md', sameText: false },
    'post-2': { path: 'b/post-2.md', sameText: false },
  });
  assert.deepEqual(chooseFileName('post', on({}), taken, false), { action: 'create', fileName: 'post-3.md' });
  assert.deepEqual(
    chooseFileName('post', on({}), taken, true),
    { action: 'create', fileName: 'post-3.md' },
    '--force never takes another folder’s slug',
  );
  const imported = owners({
    post: { path: 'a/post.md', sameText: false },
    'post-2': { path: 'b/post-2.md', sameText: true },
  });
  assert.deepEqual(chooseFileName('post', on({}), imported, false), {
    action: 'skip',
    fileName: 'post-2.md',
    existingPath: 'b/post-2.md',
  });
  // A leading date is not part of the slug the index gives the file (Jekyll names).
  const dated = owners({ meeting: { path: 'meeting.md', sameText: false } });
  assert.deepEqual(chooseFileName('2024-03-01-meeting', on({}), dated, false), {
    action: 'create',
    fileName: '2024-03-01-meeting-2.md',
  });
});

test('--into: absolute paths, "..", hidden folders and files are refused', () => {
  const root = tempFolder('into');
  try {
    writeFileSync(join(root, 'file.md'), 'x');
    for (const into of ['/tmp', '../outside', 'a/../../b', '.git', 'notes/.hidden', 'node_modules', 'file.md']) {
      assert.throws(() => resolveTargetFolder(root, into), UsageError, into);
    }
    assert.deepEqual(resolveTargetFolder(root, undefined), { absolute: root, relative: '', missing: [] });
    const nested = resolveTargetFolder(root, 'imported/2024/');
    assert.equal(nested.relative, 'imported/2024');
    assert.deepEqual(nested.missing, [join(root, 'imported'), join(root, 'imported', '2024')]);
  } finally {
    removeFolder(root);
  }
});

test('--into: a symbolic link is followed only when it stays inside the archive', () => {
  const base = tempFolder('links');
  try {
    const root = join(base, 'archive');
    mkdirSync(join(root, 'real'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    symlinkSync('../outside', join(root, 'escape'));
    symlinkSync('real', join(root, 'alias'));
    assert.throws(() => resolveTargetFolder(root, 'escape'), /leads out of the archive/);
    assert.throws(() => resolveTargetFolder(root, 'escape/sub'), /leads out of the archive/);
    const inside = resolveTargetFolder(root, 'alias/new');
    assert.equal(inside.relative, 'real/new');
    prepareTargetFolder(inside);
    assert.ok(createArticleFile(inside, 'a.md', 'text'));
    assert.equal(readFileSync(join(root, 'real', 'new', 'a.md'), 'utf8'), 'text');
    assert.deepEqual(readdirSync(join(base, 'outside')), []);
  } finally {
    removeFolder(base);
  }
});

test('files are created, never overwritten, never written through a link; --force replaces atomically', () => {
  const base = tempFolder('write');
  try {
    const root = join(base, 'archive');
    mkdirSync(root);
    writeFileSync(join(base, 'victim.txt'), 'precious');
    symlinkSync('../victim.txt', join(root, 'trap.md'));
    const folder = resolveTargetFolder(root, undefined);
    assert.equal(createArticleFile(folder, 'trap.md', 'evil'), false);
    assert.equal(readFileSync(join(base, 'victim.txt'), 'utf8'), 'precious');
    assert.equal(existingAt(folder, 'trap.md', 'evil'), 'not-a-file');

    assert.ok(createArticleFile(folder, 'a.md', 'first'));
    assert.equal(createArticleFile(folder, 'a.md', 'second'), false);
    assert.equal(readFileSync(join(root, 'a.md'), 'utf8'), 'first');
    assert.equal(existingAt(folder, 'a.md', 'first'), 'same');
    assert.equal(existingAt(folder, 'a.md', 'other'), 'different');
    replaceArticleFile(folder, 'a.md', 'second');
    assert.equal(readFileSync(join(root, 'a.md'), 'utf8'), 'second');
    assert.deepEqual(readdirSync(root).sort(), ['a.md', 'trap.md'], 'no temporary file is left behind');

    for (const name of ['../x.md', 'sub/x.md', '.hidden.md', '']) {
      assert.throws(() => createArticleFile(folder, name, 'x'), /refusing/);
    }
  } finally {
    removeFolder(base);
  }
});
