/**
 * Writes to the index: files seen, articles parsed, their tags, links and problems. Every statement is
 * prepared once per connection; callers group writes in a transaction.
 */
import type { ParsedArticle } from '../model/article.js';
import type { Problem } from '../model/problem.js';
import { fold, foldCase } from '../parse/fold.js';
import type { Db } from './database.js';
import type { IndexedFile } from './diff.js';
import { FTS_COLUMNS } from './schema.js';
import { searchColumns, type SearchColumns } from '../query/search-text.js';

export class IndexStore {
  private readonly statements;

  constructor(readonly db: Db) {
    this.statements = {
      files: db.prepare('SELECT path, size, mtime_ms AS mtimeMs, hash FROM files'),
      putFile: db.prepare('INSERT OR REPLACE INTO files (path, size, mtime_ms, hash) VALUES (?, ?, ?, ?)'),
      removeFile: db.prepare('DELETE FROM files WHERE path = ?'),
      findArticle: db.prepare(`SELECT a.rowid, ${FTS_COLUMNS.map((column) => `t.${column}`).join(', ')}
        FROM articles a JOIN article_text t ON t.rowid = a.rowid WHERE a.path = ?`),
      removeArticle: db.prepare('DELETE FROM articles WHERE rowid = ?'),
      removeText: db.prepare('DELETE FROM article_text WHERE rowid = ?'),
      putText: db.prepare(
        `INSERT INTO article_text (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ${FTS_COLUMNS.map(() => '?').join(', ')})`,
      ),
      removeTags: db.prepare('DELETE FROM article_tags WHERE article = ?'),
      removeLinks: db.prepare('DELETE FROM links WHERE article = ?'),
      ftsInsert: db.prepare(
        `INSERT INTO articles_fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ${FTS_COLUMNS.map(() => '?').join(', ')})`,
      ),
      ftsDelete: db.prepare(
        `INSERT INTO articles_fts (articles_fts, rowid, ${FTS_COLUMNS.join(', ')}) VALUES ('delete', ?, ${FTS_COLUMNS.map(() => '?').join(', ')})`,
      ),
      removeProblems: db.prepare('DELETE FROM problems WHERE path = ?'),
      putArticle: db.prepare(`INSERT INTO articles (
          path, id, slug, title, title_source, date, date_day, date_key, date_source, updated, updated_day, updated_key,
          authors, author_keys, tags, summary, draft, lang, stem_lang, words, reading_minutes, data, format, body_line)
        VALUES (
          @path, @id, @slug, @title, @title_source, @date, @date_day, @date_key, @date_source, @updated, @updated_day, @updated_key,
          @authors, @author_keys, @tags, @summary, @draft, @lang, @stem_lang, @words, @reading_minutes, @data, @format, @body_line)`),
      putTag: db.prepare('INSERT INTO article_tags (article, tag, tag_key) VALUES (?, ?, ?)'),
      putLink: db.prepare('INSERT INTO links (article, target, line) VALUES (?, ?, ?)'),
      putProblem: db.prepare('INSERT INTO problems (path, line, severity, message) VALUES (?, ?, ?, ?)'),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
      setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    };
  }

  /** Every file the index knows, with the size, mtime and hash it had when read. */
  indexedFiles(): IndexedFile[] {
    return this.statements.files.all() as IndexedFile[];
  }

  /** Records a file as read, with or without an article. */
  putFile(file: IndexedFile): void {
    this.statements.putFile.run(file.path, file.size, file.mtimeMs, file.hash);
  }

  /** Forgets a file: its record, its article and its problems. */
  removePath(path: string): void {
    this.statements.removeFile.run(path);
    this.removeArticle(path);
    this.statements.removeProblems.run(path);
  }

  private removeArticle(path: string): void {
    const row = this.statements.findArticle.get(path) as ({ rowid: number } & Record<string, string>) | undefined;
    if (!row) return;
    this.statements.ftsDelete.run(row.rowid, ...FTS_COLUMNS.map((column) => row[column]));
    this.statements.removeTags.run(row.rowid);
    this.statements.removeLinks.run(row.rowid);
    this.statements.removeArticle.run(row.rowid);
    this.statements.removeText.run(row.rowid);
  }

  /**
   * Replaces what the index holds for `path` with a freshly parsed article (or none) and its problems. `isNew`
   * says the index has never recorded the path (no file row, so no article or problems either): a cold index
   * then skips the two look-ups per file that would find nothing, on the thread every insert waits for.
   */
  putArticle(
    path: string,
    parsed: ParsedArticle | null,
    problems: readonly Problem[],
    prepared?: SearchColumns,
    isNew = false,
  ): void {
    if (!isNew) {
      this.removeArticle(path);
      this.statements.removeProblems.run(path);
    }
    for (const found of problems)
      this.statements.putProblem.run(found.path, found.line ?? null, found.severity, found.message);
    if (!parsed) return;
    const { article } = parsed;
    const search = prepared ?? searchColumns(article, parsed.text);
    const result = this.statements.putArticle.run({
      path: article.path,
      id: article.id,
      slug: article.slug,
      title: article.title,
      title_source: article.titleSource,
      date: article.date?.value ?? null,
      date_day: article.date?.day ?? null,
      date_key: article.date?.sortKey ?? null,
      date_source: article.dateSource,
      updated: article.updated?.value ?? null,
      updated_day: article.updated?.day ?? null,
      updated_key: article.updated?.sortKey ?? null,
      authors: JSON.stringify(article.authors),
      author_keys: article.authors.map(fold).join('\n'),
      tags: JSON.stringify(article.tags),
      summary: article.summary,
      draft: article.draft ? 1 : 0,
      lang: article.lang,
      stem_lang: search.language,
      words: article.words,
      reading_minutes: article.readingMinutes,
      data: JSON.stringify(article.data),
      format: parsed.format,
      body_line: parsed.bodyLine,
    });
    const rowid = result.lastInsertRowid;
    const text = FTS_COLUMNS.map((column) => search[column]);
    this.statements.putText.run(rowid, ...text);
    this.statements.ftsInsert.run(rowid, ...text);
    for (const tag of article.tags) this.statements.putTag.run(rowid, tag, foldCase(tag));
    for (const link of parsed.links) this.statements.putLink.run(rowid, link.target, link.line);
  }

  getMeta(key: string): string | undefined {
    return this.statements.getMeta.get(key) as string | undefined;
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value);
  }
}
