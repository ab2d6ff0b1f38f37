import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openIndex } from '../../src/index/database.js';
import { diffFiles } from '../../src/index/diff.js';
import { refreshIndex, scanListing } from '../../src/index/refresh.js';
import { scanArchive } from '../../src/archive/scan.js';
import {
  countTags,
  selectArticlePaths,
  selectArticles,
  sortArticles,
  storedProblems,
} from '../../src/index/article-reads.js';
import { emptyFilter } from '../../src/model/filter.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

function archive(files: Record<string, string>): string {
  const root = tempFolder('index');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const order = { sort: 'path' as const, reverse: false };

test('diff sorts files into added, changed, removed and unchanged', () => {
  const diff = diffFiles(
    [
      { path: 'a.md', size: 1, mtimeMs: 1 },
      { path: 'b.md', size: 2, mtimeMs: 2 },
      { path: 'c.md', size: 3, mtimeMs: 3 },
    ],
    [
      { path: 'b.md', size: 2, mtimeMs: 2, hash: 'x' },
      { path: 'c.md', size: 3, mtimeMs: 9, hash: 'y' },
      { path: 'd.md', size: 4, mtimeMs: 4, hash: 'z' },
    ],
  );
  assert.deepEqual(
    diff.added.map((file) => file.path),
    ['a.md'],
  );
  assert.deepEqual(
    diff.unchanged.map((file) => file.path),
    ['b.md'],
  );
  assert.deepEqual(
    diff.changed.map(({ file }) => file.path),
    ['c.md'],
  );
  assert.deepEqual(
    diff.removed.map((file) => file.path),
    ['d.md'],
  );
});

test('refresh adds, updates, keeps and removes articles incrementally', async () => {
  const root = archive({ 'a.md': '---\ntitle: A\ntags: [x]\n---\nalpha', 'b.md': '# B\n\nbeta' });
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    const first = await refreshIndex(db, root);
    assert.deepEqual(first.stats, { files: 2, added: 2, updated: 0, removed: 0, unchanged: 0, failed: 0 });

    const second = await refreshIndex(db, root);
    assert.deepEqual(second.stats, { files: 2, added: 0, updated: 0, removed: 0, unchanged: 2, failed: 0 });

    // Touched but not changed: the hash says so, nothing is parsed again.
    utimesSync(join(root, 'b.md'), new Date(), new Date(Date.now() + 5000));
    const touched = await refreshIndex(db, root);
    assert.equal(touched.stats.unchanged, 2);
    assert.equal(touched.stats.updated, 0);

    writeFileSync(join(root, 'a.md'), '---\ntitle: A2\ntags: [y]\n---\nalpha two');
    rmSync(join(root, 'b.md'));
    writeFileSync(join(root, 'c.md'), '---\ntitle: C\ndate: 2024-13-01\n---\n');
    const third = await refreshIndex(db, root);
    assert.deepEqual(third.stats, { files: 2, added: 1, updated: 1, removed: 1, unchanged: 0, failed: 0 });
    assert.deepEqual(
      selectArticles(db, emptyFilter(), order).map((article) => article.title),
      ['A2', 'C'],
    );
    assert.deepEqual(countTags(db, emptyFilter()), [{ tag: 'y', count: 1 }]);
    assert.equal(storedProblems(db).length, 1);
    assert.equal(third.problems.length, 1);
  } finally {
    db.close();
    removeFolder(root);
  }
});

