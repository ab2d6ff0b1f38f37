/**
 * Runs every example in README.md with the built CLI, each code block against a fresh copy of the bundled
 * `articles/` folder (and `saved/`, and any folder an example names with `-C`), and checks its exit status and,
 * where the README shows it, its output. Which lines are examples, and how to skip one that cannot run here, is
 * described in helpers/readme-examples.ts and in README.md, "Development".
 *
 * Examples run in bash (pipes to `jq`, `head`, `xargs` work as written) with `folio` on the PATH, in UTC, without
 * colour, in a pipe. A folio command without `-C` runs inside `articles/`, as the README's "in the current
 * folder" means; one with `-C`, and any other command, runs from the checkout's copy that holds `articles/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeFolder, tempFolder, testEnv } from '../helpers/cli.js';
import { FOLIO_BIN, PROJECT_ROOT } from '../helpers/paths.js';
import {
  outputMatches,
  readmeExamples,
  stripComment,
  type ReadmeBlock,
  type ReadmeCommand,
} from '../helpers/readme-examples.js';

const README = join(PROJECT_ROOT, 'README.md');
const CONVENTION = [
  'README examples: every line of an indented code block starting with `folio `, `$ folio `, `npx folio ` or',
  '`node bin/folio.js ` is run by test/e2e/readme-examples.test.ts on a fresh copy of articles/ (inside it when',
  'there is no -C). It must exit 0 unless its line ends with `# exit status N`; the lines under a `$ ` command are',
  'its output (`…` alone = any lines, a trailing `…` = the rest of the line); shown without output, it must print',
  'something on stdout. Put `<!-- not tested: reason -->`',
  'just above a block that cannot run in a test (an editor, a server). See README.md, "Development".',
].join('\n');

const blocks = readmeExamples(readFileSync(README, 'utf8'));

test('README.md has examples to run', () => {
  assert.ok(blocks.length >= 10, `found only ${blocks.length} example blocks in README.md\n${CONVENTION}`);
});

for (const block of blocks) {
  const first = block.commands.find((command) => command.isFolio)!;
  const name = `README.md:${first.line}: ${oneLine(stripComment(first.command))}`;
  if (block.skip) {
    test(name, { skip: `not tested: ${block.skip}` }, () => {});
    continue;
  }
  test(name, { timeout: 120_000 }, async () => {
    const checkout = prepareCheckout(block);
    try {
      for (const command of block.commands) await runAndCheck(command, checkout);
    } finally {
      removeFolder(dirname(checkout));
    }
  });
}

async function runAndCheck(command: ReadmeCommand, checkout: string): Promise<void> {
  const script = stripComment(command.command.replace(/^(?:npx folio|node bin\/folio\.js)(?=\s)/, 'folio'));
  const insideArchive = command.isFolio && !/(?:^|\s)(?:-C|--dir)(?:\s|=)/.test(script);
  const cwd = insideArchive ? join(checkout, 'articles') : checkout;
  const { stdout, stderr, code } = await bash(script, cwd, dirname(checkout), command.columns);
  // Output is compared as stdout then stderr: folio prints results first and its summary line last.
  const output = stdout + stderr;
  const where = `README.md:${command.line}: ${oneLine(command.command)}`;
  const lines = output.split('\n');
  if (lines.at(-1) === '') lines.pop();
  assert.equal(
    code,
    command.exitStatus,
    `${where}\nexited ${code}, expected ${command.exitStatus}. It printed:\n${output}\n${CONVENTION}`,
  );
  if (command.isFolio && !command.expected?.length && !/(?:^|\s)(?:-o|--out)\s/.test(script)) {
    // An example shown without output still has to show something: a listing of nothing is not an example.
    assert.ok(stdout.trim() !== '', `${where}\nprinted nothing on stdout (stderr: ${stderr.trim()})\n${CONVENTION}`);
  }
  if (command.expected && command.expected.length > 0) {
    assert.ok(
      outputMatches(command.expected, lines),
      `${where}\nprinted:\n${output}\nbut README.md shows:\n${command.expected.join('\n')}\n${CONVENTION}`,
    );
  }
}

/** A temp folder `checkout/` holding copies of `articles/`, `saved/` and the folders the block names by `-C`. */
function prepareCheckout(block: ReadmeBlock): string {
  const root = tempFolder('readme');
  const checkout = join(root, 'checkout');
  const bin = join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'folio'), `#!/bin/sh\nexec "${process.execPath}" "${FOLIO_BIN}" "$@"\n`);
  chmodSync(join(bin, 'folio'), 0o755);
  const paths = new Set(['articles', 'saved']);
  for (const command of block.commands) {
    for (const match of command.command.matchAll(/(?:-C|--dir)[\s=]+(\S+)/g)) paths.add(match[1]!);
  }
  for (const path of paths) {
    const from = join(PROJECT_ROOT, path);
    if (!path.startsWith('..') && existsSync(from)) {
      cpSync(from, join(checkout, path), { recursive: true, filter: (source) => !source.includes('/.folio') });
    }
  }
  return checkout;
}

function bash(
  script: string,
  cwd: string,
  root: string,
  columns: number | undefined,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = testEnv({
    PATH: `${join(root, 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    ...(columns ? { COLUMNS: String(columns) } : {}),
  });
  return new Promise((resolve, reject) => {
    const child = execFile(
      'bash',
      ['-o', 'pipefail', '-c', script],
      { cwd, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ stdout, stderr, code: error ? (error.code as number) : 0 });
      },
    );
    child.stdin?.end();
  });
}

function oneLine(command: string): string {
  return command.replace(/\s*\\?\n\s*/g, ' ');
}
