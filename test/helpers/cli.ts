/**
 * Runs the built CLI as a child process, the way a user or a script would: no TTY, no stdin, a controlled
 * environment (UTC, fixed width, no colour unless asked).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
    const child = execFile(process.execPath, [FOLIO_BIN, ...args], {
      cwd: options.cwd,
      env: options.env ?? testEnv(),
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ stdout, stderr, code: error ? (error.code as number) : 0 });
    });
    child.stdin?.end();
  });
}

/** Copies the fixture archive `name` into a fresh temporary folder and returns its path. */
export function copyFixture(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `folio-${name}-`));
  cpSync(join(FIXTURES, name), folder, { recursive: true, verbatimSymlinks: true });
  return folder;
}

/** Creates an empty temporary folder. */
export function tempFolder(label = 'tmp'): string {
  return mkdtempSync(join(tmpdir(), `folio-${label}-`));
}

/** Removes a temporary folder. */
export function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}
