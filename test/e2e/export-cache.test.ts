/**
 * The render cache, as a user meets it: an export of an unchanged archive renders no Markdown (seen in the
 * `--debug` line), an edit re-renders that article only, and every export equals, byte for byte, a fresh export
 * of the same archive without the cache, also when what changed is a link target or a picture, with more
 * articles than the worker threshold. `index --rebuild` forgets the cache.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';

/** Every file below `folder` with its bytes, by relative path. */
function snapshot(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

function assertSameSite(actual: string, expected: string): void {
  const a = snapshot(actual);
  const b = snapshot(expected);
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [file, bytes] of a) assert.ok(bytes.equals(b.get(file)!), `${file} differs from a fresh export`);
}

/** Runs `export html` with --debug and returns how many articles were rendered and reused. */
async function exportHtml(root: string, out: string): Promise<{ rendered: number; reused: number }> {
  const run = await runFolio(['export', 'html', '--out', out, '--base-url', 'https://example.org/', '--debug'], {
    cwd: root,
  });
  assert.equal(run.code, 0, run.stderr);
  const work = /render cache: (\d+) rendered, (\d+) reused \((.+)\)/.exec(run.stderr);
  assert.ok(work, run.stderr);
  assert.equal(work[3], join(root, '.folio', 'render-cache.db'));
  return { rendered: Number(work[1]), reused: Number(work[2]) };
}

function clearCache(root: string): void {
  for (const name of readdirSync(join(root, '.folio')))
    if (name.startsWith('render-cache.db')) rmSync(join(root, '.folio', name));
}

/** Exports `root` again without its cache into `out`, for comparison, and checks that it did render everything. */
async function freshExport(root: string, out: string, articles: number): Promise<void> {
  clearCache(root);
  assert.deepEqual(await exportHtml(root, out), { rendered: articles, reused: 0 });
}

test('an unchanged archive is exported without Markdown work; after an edit one article is rendered; both equal a fresh export', {
  timeout: 120_000,
}, async () => {
  const root = copyFixture('basic');
  const out = tempFolder('sites');
  try {
    const first = await exportHtml(root, join(out, 'first'));
    assert.equal(first.reused, 0);
    const articles = first.rendered;
    assert.ok(articles >= 4);
    // Exporting again into the same folder: nothing to render, the same bytes.
    assert.deepEqual(await exportHtml(root, join(out, 'again')), { rendered: 0, reused: articles });
    assertSameSite(join(out, 'again'), join(out, 'first'));

    appendFileSync(join(root, 'posts', 'first-post.md'), '\nA paragraph added *later*.\n');
    assert.deepEqual(await exportHtml(root, join(out, 'edited')), { rendered: 1, reused: articles - 1 });
    await freshExport(root, join(out, 'fresh'), articles);
    assertSameSite(join(out, 'edited'), join(out, 'fresh'));
    assert.match(
      readFileSync(join(out, 'edited', 'first-post', 'index.html'), 'utf8'),
      /A paragraph added <em>later<\/em>\./,
    );
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('an unchanged article is rendered again when a page or picture it points to moves or goes', {
  timeout: 120_000,
}, async () => {
  const root = tempFolder('archive');
  const out = tempFolder('sites');
  try {
    mkdirSync(join(root, 'img'));
    writeFileSync(join(root, 'img', 'p.png'), 'picture');
    writeFileSync(join(root, 'a.md'), '---\ntitle: A\ndate: 2024-01-02\n---\n\nSee [b](b.md) and ![p](img/p.png).\n');
    writeFileSync(join(root, 'b.md'), '---\ntitle: B\ndate: 2024-01-01\nslug: bee\n---\n\nB.\n');
    assert.deepEqual(await exportHtml(root, join(out, '1')), { rendered: 2, reused: 0 });
    assert.match(readFileSync(join(out, '1', 'a', 'index.html'), 'utf8'), /<a href="\.\.\/bee\/index\.html">b<\/a>/);

    // b's page moves: a's body is the same, but its link is not, so a is rendered again; b's body and title
    // did not change (only its frontmatter), so its render is reused under its new page.
    writeFileSync(join(root, 'b.md'), '---\ntitle: B\ndate: 2024-01-01\nslug: buzz\n---\n\nB.\n');
    assert.deepEqual(await exportHtml(root, join(out, '2')), { rendered: 1, reused: 1 });
    assert.match(readFileSync(join(out, '2', 'a', 'index.html'), 'utf8'), /<a href="\.\.\/buzz\/index\.html">b<\/a>/);
    await freshExport(root, join(out, '2-fresh'), 2);
    assertSameSite(join(out, '2'), join(out, '2-fresh'));

    // The picture goes: a is rendered again, its reference left as written; b comes from the cache.
    rmSync(join(root, 'img', 'p.png'));
    assert.deepEqual(await exportHtml(root, join(out, '3')), { rendered: 1, reused: 1 });
    assert.match(readFileSync(join(out, '3', 'a', 'index.html'), 'utf8'), /<img src="img\/p\.png"/);
    await freshExport(root, join(out, '3-fresh'), 2);
    assertSameSite(join(out, '3'), join(out, '3-fresh'));
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('with more articles than the worker threshold, the cache gives the same site; index --rebuild forgets it', {
  timeout: 300_000,
}, async () => {
  const root = tempFolder('archive');
  const out = tempFolder('sites');
  try {
    for (let n = 0; n < 140; n++) {
      writeFileSync(
        join(root, `a${n}.md`),
        `---\ntitle: Article ${n}\ndate: 2024-01-${String((n % 28) + 1).padStart(2, '0')}\n---\n\nBody **${n}** links to [next](a${(n + 1) % 140}.md).\n`,
      );
    }
    assert.deepEqual(await exportHtml(root, join(out, '1')), { rendered: 140, reused: 0 });
    assert.deepEqual(await exportHtml(root, join(out, '2')), { rendered: 0, reused: 140 });
    assertSameSite(join(out, '2'), join(out, '1'));
    appendFileSync(join(root, 'a70.md'), '\nEdited.\n');
    assert.deepEqual(await exportHtml(root, join(out, '3')), { rendered: 1, reused: 139 });
    await freshExport(root, join(out, '3-fresh'), 140);
    assertSameSite(join(out, '3'), join(out, '3-fresh'));

    // export json shares the cache file, with entries of its own.
    const json = async (file: string) => {
      const run = await runFolio(['export', 'json', '--out', join(out, file), '--debug'], { cwd: root });
      assert.equal(run.code, 0, run.stderr);
      return /render cache: (\d+) rendered, (\d+) reused/.exec(run.stderr)!.slice(1).map(Number);
    };
    assert.deepEqual(await json('1.json'), [140, 0]);
    assert.deepEqual(await json('2.json'), [0, 140]);
    assert.ok(readFileSync(join(out, '1.json')).equals(readFileSync(join(out, '2.json'))));

    const rebuilt = await runFolio(['index', '--rebuild'], { cwd: root });
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.ok(!existsSync(join(root, '.folio', 'render-cache.db')));
    assert.deepEqual(await exportHtml(root, join(out, '4')), { rendered: 140, reused: 0 });
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});
