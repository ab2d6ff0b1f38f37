/**
 * The day each Markdown file of an archive was first committed, for articles that state no date of their own.
 * One `git log` pass over the whole history (not one per file): files are followed through renames that git
 * detects, so a note moved into a folder keeps the day it was first written. The archive may be a folder inside
 * the repository; paths come back relative to it. Where git is not installed, or the folder is no repository,
 * there are no dates and nothing else changes. Which commit the repository is at is read from `.git` directly,
 * without starting git, so a warm command can tell in microseconds whether the dates it cached still hold.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The largest `git log` output read (bytes); a history beyond it gives the dates read so far. */
const MAX_LOG_BYTES = 512 * 1024 * 1024;

/**
 * What the repository holding `root` is at: the commit of HEAD (or the text of HEAD when it cannot be resolved
 * without git), or '' when `root` is in no repository. Cheap: reads two or three small files.
 */
export function repositoryState(root: string): string {
  const gitDir = findRepository(root)?.gitDir;
  if (gitDir === undefined) return '';
  try {
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
    if (ref === undefined) return head;
    const common = commonDir(gitDir);
    for (const dir of [gitDir, common]) {
      const value = readIfExists(join(dir, ref));
      if (value !== undefined) return `${ref} ${value.trim()}`;
    }
    const packed = readIfExists(join(common, 'packed-refs')) ?? '';
    const line = packed.split('\n').find((entry) => entry.endsWith(` ${ref}`));
    return `${ref} ${line?.split(' ')[0] ?? 'unborn'}`;
  } catch {
    return 'unreadable';
  }
}

/**
 * The repository holding `root`: its work tree's top folder and its git directory (a `.git` file, as worktrees and
 * submodules have, is followed), or null.
 */
function findRepository(root: string): { top: string; gitDir: string } | null {
  let folder = resolve(root);
  for (;;) {
    const candidate = join(folder, '.git');
    const stats = statSync(candidate, { throwIfNoEntry: false });
    if (stats?.isDirectory()) return { top: folder, gitDir: candidate };
    if (stats?.isFile()) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(readIfExists(candidate) ?? '')?.[1]?.trim();
      return pointer === undefined ? null : { top: folder, gitDir: resolve(folder, pointer) };
    }
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

function commonDir(gitDir: string): string {
  const common = readIfExists(join(gitDir, 'commondir'))?.trim();
  return common ? resolve(gitDir, common) : gitDir;
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The author date (ISO 8601, with its offset) of the commit that first added each Markdown file under `root`
 * that the repository holds now, keyed by its path relative to `root`. Empty when git is missing or fails.
 */
export function firstCommitDates(root: string): Promise<Map<string, string>> {
  const repository = findRepository(root);
  if (repository === null) return Promise.resolve(new Map());
  const prefix = relative(repository.top, resolve(root)).split(sep).join('/');
  return new Promise((done) => {
    // The whole repository's history, oldest first, so that a file moved into the archive's folder from elsewhere
    // keeps the day it was first written; -z keeps every file name exactly as written.
    const args = [
      'log',
      '--reverse',
      '--format=%x01%aI',
      '--name-status',
      '-z',
      '--diff-filter=ADR',
      '-M',
      '--',
      '*.md',
      '*.markdown',
    ];
    execFile(
      'git',
      args,
      { cwd: repository.top, maxBuffer: MAX_LOG_BYTES, encoding: 'utf8', windowsHide: true },
      (error, stdout) => {
        // A history larger than the buffer still gives what was read; any other failure (no git) gives nothing.
        const all = error && !stdout ? new Map<string, string>() : parseLog(stdout);
        if (prefix === '') return done(all);
        const inside = new Map<string, string>();
        for (const [path, date] of all)
          if (path.startsWith(`${prefix}/`)) inside.set(path.slice(prefix.length + 1), date);
        done(inside);
      },
    );
  });
}

/** Reads `git log --reverse --format=%x01%aI --name-status -z` output into first days by path. */
export function parseLog(log: string): Map<string, string> {
  const first = new Map<string, string>();
  for (const commit of log.split('\x01')) {
    const fields = commit.split('\0');
    const date = fields[0]?.trim() ?? '';
    if (date === '') continue;
    for (let i = 1; i < fields.length; i++) {
      const status = fields[i]!.trim();
      if (status.startsWith('A')) {
        const path = fields[++i];
        if (path && !first.has(path)) first.set(path, date);
      } else if (status.startsWith('D')) {
        const path = fields[++i];
        if (path) first.delete(path);
      } else if (status.startsWith('R')) {
        const from = fields[++i];
        const to = fields[++i];
        if (from === undefined || to === undefined) break;
        const since = first.get(from) ?? date;
        first.delete(from);
        first.set(to, since);
      }
    }
  }
  return first;
}
