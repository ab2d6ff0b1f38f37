/**
 * The floor a cold index is compared with: SQLite's FTS5 ingesting the archive's raw files on one thread, with
 * nothing parsed. Each file is read and inserted whole (path and text) into an FTS5 table with the same
 * tokenizer family folio uses, in one transaction, as a one-line script around Python's sqlite3 would do. A
 * cold `folio index` does this insert and everything else (parsing, plain text, metadata), so its time over
 * this one is what folio's own work costs.
 *
 * Usage: node dist/bench/fts-floor.js <archive folder> [database file]
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (root === undefined) {
  console.error('usage: fts-floor <archive folder> [database file]');
  process.exit(2);
}
const file = process.argv[3] ?? join(root, '.fts-floor.db');
rmSync(file, { force: true });

/** Every .md file under `folder`, dot-folders skipped, as `find` lists them. */
function markdownFiles(folder: string, found: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) markdownFiles(path, found);
    else if (entry.isFile() && /\.(?:md|markdown)$/i.test(entry.name)) found.push(path);
  }
  return found;
}

const db = new Database(file);
db.exec("CREATE VIRTUAL TABLE docs USING fts5(path, body, tokenize = 'unicode61 remove_diacritics 2')");
const insert = db.prepare('INSERT INTO docs (path, body) VALUES (?, ?)');
const paths = markdownFiles(root);
db.transaction(() => {
  for (const path of paths) insert.run(path, readFileSync(path, 'utf8'));
})();
db.close();
rmSync(file, { force: true });
rmSync(`${file}-wal`, { force: true });
rmSync(`${file}-shm`, { force: true });
console.log(`${paths.length} files`);
