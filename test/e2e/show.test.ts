/**
 * `folio show` beyond what transcripts can say: what is shown follows edits made after the last refresh, and on
 * a terminal a long article goes through the pager (run under `script`, which gives the command a terminal).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder, testEnv } from '../helpers/cli.js';
import { FOLIO_BIN } from '../helpers/paths.js';

test('an article edited, added or removed since the last refresh is shown as it is now', async () => {
  const root = copyFixture('show');
  try {
    assert.equal((await runFolio(['index'], { cwd: root })).code, 0);
    const file = join(root, 'bundle', 'trip', 'index.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('found by its folder', 'edited after indexing'));
    const edited = await runFolio(['show', 'trip'], { cwd: root });
    assert.equal(edited.code, 0);
    assert.match(edited.stdout, /edited after indexing/);

    writeFileSync(join(root, 'fresh.md'), '---\ntitle: Fresh\nslug: fresh-one\n---\n\nNew text.\n');
    assert.match((await runFolio(['show', 'fresh-one'], { cwd: root })).stdout, /New text\./);

    rmSync(file);
    const removed = await runFolio(['show', 'trip'], { cwd: root });
    assert.equal(removed.code, 2);
    assert.match(removed.stderr, /no article matches 'trip'/);
  } finally {
    removeFolder(root);
  }
});

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

test('on a terminal, an article taller than the screen goes through $PAGER; --no-pager and short ones do not', {
  skip: !hasScript && 'script (util-linux) is not installed',
}, () => {
  const root = copyFixture('show');
  const paged = join(root, 'paged.txt');
  try {
    const run = (args: string, rows: number) => {
      rmSync(paged, { force: true });
      // `script` runs the command on a pseudo-terminal of its own; stty sets its size.
      const command = `stty rows ${rows} cols 80; ${process.execPath} ${FOLIO_BIN} ${args}`;
      const env = testEnv({ PAGER: `cat > ${paged}`, TERM: 'xterm-256color' });
      delete env.NO_COLOR;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, env, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      return { screen: result.stdout, paged: readPaged(paged) };
    };
    const long = run('show every', 24);
    assert.match(long.paged ?? '', /Every construct, rendered/);
    assert.doesNotMatch(long.screen, /Every construct/);
    assert.match(long.paged ?? '', /\u001b\[/, 'the pager gets colour: it is a terminal that shows it');

    const unpaged = run('show every --no-pager', 24);
    assert.equal(unpaged.paged, undefined);
    assert.match(unpaged.screen, /Every construct, rendered/);

    const short = run('show trip', 24);
    assert.equal(short.paged, undefined);
    assert.match(short.screen, /A page bundle/);
  } finally {
    removeFolder(root);
  }
});

function readPaged(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

test('every file list prints is shown by the path --format paths gives for it, however awkward its name', {
  timeout: 120_000,
}, async () => {
  const root = tempFolder('names');
  try {
    const names = [
      'back\\slash.md',
      'with space.md',
      "quote'single.md",
      'quote"double.md',
      '-leading-dash.md',
      'ünïcødé 東京.md',
      'hash#tag.md',
      'per%cent.md',
      'tab\there.md',
      'notes/nested\\dir name.md',
      'same-name.md',
      'same-name.markdown',
    ];
    mkdirSync(join(root, 'notes'));
    for (const [index, name] of names.entries())
      writeFileSync(join(root, name), `# Title number ${index}\n\nBody ${index}.\n`);
    // From the archive, and from the folder above it (paths then start with the folder, as given to -C).
    for (const [cwd, args, prefix] of [
      [root, [], ''],
      [join(root, '..'), ['-C', basename(root)], `${basename(root)}/`],
    ] as const) {
      const listed = await runFolio([...args, 'list', '--format', 'paths', '--sort', 'path'], { cwd });
      assert.equal(listed.code, 0);
      const paths = listed.stdout.split('\n').filter(Boolean);
      assert.equal(paths.length, names.length);
      for (const path of paths) {
        const shown = await runFolio([...args, 'show', '--', path], { cwd });
        assert.equal(shown.code, 0, `${path}: ${shown.stderr}`);
        const index = names.findIndex((name) => prefix + name.replace(/\t/g, '?') === path);
        assert.notEqual(index, -1, path);
        assert.match(shown.stdout, new RegExp(`Title number ${index}\\n`), path);
      }
    }
    // Ids stay distinct where slugs do not; check still reports the shared slug.
    const records = JSON.parse((await runFolio(['list', '--format', 'json'], { cwd: root })).stdout) as {
      id: string;
      path: string;
    }[];
    assert.equal(new Set(records.map((record) => record.id)).size, names.length);
    for (const record of records) assert.match(record.id, /^[A-Za-z0-9_-]+$/, record.path);
    const sameName = records
      .filter((record) => record.path.startsWith('same-name.'))
      .map((record) => record.id)
      .sort();
    assert.deepEqual(sameName, ['same-name', 'same-name_2emarkdown_']);
    const checked = await runFolio(['check'], { cwd: root });
    assert.match(checked.stdout, /same-name/);
  } finally {
    removeFolder(root);
  }
});

test('a reference with escape sequences in it is shown, not obeyed, in the error', async () => {
  const root = copyFixture('show');
  try {
    const result = await runFolio(['show', 'x\u001b[2Jy\u001b]0;pwned\u0007'], { cwd: root });
    assert.equal(result.code, 2);
    assert.doesNotMatch(result.stderr, /\u001b|\u0007/);
    assert.match(result.stderr, /no article matches 'x\\x1b\[2Jy/);
  } finally {
    removeFolder(root);
  }
});