test('a refresh finding the files as the last one left them trusts the listing of the scan', async () => {
  const root = archive({ 'a.md': '# A\n\nalpha', 'b.md': '# B\n\nbeta' });
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  const storedListing = () => db.prepare("SELECT value FROM meta WHERE key = 'scan'").pluck().get();
  try {
    await refreshIndex(db, root);
    assert.equal(storedListing(), scanListing(scanArchive(root)));

    // A listing that does not match sends the refresh the long way, which finds nothing to do and records it.
    db.prepare("UPDATE meta SET value = 'stale' WHERE key = 'scan'").run();
    const again = await refreshIndex(db, root);
    assert.deepEqual(again.stats, { files: 2, added: 0, updated: 0, removed: 0, unchanged: 2, failed: 0 });
    assert.equal(storedListing(), scanListing(scanArchive(root)));

    writeFileSync(join(root, 'a.md'), '# A\n\nalpha, longer now');
    writeFileSync(join(root, 'c.md'), '# C');
    const changed = await refreshIndex(db, root);
    assert.deepEqual(changed.stats, { files: 3, added: 1, updated: 1, removed: 0, unchanged: 1, failed: 0 });
    assert.equal(storedListing(), scanListing(scanArchive(root)));

    // Same size, other content, only the modification time tells: still read again.
    writeFileSync(join(root, 'b.md'), '# B\n\nBETA');
    utimesSync(join(root, 'b.md'), new Date(), new Date(Date.now() + 7000));
    const edited = await refreshIndex(db, root);
    assert.deepEqual(edited.stats, { files: 3, added: 0, updated: 1, removed: 0, unchanged: 2, failed: 0 });

    // A removed file is noticed at once, even when nothing else changed.
    rmSync(join(root, 'c.md'));
    const removed = await refreshIndex(db, root);
    assert.deepEqual(removed.stats, { files: 2, added: 0, updated: 0, removed: 1, unchanged: 2, failed: 0 });
  } finally {
    db.close();
    removeFolder(root);
  }
});

test('the scan finds articles in folders among few or many other entries, and follows no links', () => {
  for (const others of [2, 40]) {
    const files: Record<string, string> = {
      'top.md': '# Top',
      'deep/er/note.markdown': '# Note',
      'a-folder.md/inside.md': '# Inside a folder named like an article',
      'node_modules/pkg/readme.md': '# Not an article',
      '.hidden/secret.md': '# Not an article',
      'site/.folio-site': '',
      'site/page.md': '# An exported page',
      'outside/linked.md': '# Reached only through a link',
    };
    for (let i = 0; i < others; i++) files[`images/${i}.png`] = 'png';
    for (let i = 0; i < others; i++) files[`mixed/${i}.txt`] = 'text';
    files['mixed/sub/found.md'] = '# Found';
    const root = archive(files);
    try {
      symlinkSync(join(root, 'outside'), join(root, 'mixed', 'link'));
      symlinkSync(join(root, 'top.md'), join(root, 'mixed', 'link.md'));
      rmSync(join(root, 'outside'), { recursive: true });
      symlinkSync(join(root, 'deep'), join(root, 'deep', 'er', 'loop'));
      assert.deepEqual(
        scanArchive(root).map((file) => file.path),
        ['a-folder.md/inside.md', 'deep/er/note.markdown', 'mixed/sub/found.md', 'top.md'],
        `${others} other entries`,
      );
    } finally {
      removeFolder(root);
    }
  }
});

test('no two different scans have the same listing, whatever their file names hold', () => {
  const file = (path: string, size = 1, mtimeMs = 1) => ({ path, size, mtimeMs });
  const listings = [
    [file('a.md', 1, 1)],
    [file('a.md', 1, 2)],
    [file('a.md', 2, 1)],
    [file('b.md', 1, 1)],
    // Names that would run together if the paths were only joined by a separator.
    [file('a.md\nb.md'), file('c.md')],
    [file('a.md'), file('b.md\nc.md')],
    [file('a.md","b.md'), file('c.md')],
    [file('a.md'), file('b.md'), file('c.md')],
    [],
  ].map(scanListing);
  assert.equal(new Set(listings).size, listings.length);
  assert.equal(scanListing([file('a.md', 3, 1764000000000.123)]), scanListing([file('a.md', 3, 1764000000000.123)]));
});

