/**
 * Re-exports into the same folder reuse the previous export's unchanged files (article pages, list pages, tag
 * and author feeds, pictures) and still give, byte for byte, the site a fresh export of the same archive gives —
 * after an edit, a deleted article, a renamed file, a changed tag and a changed option, done in two orders, with
 * more articles than the worker threshold. Fresh exports are made from a copy of the archive without its `.folio`
 * folder (no index, no render cache, no previous site). A file of the site changed by hand is made again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appendFileSync,
  cpSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { removeFolder, runFolio, tempFolder } from '../helpers/cli.js';

/** More than the render pool's threshold (128), so pages are made on worker threads. */
const ARTICLES = 150;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function writeArchive(root: string): void {
  mkdirSync(join(root, 'img'));
  for (let n = 0; n < ARTICLES; n++) {
    const day = String((n % 28) + 1).padStart(2, '0');
    const month = String((n % 12) + 1).padStart(2, '0');
    const picture = n % 10 === 0 ? `\n![chart](img/p${n}.png)\n` : '';
    if (picture) writeFileSync(join(root, 'img', `p${n}.png`), PNG);
    writeFileSync(
      join(root, `a${n}.md`),
      `---\ntitle: Article ${n}\ndate: 2023-${month}-${day}\ntags: [t${n % 7}, shared]\n` +
        `author: Writer ${n % 3}\n---\n\nBody **${n}** links to [the next one](a${(n + 1) % ARTICLES}.md).\n${picture}`,
    );
  }
}

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

function assertSameSite(actual: string, expected: string, step: string): void {
  const a = snapshot(actual);
  const b = snapshot(expected);
  assert.deepEqual([...a.keys()], [...b.keys()], `${step}: the same files`);
  for (const [file, bytes] of a) assert.ok(bytes.equals(b.get(file)!), `${step}: ${file} differs from a fresh export`);
}

/** Runs `export html` into `out` and returns how many of its files were kept from the previous export. */
async function exportHtml(
  root: string,
  out: string,
  extra: string[] = [],
): Promise<{ kept: number; files: number; stdout: string }> {
  const run = await runFolio(
    ['export', 'html', '--out', out, '--base-url', 'https://example.org/', '--debug', ...extra],
    { cwd: root },
  );
  assert.equal(run.code, 0, run.stderr);
  const found = /previous export: (\d+) of (\d+) files kept/.exec(run.stderr);
  assert.ok(found, run.stderr);
  return {
    kept: Number(found[1]),
    files: Number(found[2]),
    stdout: run.stdout.replace(out, '<out>').replace(/ in [\d.]+ s/, ''),
  };
}

/** A fresh export of `root`, from a copy without its index, cache or previous site. */
async function freshExport(
  root: string,
  work: string,
  name: string,
  extra: string[] = [],
): Promise<{ out: string; stdout: string }> {
  const copy = join(work, `${name}-archive`);
  cpSync(root, copy, { recursive: true, filter: (source) => !source.includes('.folio') });
  const out = join(work, `${name}-fresh`);
  const run = await exportHtml(copy, out, extra);
  assert.equal(run.kept, 0);
  return { out, stdout: run.stdout };
}

type Change = [name: string, apply: (root: string) => void];

const CHANGES: Change[] = [
  ['edit', (root) => appendFileSync(join(root, 'a70.md'), '\nA sentence added *later*.\n')],
  ['delete', (root) => rmSync(join(root, 'a40.md'))],
  ['rename', (root) => renameSync(join(root, 'a20.md'), join(root, 'renamed-twenty.md'))],
  [
    'tag',
    (root) =>
      writeFileSync(
        join(root, 'a100.md'),
        readFileSync(join(root, 'a100.md'), 'utf8').replace('tags: [t2, shared]', 'tags: [brand-new, shared]'),
      ),
  ],
];

for (const [order, changes] of [
  ['in one order', CHANGES],
  ['in the other order', [...CHANGES].reverse()],
] as const) {
  test(`a re-export after an edit, a delete, a rename and a tag change equals a fresh export (${order})`, {
    timeout: 600_000,
  }, async () => {
    const work = tempFolder('reuse');
    const root = join(work, 'archive');
    const site = join(work, 'site');
    try {
      mkdirSync(root);
      writeArchive(root);
      const first = await exportHtml(root, site);
      assert.equal(first.kept, 0);
      const again = await exportHtml(root, site);
      // Every article page, list page, tag and author feed and picture; the search index, sitemap, main feeds and
      // assets are always made.
      assert.ok(again.kept >= ARTICLES + 15 + 40, `an unchanged archive keeps ${again.kept} of ${again.files} files`);
      assertSameSite(site, (await freshExport(root, work, 'unchanged')).out, 'unchanged');

      for (const [name, apply] of changes) {
        apply(root);
        const re = await exportHtml(root, site);
        const fresh = await freshExport(root, work, name);
        assertSameSite(site, fresh.out, name);
        assert.equal(re.stdout, fresh.stdout, `${name}: the same summary`);
        // Most files are kept: the changed article's page, its neighbours, the lists and feeds it is in are made.
        assert.ok(re.kept > re.files / 2, `${name}: only ${re.kept} of ${re.files} files kept`);
        assert.ok(re.kept < again.kept, `${name}: something was made again`);
      }
    } finally {
      removeFolder(work);
    }
  });
}

test('other options, and a site file changed by hand, make files again; the result equals a fresh export', {
  timeout: 600_000,
}, async () => {
  const work = tempFolder('reuse');
  const root = join(work, 'archive');
  const site = join(work, 'site');
  try {
    mkdirSync(root);
    writeArchive(root);
    await exportHtml(root, site);
    const page = join(site, 'a5', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Article 5', 'Changed by hand'));
    await exportHtml(root, site);
    assert.match(readFileSync(page, 'utf8'), /Article 5/);
    assert.doesNotMatch(readFileSync(page, 'utf8'), /Changed by hand/);

    const titled = await exportHtml(root, site, ['--title', 'Another title']);
    assert.equal(titled.kept, 0, 'a new title is on every page: nothing kept');
    const fresh = await freshExport(root, work, 'title', ['--title', 'Another title']);
    assertSameSite(site, fresh.out, 'title');
  } finally {
    removeFolder(work);
  }
});
