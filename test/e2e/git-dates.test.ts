/**
 * Dates from git: in an archive kept in a git repository, an article that states no date is dated by the day its
 * file was first committed (dateSource "git"), followed through renames; an article's own date always wins.
 * The repositories are made here with fixed author dates; without git installed these tests are skipped, and
 * one test runs folio with git out of reach to show that nothing changes then.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeFolder, runFolio, tempFolder, testEnv } from '../helpers/cli.js';

const hasGit = spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
const skip = !hasGit && 'git is not installed';

function git(root: string, args: string[], date?: string): void {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ana',
    GIT_AUTHOR_EMAIL: 'ana@example.org',
    GIT_COMMITTER_NAME: 'Ana',
    GIT_COMMITTER_EMAIL: 'ana@example.org',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  execFileSync('git', args, { cwd: root, env, stdio: 'ignore' });
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function commit(root: string, date: string, message: string): void {
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', message], date);
}

async function records(
  root: string,
  env = testEnv(),
  args: string[] = [],
): Promise<Map<string, { date: string | null; dateSource: string }>> {
  const result = await runFolio([...args, 'list', '--format', 'jsonl'], { cwd: root, env });
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '');
  return new Map(
    lines
      .map((line) => JSON.parse(line) as { path: string; date: string | null; dateSource: string })
      .map((record) => [record.path, record]),
  );
}

function makeRepository(): string {
  const root = tempFolder('git-dates');
  git(root, ['init', '-q', '-b', 'main']);
  write(root, 'vim/buffers.md', '# Buffers\n\nList them with :ls.\n');
  write(root, 'dated.md', '---\ndate: 2010-01-01\n---\n# Dated\n\nIt states its own date.\n');
  write(root, 'named/2012-05-06-post.md', '# Named\n\nIts file name has a date.\n');
  commit(root, '2015-02-06T21:50:36-06:00', 'first notes');
  write(root, 'git/rebase.md', '# Rebase\n\nInteractive.\n');
  commit(root, '2016-07-08T10:00:00+02:00', 'a second note');
  return root;
}

test('an undated note in a git repository is dated by its first commit; stated dates win', { skip }, async () => {
  const root = makeRepository();
  try {
    const found = await records(root);
    assert.deepEqual(found.get('vim/buffers.md'), {
      ...found.get('vim/buffers.md'),
      date: '2015-02-06T21:50:36-06:00',
      dateSource: 'git',
    });
    assert.equal(found.get('git/rebase.md')?.date, '2016-07-08T10:00:00+02:00');
    assert.equal(found.get('dated.md')?.dateSource, 'frontmatter');
    assert.equal(found.get('named/2012-05-06-post.md')?.dateSource, 'file name');
    const listed = await runFolio(['list', '--since', '2016'], { cwd: root });
    assert.match(listed.stdout, /2016-07-08 {2}Rebase/);
  } finally {
    removeFolder(root);
  }
});

test('a moved note keeps the day it was first committed; a note not yet committed has no date until it is', {
  skip,
}, async () => {
  const root = makeRepository();
  try {
    await records(root);
    mkdirSync(join(root, 'editors'));
    renameSync(join(root, 'vim'), join(root, 'editors', 'vim'));
    write(root, 'fresh.md', '# Fresh\n\nNot committed yet.\n');
    let found = await records(root);
    assert.equal(found.get('editors/vim/buffers.md')?.dateSource, 'none', 'the move is not committed yet');
    assert.equal(found.get('fresh.md')?.dateSource, 'none');
    commit(root, '2020-03-04T05:06:07Z', 'move notes, add one');
    // Only the commit changed: no file is read again, the dates follow the repository.
    found = await records(root);
    assert.equal(found.get('editors/vim/buffers.md')?.date, '2015-02-06T21:50:36-06:00');
    assert.equal(found.get('fresh.md')?.date, '2020-03-04T05:06:07+00:00');
    // An archive that is a folder of the repository reads the same history.
    const inside = await records(join(root, 'editors'));
    assert.equal(inside.get('vim/buffers.md')?.date, '2015-02-06T21:50:36-06:00');
  } finally {
    removeFolder(root);
  }
});

test('an article that comes to state its own date stops using the git date', { skip }, async () => {
  const root = makeRepository();
  try {
    await records(root);
    write(root, 'git/rebase.md', '---\ndate: 2024-09-10\n---\n# Rebase\n\nInteractive.\n');
    const found = await records(root);
    assert.equal(found.get('git/rebase.md')?.date, '2024-09-10');
    assert.equal(found.get('git/rebase.md')?.dateSource, 'frontmatter');
  } finally {
    removeFolder(root);
  }
});

test('without git on the PATH, nothing is dated from git and nothing fails', { skip }, async () => {
  const root = makeRepository();
  try {
    const emptyPath = tempFolder('no-git-path');
    const found = await records(root, testEnv({ PATH: emptyPath }));
    removeFolder(emptyPath);
    assert.equal(found.get('vim/buffers.md')?.dateSource, 'none');
    assert.equal(found.get('dated.md')?.dateSource, 'frontmatter');
  } finally {
    removeFolder(root);
  }
});

test('a folder that is not in a git repository has no git dates', async () => {
  const root = tempFolder('no-git');
  try {
    write(root, 'note.md', '# Note\n\nNo repository here.\n');
    assert.equal((await records(root)).get('note.md')?.dateSource, 'none');
  } finally {
    removeFolder(root);
  }
});
