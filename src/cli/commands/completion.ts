/**
 * `folio completion bash|zsh|fish` prints a completion script; the hidden `folio __complete <words…>` answers
 * the script's questions. __complete reads the index read-only, as it stands (no refresh, no scan), prints
 * nothing when there is no index yet, and never fails loudly: a completion that cannot help offers nothing.
 */
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { fold, foldCase } from '../../parse/fold.js';
import { completeWords, type CompletionSource } from '../complete.js';
import { completionScript, SHELLS, type Shell } from '../completion-scripts.js';
import { createContext } from '../context.js';
import type { Io } from '../io.js';

export function runCompletion(io: Io, shell: string): number {
  if (!(SHELLS as readonly string[]).includes(shell))
    throw new UsageError(`completion ${shell}: expected one of ${SHELLS.join(', ')}`);
  io.stdout.write(completionScript(shell as Shell));
  return 0;
}

/** Prints the candidates for the last of `words` (the words after `folio`), one per line. */
export async function runComplete(program: Command, io: Io, words: string[]): Promise<number> {
  let db: Database.Database | null | undefined;
  const source = (): CompletionSource | null => {
    if (db === undefined) db = null;
    return db === null ? null : indexSource(db);
  };
  const opened = async () => {
    db = await openReadOnly(io, words);
  };
  await opened();
  try {
    const candidates = completeWords(program, words.length === 0 ? [''] : words, source);
    if (candidates.length > 0)
      io.stdout.write(`${candidates.map((value) => value.replace(/[\u0000-\u001f\u007f]/g, '')).join('\n')}\n`);
  } catch {
    // Nothing to offer.
  } finally {
    db?.close();
  }
  return 0;
}

/** The index of the archive the words name (-C, --index, $FOLIO_DIR), opened read-only; null when there is none. */
async function openReadOnly(io: Io, words: string[]): Promise<Database.Database | null> {
  const global: { dir?: string; index?: string } = {};
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    if (word === '-C' || word === '--dir') global.dir = words[i + 1]!;
    else if (word.startsWith('--dir=')) global.dir = word.slice('--dir='.length);
    else if (word === '--index') global.index = words[i + 1]!;
  }
  try {
    const silent = { ...io, stderr: { write: () => true } };
    const context = await createContext(global, silent);
    return new Database(context.indexFile, { readonly: true, fileMustExist: true });
  } catch {
    return null;
  }
}

/** A LIKE pattern for values starting with `prefix`. */
function startsWith(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function indexSource(db: Database.Database): CompletionSource {
  return {
    slugs: (prefix, limit) =>
      db
        .prepare(`SELECT DISTINCT slug FROM articles WHERE slug LIKE ? ESCAPE '\\' ORDER BY slug LIMIT ?`)
        .pluck()
        .all(startsWith(prefix), limit) as string[],
    tags: (prefix, limit) =>
      db
        .prepare(`SELECT min(tag) FROM article_tags WHERE tag_key LIKE ? ESCAPE '\\'
        GROUP BY tag_key ORDER BY count(*) DESC, tag_key LIMIT ?`)
        .pluck()
        .all(startsWith(foldCase(prefix)), limit) as string[],
    authors: (prefix, limit) => {
      const counts = new Map<string, number>();
      for (const json of db.prepare('SELECT authors FROM articles').pluck().iterate() as Iterable<string>) {
        for (const name of JSON.parse(json) as string[]) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      const wanted = fold(prefix).toLowerCase();
      return [...counts]
        .filter(([name]) => fold(name).toLowerCase().startsWith(wanted))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([name]) => name);
    },
  };
}
