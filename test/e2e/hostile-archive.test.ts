/**
 * End-to-end cases that need files git cannot hold or that are made at test time: control characters in
 * file names, huge files, symlink loops and links out of the root, closed pipes, damaged indexes, read-only
 * archives, and two folio processes at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { removeFolder, runFolio, tempFolder, testEnv } from '../helpers/cli.js';
import { FOLIO_BIN } from '../helpers/paths.js';

const ESC = '\u001b';

test('control characters in file names and titles never reach the output raw', async () => {
  const root = tempFolder('control');
  try {
    writeFileSync(
      join(root, `evil${ESC}[2Jname.md`),
      `---\ntitle: "Bell\\a and ${'\\e'}]0;owned\\a"\n---\nBody ${ESC}[31m red\n`,
    );
    writeFileSync(join(root, 'plain.md'), '# Plain\n');
    for (const format of ['table', 'paths', 'json', 'jsonl']) {
      const result = await runFolio(['list', '--format', format], { cwd: root });
      assert.equal(result.code, 0);
      assert.ok(
        !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(result.stdout),
        `${format}: ${JSON.stringify(result.stdout)}`,
      );
      assert.ok(!result.stderr.includes(ESC), format);
    }
    const table = await runFolio(['list'], { cwd: root });
    assert.match(table.stdout, /Bell\\x07 and \\x1b\]0;owned\\x07/);
    const check = await runFolio(['check'], { cwd: root });
    assert.equal(check.code, 1);
    assert.match(check.stdout, /evil\\x1b\[2Jname\.md:2: title contains control characters/);
  } finally {
    removeFolder(root);
  }
});

test('error messages quoting what was typed make its control characters visible', async () => {
  const root = tempFolder('typed');
  try {
    writeFileSync(join(root, 'plain.md'), '# Plain\n');
    for (const args of [
      ['list', '--since', `${ESC}[2J`],
      ['show', `zz${ESC}]0;owned`],
      [`${ESC}[2J`],
      ['list', `--${ESC}[2J`],
    ]) {
      const result = await runFolio(args, { cwd: root });
      assert.equal(result.code, 2);
      assert.ok(!result.stderr.includes(ESC), JSON.stringify(result.stderr));
      assert.match(result.stderr, /^folio: .*\\x1b/);
    }
  } finally {
    removeFolder(root);
  }
});

test('a huge file is indexed from its first 16 MiB and reported; the rest of the archive is listed, and exports carry it whole', {
  timeout: 300_000,
}, async () => {
  const root = tempFolder('huge');
  const out = tempFolder('huge-out');
  try {
    const line = 'word '.repeat(200) + '\n';
    writeFileSync(
      join(root, 'huge.md'),
      `---\ntitle: Huge\n---\n${line.repeat(Math.ceil((17 * 1024 * 1024) / line.length))}The very last line.\n`,
    );
    writeFileSync(join(root, 'small.md'), '# Small\n');
    const result = await runFolio(['list', '--format', 'jsonl'], { cwd: root });
    assert.equal(result.code, 0);
    const records = result.stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text) as { title: string; words: number });
    assert.deepEqual(records.map((record) => record.title).sort(), ['Huge', 'Small']);
    assert.ok(records.find((record) => record.title === 'Huge')!.words > 3_000_000);
    assert.match(
      result.stderr,
      /huge\.md: file is larger than 16 MiB; only the first 16 MiB is indexed and searched \(exports carry it whole\)/,
    );

    // Nothing of it is lost in an export, and check names it.
    const json = await runFolio(['export', 'json', '--out', join(out, 'all.json')], { cwd: root });
    assert.equal(json.code, 0, json.stderr);
    const exported = (
      JSON.parse(readFileSync(join(out, 'all.json'), 'utf8')) as {
        articles: { title: string; body: string; text: string }[];
      }
    ).articles;
    const huge = exported.find((record) => record.title === 'Huge')!;
    assert.match(huge.body, /The very last line\.\n$/);
    assert.match(huge.text, /The very last line\.$/);
    const site = await runFolio(['export', 'html', '--out', join(out, 'site'), '--no-feeds'], { cwd: root });
    assert.equal(site.code, 0, site.stderr);
    assert.match(readFileSync(join(out, 'site', 'huge', 'index.html'), 'utf8'), /The very last line\./);
    const check = await runFolio(['check'], { cwd: root });
    assert.equal(check.code, 1);
    assert.match(check.stdout, /huge\.md: file is larger than 16 MiB/);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('symlinks are not followed: no loop hangs the scan, nothing outside the root is read', async () => {
  const root = tempFolder('links');
  const outside = tempFolder('outside');
  try {
    writeFileSync(join(outside, 'secret.md'), '# Secret outside the archive\n');
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'inside.md'), '# Inside\n');
    symlinkSync(outside, join(root, 'out'));
    symlinkSync(join(outside, 'secret.md'), join(root, 'secret-link.md'));
    symlinkSync('..', join(root, 'sub', 'loop'));
    symlinkSync('.', join(root, 'self'));
    const result = await runFolio(['list', '--format', 'paths'], { cwd: root });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, 'sub/inside.md\n');
  } finally {
    removeFolder(root);
    removeFolder(outside);
  }
});

test('a closed pipe ends the run quietly with status 0', async () => {
  const root = tempFolder('pipe');
  try {
    for (let i = 0; i < 3000; i++) writeFileSync(join(root, `a${i}.md`), `# Article ${i}\n`);
    await runFolio(['index'], { cwd: root });
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [FOLIO_BIN, 'list', '--format', 'jsonl'], { cwd: root, env: testEnv() });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (exitCode) => resolve({ code: exitCode, stderr }));
    });
    assert.equal(stderr, '');
    assert.equal(code, 0);
  } finally {
    removeFolder(root);
  }
});

test('a damaged index is rebuilt without asking', async () => {
  const root = tempFolder('damaged');
  try {
    writeFileSync(join(root, 'a.md'), '# A\n');
    await runFolio(['index'], { cwd: root });
    const file = join(root, '.folio', 'index.db');
    const bytes = readFileSync(file);
    bytes.fill(0x41, 100, Math.min(bytes.length, 8192));
    writeFileSync(file, bytes);
    const result = await runFolio(['list', '--format', 'paths'], { cwd: root });
    assert.equal(result.stdout, 'a.md\n');
    assert.match(result.stderr, /rebuilt the index: it was damaged/);
    assert.equal(result.code, 0);
  } finally {
    removeFolder(root);
  }
});

test('an --index path holding some other file is refused, not overwritten', async () => {
  const root = tempFolder('foreign');
  try {
    writeFileSync(join(root, 'a.md'), '# A\n');
    writeFileSync(join(root, 'notes.txt'), 'precious notes '.repeat(100));
    const result = await runFolio(['list', '--index', 'notes.txt'], { cwd: root });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /notes\.txt: not a folio index; refusing to replace it/);
    assert.equal(readFileSync(join(root, 'notes.txt'), 'utf8'), 'precious notes '.repeat(100));
  } finally {
    removeFolder(root);
  }
});

test('a read-only archive keeps its index in the user cache folder', async () => {
  const root = tempFolder('readonly');
  const cache = tempFolder('cache');
  try {
    writeFileSync(join(root, 'a.md'), '# A\n');
    chmodSync(root, 0o555);
    chmodSync(cache, 0o777);
    // root ignores permissions, so as root the command runs as an unprivileged user, who cannot write the archive.
    const asRoot = process.getuid?.() === 0;
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [FOLIO_BIN, 'list', '--format', 'paths'], {
        cwd: root,
        env: testEnv({ XDG_CACHE_HOME: cache, HOME: cache }),
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, 'a.md\n');
    assert.equal(result.code, 0);
    assert.equal(existsSync(join(root, '.folio')), false);
    assert.equal(existsSync(join(cache, 'folio')), true);
  } finally {
    chmodSync(root, 0o755);
    removeFolder(root);
    removeFolder(cache);
  }
});

test('a read-only archive whose cache folder cannot be written either gets a temporary index, with a note', async () => {
  const root = tempFolder('readonly');
  const cache = tempFolder('cache');
  let temporary: string | undefined;
  try {
    writeFileSync(join(root, 'a.md'), '# A\n');
    chmodSync(root, 0o555);
    chmodSync(cache, 0o555);
    const asRoot = process.getuid?.() === 0;
    const run = () =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [FOLIO_BIN, 'list', '--format', 'paths'], {
          cwd: root,
          env: testEnv({ XDG_CACHE_HOME: cache, HOME: cache }),
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
        });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    for (const attempt of [1, 2]) {
      const result = await run();
      assert.match(
        result.stderr,
        /^folio: the archive and \S+ cannot be written; the index is kept in \S+ for now\n$/,
        `run ${attempt}`,
      );
      temporary = /kept in (\S+) for now/.exec(result.stderr)?.[1];
      assert.equal(result.stdout, 'a.md\n');
      assert.equal(result.code, 0);
    }
    assert.equal(existsSync(join(root, '.folio')), false);
    assert.equal(existsSync(join(cache, 'folio')), false);
  } finally {
    chmodSync(root, 0o755);
    chmodSync(cache, 0o755);
    removeFolder(root);
    removeFolder(cache);
    if (temporary) removeFolder(temporary);
  }
});

test('two folio processes refreshing one archive at once both succeed and agree', async () => {
  const root = tempFolder('concurrent');
  try {
    for (let i = 0; i < 800; i++)
      writeFileSync(join(root, `a${i}.md`), `---\ntitle: Article ${i}\ntags: [t${i % 7}]\n---\nBody ${i}\n`);
    const runs = await Promise.all([
      runFolio(['list', '--format', 'paths'], { cwd: root }),
      runFolio(['index'], { cwd: root }),
      runFolio(['tags', '--format', 'jsonl'], { cwd: root }),
      runFolio(['list', '--format', 'paths', '--sort', 'path'], { cwd: root }),
    ]);
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    assert.equal(runs[0]!.stdout.split('\n').filter(Boolean).length, 800);
    assert.equal(runs[3]!.stdout.split('\n').filter(Boolean).length, 800);
    const check = await runFolio(['check'], { cwd: root });
    assert.equal(check.code, 0, check.stdout + check.stderr);
  } finally {
    removeFolder(root);
  }
});
