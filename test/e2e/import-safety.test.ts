/**
 * End-to-end checks of `folio import` that a transcript cannot express: the files of the whole fixture before
 * and after an import (nothing written outside the target folder, nothing changed), and the seed page imported
 * through the CLI compared word for word with the sample article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { splitFrontmatter } from '../../src/parse/frontmatter.js';

/** Every file and link below `folder` (except the index cache) with a hash of its content. */
function snapshot(folder: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.name === '.folio') continue;
    const full = join(folder, path);
    if (entry.isSymbolicLink()) files.set(path, `link:${readlinkSync(full)}`);
    else if (entry.isDirectory()) for (const [key, value] of snapshot(folder, path)) files.set(key, value);
    else files.set(path, createHash('sha1').update(readFileSync(full)).digest('hex'));
  }
  return files;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

test('an import writes only new files inside the target folder, and changes nothing else', async () => {
  const root = copyFixture('import');
  try {
    // A trap: a link in the target folder, named as the news page's article will be, to a file outside the archive.
    mkdirSync(join(root, 'archive', 'imported'));
    symlinkSync(
      '../../pages/no-byline.txt',
      join(root, 'archive', 'imported', 'night-ferry-returns-after-six-years.md'),
    );
    const before = snapshot(root);
    const first = await runFolio(['import', 'pages', '-C', 'archive', '--into', 'imported', '--force'], { cwd: root });
    assert.equal(first.code, 1, first.stderr);
    assert.match(
      first.stdout,
      /^created imported\/night-ferry-returns-after-six-years-2\.md from pages\/news-page\.html$/m,
    );
    const middle = snapshot(root);
    for (const [path, hash] of before) assert.equal(middle.get(path), hash, `${path} changed`);
    const added = [...middle.keys()].filter((path) => !before.has(path));
    assert.equal(added.length, 9, `expected nine new articles, got ${added.join(', ')}`);
    for (const path of added) assert.match(path, /^archive\/imported\/[^/]+\.md$/);

    const again = await runFolio(['import', 'pages', '-C', 'archive', '--into', 'imported', '--force'], { cwd: root });
    assert.equal(again.code, 1, again.stderr);
    assert.match(again.stderr, /12 pages: 0 created, 9 skipped, 3 failed/);
    const after = snapshot(root);
    assert.deepEqual(after, middle, 'a second import changes nothing');
  } finally {
    removeFolder(root);
  }
});

test('the seed page imported through the CLI is the sample article, word for word, and is listed at once', async () => {
  const root = copyFixture('import');
  try {
    const result = await runFolio(
      ['import', 'pages/elections-in-russia-and-belarus.txt', '-C', 'archive', '--into', 'politics'],
      { cwd: root },
    );
    assert.equal(result.code, 0, result.stderr);
    const written = splitFrontmatter(
      readFileSync(
        join(root, 'archive', 'politics', 'elections-in-russia-and-belarus-what-is-the-fundamental-difference.md'),
        'utf8',
      ),
    );
    const sample = splitFrontmatter(
      readFileSync(join(PROJECT_ROOT, 'articles', 'elections-in-russia-and-belarus.md'), 'utf8'),
    );
    assert.deepEqual(words(written.body), words(sample.body));
    assert.equal(written.data.title, sample.data.title);
    assert.deepEqual(written.data.author, sample.data.author);
    assert.deepEqual(written.data.tags, []);
    assert.equal(written.data.source, 'elections-in-russia-and-belarus.txt');

    const listed = await runFolio(['list', '-C', 'archive', '--author', 'latushka', '--format', 'jsonl'], {
      cwd: root,
    });
    const record = JSON.parse(listed.stdout) as { path: string; title: string; authors: string[] };
    assert.equal(record.path, 'politics/elections-in-russia-and-belarus-what-is-the-fundamental-difference.md');
    assert.deepEqual(record.authors, ['Pavel Latushka']);
  } finally {
    removeFolder(root);
  }
});

test('many pages are converted in parallel but reported and named in their order', async () => {
  const root = tempFolder('many');
  try {
    mkdirSync(join(root, 'archive'));
    mkdirSync(join(root, 'pages'));
    const names: string[] = [];
    for (let index = 0; index < 120; index++) {
      const name = `page-${String(index).padStart(3, '0')}.${index % 2 === 0 ? 'html' : 'txt'}`;
      // Every tenth page shares its title with the one before, so numbered names depend on the order.
      const title = `Page number ${index - (index % 10 === 1 ? 1 : 0)}`;
      const content =
        index % 2 === 0
          ? `<html><head><title>${title}</title></head><body><p>Body of page ${index}, long enough to be a paragraph.</p></body></html>`
          : `${title}\n\nBody of page ${index}, as plain text.\n`;
      writeFileSync(join(root, 'pages', name), content);
      names.push(name);
    }
    writeFileSync(join(root, 'pages', 'page-050.html'), '\u0000\u0001binary');
    const result = await runFolio(['import', 'pages', 'missing', '-C', 'archive'], { cwd: root });
    // A path that names nothing is an error (exit 2), reported after every other page was imported.
    assert.equal(result.code, 2, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 121);
    for (const [index, name] of names.entries())
      assert.match(lines[index]!, new RegExp(`pages/${name}`), `line ${index}`);
    assert.equal(lines[50], 'failed pages/page-050.html: binary file (not text)');
    assert.equal(lines[120], 'failed missing: no such file or folder');
    assert.match(lines[0]!, /^created page-number-0\.md /);
    assert.match(lines[1]!, /^created page-number-0-2\.md /);
    assert.match(lines[11]!, /^created page-number-10-2\.md /);
    assert.match(result.stderr, /121 pages: 119 created, 0 skipped, 2 failed/);
  } finally {
    removeFolder(root);
  }
});
