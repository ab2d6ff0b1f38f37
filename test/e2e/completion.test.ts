/**
 * The completion scripts, driven the way each shell drives them: bash through its completion function with
 * COMP_WORDS set, zsh through `_folio` with compadd and _files standing in for the line editor, fish through
 * `complete -C`. `folio` on PATH is the built CLI. zsh and fish tests are skipped where the shell is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder, testEnv } from '../helpers/cli.js';
import { FOLIO_BIN } from '../helpers/paths.js';

function shellPath(name: string): string | null {
  for (const folder of (process.env.PATH ?? '/usr/bin:/bin').split(':'))
    if (existsSync(join(folder, name))) return join(folder, name);
  return null;
}

interface Setup {
  root: string;
  env: Record<string, string>;
  script(shell: string): string;
  done(): void;
}

async function setUp(): Promise<Setup> {
  const root = copyFixture('writer');
  const bin = tempFolder('completion-bin');
  writeFileSync(join(bin, 'folio'), `#!/bin/sh\nexec '${process.execPath}' '${FOLIO_BIN}' "$@"\n`);
  chmodSync(join(bin, 'folio'), 0o755);
  mkdirSync(join(root, 'saved pages'));
  const env = testEnv({ PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}` });
  const indexed = await runFolio(['index'], { cwd: root, env });
  assert.equal(indexed.code, 0, indexed.stderr);
  return {
    root,
    env,
    script: (shell) => {
      const file = join(bin, `completion.${shell}`);
      writeFileSync(file, execFileSync(process.execPath, [FOLIO_BIN, 'completion', shell], { encoding: 'utf8' }));
      return file;
    },
    done: () => {
      removeFolder(root);
      removeFolder(bin);
    },
  };
}

/** What each line typed (cursor at its end) is expected to offer, in the order folio gives them. */
const CASES: readonly [string, string[]][] = [
  ['folio sh', ['show']],
  ['folio e', ['edit', 'export']],
  ['folio export ', ['html', 'json']],
  ['folio show gar', ['garden-notes']],
  ['folio edit ', ['compost', 'garden-notes', 'lone-walk', 'seed-list']],
  ['folio links s', ['seed-list']],
  ['folio related s', ['seed-list']],
  ['folio related --format p', ['paths']],
  ['folio list --tag ', ['garden', 'soil', 'spring', 'walking']],
  ['folio list --tag sp', ['spring']],
  ['folio search frost --author ', ['Ada Byron', 'Mary Somerville']],
  ['folio list --format j', ['json', 'jsonl']],
  ['folio tags --format ', ['table', 'json', 'jsonl']],
  ['folio search --sort ', ['rank', 'date']],
  ['folio list --sort u', ['updated']],
  ['folio list --or', ['--orphans']],
  ['folio completion ', ['bash', 'zsh', 'fish']],
  ['folio -C notes list --tag so', ['soil']],
];

test('bash: the completion function offers commands, flags, values, slugs and tags', { timeout: 120_000 }, async () => {
  const setup = await setUp();
  try {
    const script = setup.script('bash');
    for (const [line, expected] of CASES) {
      const words = line.split(' ');
      const program = `source '${script}'
COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_folio_complete
printf '%s\\n' "\${COMPREPLY[@]}"`;
      const result = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {
        cwd: setup.root,
        env: setup.env,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      const got = result.stdout.split('\n').filter((candidate) => candidate !== '');
      // -C notes is an archive of its own, indexed here only by that completion's neighbours: no index, no tags.
      assert.deepEqual(got, line.includes('-C notes') ? [] : expected, line);
    }
    // Paths are the shell's own: folders for --into, files for import.
    const folders = spawnSync(
      'bash',
      [
        '--norc',
        '-c',
        `source '${script}'; COMP_WORDS=(folio new x --into sa); COMP_CWORD=4; _folio_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { cwd: setup.root, env: setup.env, encoding: 'utf8' },
    );
    assert.deepEqual(folders.stdout.trim().split('\n'), ['saved pages']);
  } finally {
    setup.done();
  }
});

test('zsh: _folio hands the candidates to compadd', {
  skip: shellPath('zsh') ? false : 'zsh is not installed',
  timeout: 120_000,
}, async () => {
  const setup = await setUp();
  try {
    const script = setup.script('zsh');
    for (const [line, expected] of CASES.filter(([line]) => !line.includes('-C notes'))) {
      const words = line.split(' ');
      const program = `compadd() { while [[ $1 != -- ]]; do shift; done; shift; print -l -- "$@"; }
_files() { print -- ":files $*"; }
source '${script}'
words=(${words.map((word) => `'${word}'`).join(' ')}); CURRENT=${words.length}
_folio`;
      const result = spawnSync('zsh', ['-f', '-c', program], { cwd: setup.root, env: setup.env, encoding: 'utf8' });
      assert.equal(result.status, 0, `${line}: ${result.stderr}`);
      assert.deepEqual(
        result.stdout.split('\n').filter((candidate) => candidate !== ''),
        expected,
        line,
      );
    }
    const folders = spawnSync(
      'zsh',
      [
        '-f',
        '-c',
        `_files() { print -- ":files $*"; }; source '${script}'; words=(folio new x --into ''); CURRENT=5; _folio`,
      ],
      { cwd: setup.root, env: setup.env, encoding: 'utf8' },
    );
    assert.equal(folders.stdout.trim(), ':files -/');
  } finally {
    setup.done();
  }
});

test('fish: complete -C offers the candidates', {
  skip: shellPath('fish') ? false : 'fish is not installed',
  timeout: 120_000,
}, async () => {
  const setup = await setUp();
  try {
    const script = setup.script('fish');
    for (const [line, expected] of CASES.filter(([line]) => !line.includes('-C notes'))) {
      const result = spawnSync(
        'fish',
        ['--no-config', '-c', `source '${script}'; complete -C '${line.replace(/'/g, "\\'")}'`],
        { cwd: setup.root, env: { ...setup.env, HOME: setup.root }, encoding: 'utf8' },
      );
      assert.equal(result.status, 0, `${line}: ${result.stderr}`);
      // fish sorts candidates itself and may add a description after a tab.
      const got = result.stdout
        .split('\n')
        .filter((candidate) => candidate !== '')
        .map((candidate) => candidate.split('\t')[0]!);
      assert.deepEqual(got.sort(), [...expected].sort(), line);
    }
  } finally {
    setup.done();
  }
});
