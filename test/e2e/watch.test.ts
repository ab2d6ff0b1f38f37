/**
 * `folio watch` as a user runs it: a child process beside an archive of more articles than the parse workers'
 * threshold, while other folio commands run right after each change to the files, with no pause between the
 * save and the command. Every command must show the change (added, edited, removed, renamed, a new folder, a
 * new ignore rule), in two orders; a stopped, killed or second watcher must never make a command wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFolio, testEnv } from '../helpers/cli.js';
import { FOLIO_BIN } from '../helpers/paths.js';

/** More than the parse workers' threshold (256), in several folders. */
const ARTICLES = 300;

function article(title: string, body: string): string {
  return `---\ntitle: ${title}\ndate: 2024-01-01\n---\n${body}\n`;
}

function makeArchive(): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-watch-'));
  for (let i = 0; i < ARTICLES; i++) {
    const folder = join(root, `part-${i % 3}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `note-${i}.md`), article(`Note ${i}`, `Ordinary text number ${i}.`));
  }
  return root;
}

interface Watching {
  child: ChildProcess;
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function startWatch(root: string): Promise<Watching> {
  const child = spawn(process.execPath, [FOLIO_BIN, 'watch'], {
    cwd: root,
    env: testEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('watching')) {
        resolve({
          child,
          stderr: () => stderr,
          stop: (signal = 'SIGINT') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`folio watch exited with ${code}: ${stderr}`)));
  });
}

async function paths(root: string): Promise<string[]> {
  const result = await runFolio(['list', '--format', 'paths'], { cwd: root });
  assert.equal(result.code, 0, result.stderr);
  return result.stdout.split('\n').filter(Boolean).sort();
}

async function titleOf(root: string, path: string): Promise<string> {
  const result = await runFolio(['list', '--format', 'json'], { cwd: root });
  assert.equal(result.code, 0, result.stderr);
  const found = (JSON.parse(result.stdout) as { path: string; title: string }[]).find((entry) => entry.path === path);
  return found?.title ?? '(missing)';
}

type Step = (root: string) => Promise<void>;

const steps: Record<string, Step> = {
  edit: async (root) => {
    writeFileSync(join(root, 'part-0/note-0.md'), article('Edited a moment ago', 'New words: quetzalcoatl.'));
    assert.equal(await titleOf(root, 'part-0/note-0.md'), 'Edited a moment ago');
    const found = await runFolio(['search', 'quetzalcoatl', '--format', 'paths'], { cwd: root });
    assert.equal(found.stdout, 'part-0/note-0.md\n');
  },
  add: async (root) => {
    // A new folder with an article already in it when its watch is set up.
    mkdirSync(join(root, 'fresh/deeper'), { recursive: true });
    writeFileSync(join(root, 'fresh/deeper/new.md'), article('Brand new', 'Words: xylophonist.'));
    assert.ok((await paths(root)).includes('fresh/deeper/new.md'));
  },
  remove: async (root) => {
    rmSync(join(root, 'part-1/note-1.md'));
    assert.ok(!(await paths(root)).includes('part-1/note-1.md'));
  },
  rename: async (root) => {
    renameSync(join(root, 'part-2/note-2.md'), join(root, 'part-2/renamed.md'));
    const now = await paths(root);
    assert.ok(now.includes('part-2/renamed.md') && !now.includes('part-2/note-2.md'));
  },
  ignore: async (root) => {
    writeFileSync(join(root, '.folioignore'), 'part-1/\n');
    assert.ok(!(await paths(root)).some((path) => path.startsWith('part-1/')));
  },
};

for (const [name, order] of [
  ['one order', ['edit', 'add', 'remove', 'rename', 'ignore']],
  ['the reverse order', ['ignore', 'rename', 'remove', 'add', 'edit']],
] as const) {
  test(`with folio watch running, every change is seen by the next command, in ${name}`, {
    timeout: 180_000,
  }, async () => {
    const root = makeArchive();
    const watching = await startWatch(root);
    try {
      // The commands ask the watcher instead of scanning.
      const index = await runFolio(['index'], { cwd: root });
      assert.match(index.stdout, new RegExp(`indexed ${ARTICLES} files .*\\(kept current by folio watch\\)`));
      for (const step of order) await steps[step]!(root);
      // Changes made while no command asks are taken in by the watcher on its own.
      writeFileSync(join(root, 'part-0/note-3.md'), article('Taken in on its own', 'x'));
      for (let i = 0; i < 100 && !watching.stderr().includes('refreshed'); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(watching.stderr(), /refreshed in [\d.]+ s: \d+ added, \d+ updated, \d+ removed/);
      assert.equal(await titleOf(root, 'part-0/note-3.md'), 'Taken in on its own');
    } finally {
      assert.equal(await watching.stop(), 0);
    }
    // Ctrl-C leaves nothing behind.
    assert.equal(existsSync(join(root, '.folio/watch')), false);
    rmSync(root, { recursive: true, force: true });
  });
}

test('a stopped watcher delays a command but never makes it wrong; a killed one is replaced', {
  timeout: 180_000,
}, async () => {
  const root = makeArchive();
  const first = await startWatch(root);
  try {
    // Not answering (stopped): the command gives up waiting and scans by itself.
    first.child.kill('SIGSTOP');
    writeFileSync(join(root, 'part-0/note-0.md'), article('Seen without the watcher', 'x'));
    assert.equal(await titleOf(root, 'part-0/note-0.md'), 'Seen without the watcher');
    assert.doesNotMatch((await runFolio(['index'], { cwd: root })).stdout, /kept current/);
    first.child.kill('SIGCONT');

    // A second watcher of the same archive is refused while the first runs.
    const second = await runFolio(['watch'], { cwd: root });
    assert.equal(second.code, 2);
    assert.match(second.stderr, /another folio watch is already watching this archive/);
  } finally {
    first.child.kill('SIGCONT');
    await first.stop('SIGKILL');
  }
  // Killed: its socket is left, and answers nobody. Commands scan; a new watcher takes the place.
  assert.equal(existsSync(join(root, '.folio/watch/socket')), true);
  writeFileSync(join(root, 'part-0/note-5.md'), article('After the kill', 'x'));
  assert.equal(await titleOf(root, 'part-0/note-5.md'), 'After the kill');
  const replacement = await startWatch(root);
  try {
    writeFileSync(join(root, 'part-0/note-6.md'), article('With the new watcher', 'x'));
    assert.equal(await titleOf(root, 'part-0/note-6.md'), 'With the new watcher');
  } finally {
    assert.equal(await replacement.stop(), 0);
  }
  rmSync(root, { recursive: true, force: true });
});