test('filters: tags (all), author, dates, drafts, where', async () => {
  const root = archive({
    'a.md': '---\ntitle: A\ndate: 2024-01-10\nauthor: Ada Lovelace\ntags: [x, y]\nstatus: live\n---\n',
    'b.md': '---\ntitle: B\ndate: 2023-06-01\nauthor: Bob\ntags: [x]\nstatus: [old, live]\n---\n',
    'c.md': '---\ntitle: C\ndraft: true\ntags: [x]\n---\n',
  });
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    await refreshIndex(db, root);
    const titles = (filter: Partial<ReturnType<typeof emptyFilter>>) =>
      selectArticles(db, { ...emptyFilter(), ...filter }, order).map((article) => article.title);
    assert.deepEqual(titles({}), ['A', 'B']);
    assert.deepEqual(titles({ drafts: true }), ['A', 'B', 'C']);
    assert.deepEqual(titles({ tags: ['X', 'y'] }), ['A']);
    assert.deepEqual(titles({ author: 'lovelace' }), ['A']);
    assert.deepEqual(titles({ since: '2024-01-01' }), ['A']);
    assert.deepEqual(titles({ until: '2023-12-31' }), ['B']);
    assert.deepEqual(titles({ where: [{ path: ['status'], value: 'live' }] }), ['A', 'B']);
    assert.deepEqual(titles({ where: [{ path: ['status'], value: 'old' }] }), ['B']);
    assert.deepEqual(titles({ where: [{ path: ['draft'], value: 'true' }], drafts: true }), ['C']);
    assert.deepEqual(titles({ where: [{ path: ['nothing'], value: 'x' }] }), []);
  } finally {
    db.close();
    removeFolder(root);
  }
});

test('a damaged index file is replaced; a foreign file outside .folio is refused', () => {
  const root = tempFolder('damaged');
  try {
    mkdirSync(join(root, '.folio'));
    writeFileSync(join(root, '.folio', 'index.db'), 'SQLite format 3\0' + 'garbage'.repeat(1000));
    const opened = openIndex(join(root, '.folio', 'index.db'));
    assert.equal(opened.rebuiltBecause, 'it was damaged');
    opened.db.close();
    writeFileSync(join(root, 'notes.txt'), 'my precious notes, not a database at all'.repeat(100));
    assert.throws(() => openIndex(join(root, 'notes.txt')), /not a folio index/);
  } finally {
    removeFolder(root);
  }
});

test('the full-text table stays in step with the articles through additions, edits and removals', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 600; i++) files[`bulk/${i}.md`] = `---\ntitle: Bulk ${i}\n---\nword${i} common`;
  files['one.md'] = '# One\n\nalpha beta';
  const root = archive(files);
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  const matches = (query: string) =>
    (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(query) as { n: number }).n;
  const integrity = () =>
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
  try {
    await refreshIndex(db, root); // 601 new files, parsed on worker threads
    integrity();
    assert.equal(matches('common'), 600);
    assert.equal(matches('word599'), 1);

    writeFileSync(join(root, 'one.md'), '# One\n\ngamma');
    rmSync(join(root, 'bulk', '5.md'));
    await refreshIndex(db, root); // one change, one removal
    integrity();
    assert.equal(matches('alpha'), 0);
    assert.equal(matches('gamma'), 1);
    assert.equal(matches('word5'), 0);
    assert.equal(matches('common'), 599);
  } finally {
    db.close();
    removeFolder(root);
  }
});

