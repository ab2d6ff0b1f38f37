/**
 * Fault injection for the end-to-end fault tests and the soak run (bench/soak.ts): runs the built CLI as a user
 * would and makes the machine fail under it — a SIGKILL after a delay drawn from a seeded random sequence, a
 * file-size limit (`ulimit -f`), a small disk — then tells what a run left behind. Nothing here knows folio's
 * internals: it looks at files and exit codes only.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { article, random } from '../../bench/corpus.js';
import { FOLIO_BIN } from './paths.js';
import { testEnv } from './cli.js';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `folio args…` in `cwd`; with `killAfterMs`, sends SIGKILL after that long (if it is still running).
 * `shell` runs it through `bash -c` with a prefix (e.g. `ulimit -f 64;`).
 */
export function runFolioProcess(
  args: string[],
  options: { cwd: string; killAfterMs?: number; env?: Record<string, string>; shellPrefix?: string },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = options.env ?? testEnv();
    const child =
      options.shellPrefix === undefined
        ? spawn(process.execPath, [FOLIO_BIN, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn('bash', ['-c', `${options.shellPrefix} exec "$0" "$@"`, process.execPath, FOLIO_BIN, ...args], {
            cwd: options.cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
          });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer =
      options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A seeded sequence of delays in [min, max) milliseconds. */
export function delays(seed: number, min: number, max: number): () => number {
  const next = random(seed);
  return () => Math.floor(min + next() * (max - min));
}

/** Writes `count` generated articles (bench/corpus.ts, the same bytes every time) into `folder`; returns their paths. */
export function writeArticles(folder: string, count: number, first = 0): string[] {
  const vocab = Array.from({ length: 400 }, (_, index) => `w${index.toString(36)}x`);
  const paths: string[] = [];
  for (let index = first; index < first + count; index++) {
    const { path, text } = article(index, vocab);
    mkdirSync(join(folder, dirname(path)), { recursive: true });
    writeFileSync(join(folder, path), text);
    paths.push(path);
  }
  return paths.sort();
}

/** Writes `count` plain-text pages to import into `folder`, each a distinct article of a few KB. */
export function writePages(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  const vocab = Array.from({ length: 400 }, (_, index) => `p${index.toString(36)}q`);
  for (let index = 0; index < count; index++) {
    const { text } = article(10_000 + index, vocab);
    const body = text.replace(/^---[\s\S]*?---\n/, '').replace(/[#|`*>\-[\]()]/g, ' ');
    writeFileSync(join(folder, `page-${String(index).padStart(3, '0')}.txt`), `Page number ${index}\n\n${body}`);
  }
}

/** Every file below `folder` (relative paths, `/` separators) with a hash of its bytes, sorted: a site's fingerprint. */
export function fingerprint(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else
        files.set(
          path,
          createHash('sha256')
            .update(readFileSync(join(folder, path)))
            .digest('hex'),
        );
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Names beside `target` that folio's writers make while they work (staging folders, temporary files). */
export function leftoversBeside(target: string): string[] {
  return readdirSync(dirname(target)).filter((name) => name.startsWith(`.${basename(target)}.folio-`));
}

/** Temporary files of an import in `folder`. */
export function importLeftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.startsWith('.folio-import-'));
}

/** The Markdown files below `folder` (relative paths), sorted, skipping dot-folders. */
export function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:md|markdown)$/.test(entry.name)) found.push(path);
    }
  };
  walk('');
  return found.sort();
}
