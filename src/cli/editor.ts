/**
 * Opening a file in the user's editor: `$VISUAL`, else `$EDITOR`, else the first of a few common editors found on
 * PATH. The editor setting is split into words as a shell would split it (quotes, backslashes, `$VAR`), but it is
 * never run through a shell: a setting with `;`, `|`, `&&` or a redirection is refused rather than interpreted.
 * A line to open at is passed the way each common editor expects it.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { parse } from 'shell-quote';
import { UsageError } from '../model/errors.js';
import type { Io } from './io.js';

/** Tried in this order when neither $VISUAL nor $EDITOR is set: Debian's chosen editor, then the usual two. */
export const FALLBACK_EDITORS = ['editor', 'nano', 'vi'] as const;

/** Editors that open a file at a line given as `+N` before the file name. */
const PLUS_LINE = new Set([
  'vi',
  'vim',
  'nvim',
  'gvim',
  'view',
  'nano',
  'emacs',
  'emacsclient',
  'micro',
  'kak',
  'hx',
  'helix',
]);
/** Editors that take `-g file:N` (VS Code and its builds). */
const GOTO_LINE = new Set(['code', 'code-insiders', 'codium', 'vscodium']);

/** The editor's command as words: the program, then its own arguments. */
export function editorWords(env: Record<string, string | undefined>, onPath: (name: string) => boolean): string[] {
  for (const name of ['VISUAL', 'EDITOR'] as const) {
    const setting = env[name]?.trim();
    if (setting) return splitEditorSetting(name, setting, env);
  }
  const found = FALLBACK_EDITORS.find(onPath);
  if (found === undefined) {
    throw new UsageError(
      `no editor to open the article with: set $VISUAL or $EDITOR (none of ${FALLBACK_EDITORS.join(', ')} is on PATH)`,
    );
  }
  return [found];
}

/** Splits an editor setting like a shell word list; refuses what only a shell could run. */
export function splitEditorSetting(name: string, setting: string, env: Record<string, string | undefined>): string[] {
  const words: string[] = [];
  for (const token of parse(setting, (key) => env[key] ?? '')) {
    if (typeof token === 'string') words.push(token);
    else if ('op' in token && token.op === 'glob') words.push(token.pattern);
    else if ('comment' in token) break;
    else
      throw new UsageError(
        `$${name} (${setting}): expected an editor and its arguments; '${token.op}' needs a shell, which folio does not run`,
      );
  }
  if (words.length === 0 || words[0] === '') throw new UsageError(`$${name} is empty after splitting it into words`);
  return words;
}

/** The arguments that open `file` (at `line`, counted from 1, when given) in the editor `words`. */
export function editorArguments(words: readonly string[], file: string, line?: number): string[] {
  const program = basename(words[0]!)
    .replace(/\.exe$/i, '')
    .toLowerCase();
  if (line === undefined || line < 1) return [...words.slice(1), file];
  if (GOTO_LINE.has(program)) return [...words.slice(1), '-g', `${file}:${line}`];
  if (PLUS_LINE.has(program)) return [...words.slice(1), `+${line}`, file];
  return [...words.slice(1), file];
}

/** Whether an executable file `name` is in one of the folders of `$PATH`. */
export function onPath(env: Record<string, string | undefined>): (name: string) => boolean {
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  return (name) =>
    folders.some((folder) => {
      try {
        accessSync(join(folder, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * Opens `file` in the editor and waits until it is closed. The editor gets folio's terminal; while it runs,
 * Ctrl-C is the editor's. Fails with a one-line error when the editor cannot be started or exits with an error.
 */
export function openInEditor(io: Io, file: string, line?: number): Promise<void> {
  const words = editorWords(io.env, onPath(io.env));
  const args = editorArguments(words, file, line);
  return new Promise((resolve, reject) => {
    const child = spawn(words[0]!, args, { stdio: 'inherit', env: io.env, cwd: io.cwd });
    const ignore = () => {};
    process.on('SIGINT', ignore);
    const done = (error?: Error) => {
      process.off('SIGINT', ignore);
      if (error) reject(error);
      else resolve();
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      done(
        new UsageError(
          `cannot start the editor '${words[0]!}': ${error.code === 'ENOENT' ? 'no such program' : error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) done();
      else
        done(
          new UsageError(
            `the editor '${words[0]!}' ${signal ? `was stopped by ${signal}` : `exited with status ${code}`}`,
          ),
        );
    });
  });
}