test('SQL and in-memory orders agree, with and without limits and reversal, for articles and for paths alone', async () => {
  const root = archive({
    'b.md': '---\ntitle: Beta\ndate: 2024-01-01\n---\none two three',
    'a.md': '---\ntitle: alpha\ndate: 2024-01-01\n---\none',
    'c.md': '---\ntitle: Gamma\ndate: 2023-05-05T10:00:00+02:00\nupdated: 2024-06-01\n---\none two',
    'd.md': '---\ntitle: Delta\n---\none two three four',
    'e.md': '---\ntitle: épsilon\ndate: 2025-01-01\n---\n',
  });
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    await refreshIndex(db, root);
    const all = selectArticles(db, emptyFilter(), { sort: 'path', reverse: false });
    for (const sort of ['date', 'updated', 'words', 'path', 'title'] as const) {
      for (const reverse of [false, true]) {
        const expected = sortArticles([...all], { sort, reverse }).map((article) => article.path);
        assert.deepEqual(
          selectArticles(db, emptyFilter(), { sort, reverse }).map((article) => article.path),
          expected,
          `${sort} ${reverse}`,
        );
        assert.deepEqual(
          selectArticlePaths(db, emptyFilter(), { sort, reverse }),
          expected,
          `paths ${sort} ${reverse}`,
        );
        for (const limit of [1, 2, 4]) {
          assert.deepEqual(
            selectArticles(db, emptyFilter(), { sort, reverse, limit }).map((article) => article.path),
            expected.slice(0, limit),
            `${sort} ${reverse} ${limit}`,
          );
          assert.deepEqual(
            selectArticlePaths(db, emptyFilter(), { sort, reverse, limit }),
            expected.slice(0, limit),
            `paths ${sort} ${reverse} ${limit}`,
          );
        }
      }
    }
    assert.deepEqual(
      selectArticles(db, emptyFilter(), { sort: 'date', reverse: false }).map((article) => article.path),
      ['e.md', 'a.md', 'b.md', 'c.md', 'd.md'],
    );
    assert.deepEqual(
      selectArticles(db, emptyFilter(), { sort: 'title', reverse: false }).map((article) => article.title),
      ['alpha', 'Beta', 'Delta', 'épsilon', 'Gamma'],
    );
  } finally {
    db.close();
    removeFolder(root);
  }
});

test('a rebuild empties the index in place, so a process that has it open keeps working', async () => {
  const root = archive({ 'a.md': '---\ntitle: A\n---\nalpha', 'b.md': '# B\n\nbeta' });
  const file = join(root, '.folio', 'index.db');
  const reader = openIndex(file).db;
  try {
    await refreshIndex(reader, root);
    const inode = statSync(file).ino;
    const rebuilt = openIndex(file, { fresh: true }).db;
    try {
      assert.equal(statSync(file).ino, inode, 'the same file, not a new one');
      assert.deepEqual(selectArticles(rebuilt, emptyFilter(), order), []);
      // The other connection sees the emptied index, not a missing or unreadable file, and can fill it again.
      assert.deepEqual(selectArticles(reader, emptyFilter(), order), []);
      const again = await refreshIndex(reader, root);
      assert.equal(again.stats.added, 2);
      assert.deepEqual(
        selectArticles(rebuilt, emptyFilter(), order).map((article) => article.title),
        ['A', 'B'],
      );
    } finally {
      rebuilt.close();
    }
  } finally {
    reader.close();
    removeFolder(root);
  }
});

test('a refresh whose files a watcher vouches for reads none of them, unless the settings or the commit moved', async () => {
  const root = archive({ 'a.md': '---\ntitle: A\n---\nalpha' });
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    await refreshIndex(db, root, { settingsKey: 'one' });
    // Changed behind the (pretended) watcher's back: vouched for, the change is not looked for.
    writeFileSync(join(root, 'a.md'), '---\ntitle: A2\n---\nalpha');
    const vouched = await refreshIndex(db, root, { settingsKey: 'one', filesKeptFresh: true });
    assert.equal(vouched.keptFresh, true);
    assert.deepEqual(vouched.stats, { files: 1, added: 0, updated: 0, removed: 0, unchanged: 1, failed: 0 });
    assert.deepEqual(
      selectArticles(db, emptyFilter(), order).map((article) => article.title),
      ['A'],
    );
    // Other settings than the index was refreshed under: the files are read whatever the watcher says.
    const resettled = await refreshIndex(db, root, { settingsKey: 'two', filesKeptFresh: true });
    assert.equal(resettled.keptFresh, undefined);
    assert.deepEqual(
      selectArticles(db, emptyFilter(), order).map((article) => article.title),
      ['A2'],
    );
  } finally {
    db.close();
    removeFolder(root);
  }
});
