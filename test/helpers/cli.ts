/**
 * Runs the built CLI as a child process, the way a user or a script would: no TTY, no stdin, a controlled
 * environment (UTC, fixed width, no colour unless asked).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, FOLIO_BIN } from './paths.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** The environment every test run starts from; `extra` adds or overrides variables. */
export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    COLUMNS: '80',
    NO_COLOR: '1',
  };
  return { ...env, ...extra };
}

/** Runs `folio args…` in `cwd` and resolves with its output and exit code (never rejects on a non-zero exit). */
export function runFolio(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [FOLIO_BIN, ...args],
      {
        cwd: options.cwd,
        env: options.env ?? testEnv(),
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ stdout, stderr, code: error ? (error.code as number) : 0 });
      },
    );
    child.stdin?.end();
  });
}

/**
 * Copies the fixture archive `name` into a fresh temporary folder and returns its path. A folder stored as
 * `node_modules.fixture` becomes `node_modules` in the copy: the repository tracks no path that looks like
 * installed packages, yet archives can still show that such a folder is never read.
 */
export function copyFixture(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `folio-${name}-`));
  cpSync(join(FIXTURES, name), folder, { recursive: true, verbatimSymlinks: true });
  restoreStoredNames(folder);
  return folder;
}

function restoreStoredNames(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    restoreStoredNames(path);
    if (entry.name === 'node_modules.fixture') renameSync(path, join(folder, 'node_modules'));
  }
}

/** Creates an empty temporary folder. */
export function tempFolder(label = 'tmp'): string {
  return mkdtempSync(join(tmpdir(), `folio-${label}-`));
}

/** Removes a temporary folder. */
export function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}
