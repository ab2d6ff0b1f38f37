import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import { articleLink } from '../../src/export/article-job.js';
import { checkInside, ExportError, FolderWriter, SiteOutput } from '../../src/export/out-dir.js';
import { planSite } from '../../src/export/site-plan.js';
import { relativeUrl, safeName } from '../../src/export/site-paths.js';
import { decodePostings, encodePostings } from '../../src/export/search/postings.js';
import { PostingsWriter } from '../../src/export/search/postings-writer.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

function article(path: string, slug: string, extra: Partial<Article> = {}): Article {
  return {
    id: path.replace(/\.md$/, ''),
    path,
    slug,
    title: slug,
    titleSource: 'frontmatter',
    date: null,
    dateSource: 'none',
    updated: null,
    authors: [],
    tags: [],
    summary: '',
    draft: false,
    lang: null,
    words: 0,
    readingMinutes: 0,
    data: {},
    ...extra,
  };
}

test('duplicate and reserved slugs get distinct folders, claimed in path order', () => {
  const plan = planSite([
    article('z.md', 'same'),
    article('a.md', 'same'),
    article('t.md', 'tags'),
    article('s.md', 'search'),
  ]);
  assert.deepEqual(
    plan.articles.map((entry) => entry.dir),
    ['same-2/', 'same/', 'tags-2/', 'search-2/'],
  );
});

test('tags differing only in case are one page, named by the commonest spelling', () => {
  const plan = planSite([
    article('a.md', 'a', { tags: ['Travel'] }),
    article('b.md', 'b', { tags: ['travel'] }),
    article('c.md', 'c', { tags: ['travel', 'C++'] }),
    article('d.md', 'd', { tags: ['C#'] }),
  ]);
  assert.deepEqual(
    plan.tags.map((group) => [group.name, group.dir, group.articles]),
    [
      ['C#', 'tags/c/', [3]],
      ['C++', 'tags/c-2/', [2]],
      ['travel', 'tags/travel/', [0, 1, 2]],
    ],
  );
});

test('folder names are safe whatever the slug holds', () => {
  assert.equal(safeName('../../etc/passwd', 'x'), 'etc-passwd');
  assert.equal(safeName('', 'article'), 'article');
  assert.equal(safeName('CON', 'x'), 'con-page');
  assert.ok(new TextEncoder().encode(safeName('東'.repeat(200), 'x')).length <= 150);
});

test('relative URLs climb out of the page folder and encode each segment', () => {
  assert.equal(relativeUrl('', 'tags/index.html'), 'tags/index.html');
  assert.equal(relativeUrl('tags/x/', 'assets/style.css'), '../../assets/style.css');
  assert.equal(relativeUrl('a/', '東京/index.html'), '../%E6%9D%B1%E4%BA%AC/index.html');
});

test('links between article files become links between pages', () => {
  const dirs = new Map([
    ['notes/b.md', 'b/'],
    ['a.md', 'a/'],
  ]);
  assert.equal(articleLink('notes/b.md#part', 'a.md', 'a/', dirs), '../b/index.html#part');
  assert.equal(articleLink('../a.md', 'notes/b.md', 'b/', dirs), '../a/index.html');
  assert.equal(articleLink('missing.md', 'a.md', 'a/', dirs), undefined);
  assert.equal(articleLink('https://x.org/a.md', 'a.md', 'a/', dirs), undefined);
  // Read as `folio check` reads them: a query is not part of the file, a path from the site root names no article.
  assert.equal(articleLink('notes/b.md?v=2#part', 'a.md', 'a/', dirs), '../b/index.html#part');
  assert.equal(articleLink('notes/%62.md', 'a.md', 'a/', dirs), '../b/index.html');
  assert.equal(articleLink('/a.md', 'notes/b.md', 'b/', dirs), undefined);
});

test('paths that would leave the output folder are refused', () => {
  for (const path of ['../x', 'a/../../x', '/etc/x', 'a\\..\\x', 'a//b', './a', 'a\0b', '']) {
    assert.throws(() => checkInside(path), ExportError, JSON.stringify(path));
  }
  assert.doesNotThrow(() => checkInside('tags/東京/index.html'));
});

test('a site replaces a folio export atomically, and refuses other non-empty folders', () => {
  const parent = tempFolder('out');
  const archive = tempFolder('archive');
  try {
    const target = join(parent, 'site');
    const first = SiteOutput.open(target, { force: false, archiveRoot: archive });
    first.writer.write('index.html', 'one');
    first.commit();
    assert.ok(existsSync(join(target, '.folio-site')));

    const failed = SiteOutput.open(target, { force: false, archiveRoot: archive });
    failed.writer.write('index.html', 'two');
    failed.abort();
    assert.equal(readFileSync(join(target, 'index.html'), 'utf8'), 'one');

    const second = SiteOutput.open(target, { force: false, archiveRoot: archive });
    second.writer.write('other.html', 'two');
    second.commit();
    assert.deepEqual(readdirSync(target).sort(), ['.folio-site', 'other.html']);
    assert.deepEqual(readdirSync(parent), ['site'], 'no staging or old folders are left behind');

    const foreign = join(parent, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    assert.throws(
      () => SiteOutput.open(foreign, { force: false, archiveRoot: archive }),
      /not empty and was not made by folio/,
    );
    assert.throws(() => SiteOutput.open(archive, { force: true, archiveRoot: archive }), /holds the archive/);
    assert.throws(
      () => SiteOutput.open(parent, { force: true, archiveRoot: join(parent, 'site') }),
      /holds the archive/,
    );
  } finally {
    removeFolder(parent);
    removeFolder(archive);
  }
});

test('the folder writer writes text as UTF-8 and counts its bytes', () => {
  const folder = tempFolder('writer');
  try {
    const writer = new FolderWriter(folder);
    const texts = ['plain', 'café, 東京, 😀', 'a lone \ud800 surrogate', ''];
    for (const [i, text] of texts.entries()) writer.write(`t/${i}.txt`, text);
    writer.write('bytes.bin', Uint8Array.of(0, 1, 255));
    for (const [i, text] of texts.entries())
      assert.deepEqual(readFileSync(join(folder, 't', `${i}.txt`)), Buffer.from(text, 'utf8'));
    assert.deepEqual([...readFileSync(join(folder, 'bytes.bin'))], [0, 1, 255]);
    assert.equal(
      writer.bytes,
      texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 3),
    );
    assert.equal(writer.files, texts.length + 1);
    assert.throws(() => writer.write('t/0.txt', 'again'), ExportError);
  } finally {
    removeFolder(folder);
  }
});

test('postings survive encoding', () => {
  const pairs = [0, 5, 1, 1000, 7, 31, 40000, 32, 40001, 2 ** 20];
  const text = encodePostings(pairs);
  assert.match(text, /^[0-9a-vA-Z!#$%&(]*$/);
  assert.deepEqual(decodePostings(text), pairs);
});

test('the index builder writes postings as encodePostings does, list after list', () => {
  const writer = new PostingsWriter();
  const lists = [[0, 5, 1, 1000, 7, 31, 40000, 32, 40001, 2 ** 20], [], [3, 0, 4, 2 ** 31 + 7], [9, 1]];
  for (const pairs of lists) {
    for (let i = 0; i < pairs.length; i += 2) writer.add(pairs[i]!, pairs[i + 1]!);
    assert.equal(writer.take(), encodePostings(pairs));
  }
  // A list longer than the writer's first buffer.
  const long = Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? i * 3 : i * 977));
  for (let i = 0; i < long.length; i += 2) writer.add(long[i]!, long[i + 1]!);
  assert.equal(writer.take(), encodePostings(long));
});
