/**
 * The render cache: what an export derives from an article's Markdown (its safe HTML and its plain text), kept
 * in `render-cache.db` beside the index and keyed by a hash of everything that rendering reads: the body, the
 * article's path and title, the renderer's settings and the renderer itself (a hash of folio's own parsing and
 * rendering code, so a new folio, or a changed one, never reuses what an old one rendered). An export of an
 * unchanged archive then does no Markdown work.
 *
 * Links are the one input that is not in the key: a rendered body points at other articles' pages and at media
 * copies, and those depend on the rest of the archive. So an entry also records every link and picture target
 * the renderer asked to rewrite and the answer it got; an entry is used only when each of those questions gets
 * the same answer today (see `replay` in article-job.ts). The HTML therefore stays byte-identical to a fresh
 * render. Entries are written by the main thread only, in one transaction after the export; workers read.
 * The cache is disposable: removing the file, `index --rebuild`, or a damaged file just means rendering again.
 * The same file keeps, per output folder, the records of the files the last export wrote there (table `outputs`,
 * see site-reuse.ts), so that the next export can keep those whose inputs did not change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { clearRenderCache } from './render-cache-file.js';
import type { OutputManifest, OutputRecord } from './site-reuse.js';

export { clearRenderCache, renderCacheFile } from './render-cache-file.js';

/** Bumped when the stored columns change meaning. */
const CACHE_FORMAT = 1;

/** A question the renderer asked about one link (`link`) or picture (`image`) target, and the answer. */
export type Rewrite = [kind: 'link' | 'image', href: string, answer: string | null];

/** What is kept of one article's render. */
export interface CachedRender {
  html: string;
  text: string;
  rewrites: Rewrite[];
  /** Why the body was shown as plain text (too large, too deeply nested), as the renderer said; else null. */
  fallback: string | null;
}

/** An entry to store: the key, the article's path (to forget its older renders) and the render. */
export interface RenderCacheEntry extends CachedRender {
  key: string;
  path: string;
}

let identity: string | undefined;

/**
 * A hash of the code that turns Markdown into what the cache keeps: the compiled modules of `parse/` and
 * `render/`, and the version. Read once per process (about 40 small files, 2 ms).
 */
export function rendererIdentity(version: string): string {
  if (identity !== undefined) return identity;
  const hash = createHash('sha256').update(`folio ${version}\0format ${CACHE_FORMAT}\0`);
  const src = dirname(dirname(fileURLToPath(import.meta.url)));
  for (const folder of ['parse', 'render', 'export']) {
    const path = join(src, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'))
      .sort()) {
      hash.update(`${folder}/${name}\0`).update(readFileSync(join(path, name)));
    }
  }
  identity = hash.digest('hex');
  return identity;
}

/** The key of one article's render. */
export function renderKey(parts: {
  renderer: string;
  settings: string;
  path: string;
  title: string;
  body: string;
}): string {
  return createHash('sha256')
    .update(parts.renderer)
    .update('\0')
    .update(parts.settings)
    .update('\0')
    .update(parts.path)
    .update('\0')
    .update(parts.title)
    .update('\0')
    .update(parts.body)
    .digest('base64url');
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS renders (
  key TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  variant TEXT NOT NULL,
  html TEXT NOT NULL,
  text TEXT NOT NULL,
  rewrites TEXT NOT NULL,
  fallback TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS renders_path ON renders (path, variant);
CREATE TABLE IF NOT EXISTS outputs (
  site TEXT NOT NULL,
  path TEXT NOT NULL,
  recipe TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime REAL NOT NULL,
  ino INTEGER NOT NULL,
  PRIMARY KEY (site, path)
) WITHOUT ROWID;
`;

/** Read access for the threads that render; a missing or unreadable cache has no entries. */
export class RenderCacheReader {
  private constructor(
    private readonly db: Database.Database,
    private readonly select: Database.Statement,
  ) {}

  static open(file: string | undefined): RenderCacheReader | undefined {
    if (file === undefined || !existsSync(file)) return undefined;
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      return new RenderCacheReader(db, db.prepare('SELECT html, text, rewrites, fallback FROM renders WHERE key = ?'));
    } catch {
      return undefined;
    }
  }

  get(key: string): CachedRender | undefined {
    try {
      const row = this.select.get(key) as
        | { html: string; text: string; rewrites: string; fallback: string | null }
        | undefined;
      return (
        row && {
          html: row.html,
          text: row.text,
          rewrites: JSON.parse(row.rewrites) as Rewrite[],
          fallback: row.fallback,
        }
      );
    } catch {
      return undefined;
    }
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Stores the renders of one export as they arrive, in one transaction kept open until the export is done, and
 * then forgets the older renders of the same articles (same path and variant), so the cache holds one entry per
 * article and kind of export. Never fails the export: a cache that cannot be written is removed.
 */
export class RenderCacheWriter {
  private readonly used = new Map<string, string>();
  private failed = false;

  private constructor(
    private readonly file: string,
    private readonly db: Database.Database,
    private readonly put: Database.Statement,
  ) {}

  static open(file: string): RenderCacheWriter | undefined {
    try {
      const db = new Database(file);
      try {
        db.pragma('busy_timeout = 5000');
        db.pragma('journal_mode = WAL');
        db.exec(SCHEMA);
        const put = db.prepare(
          'INSERT OR REPLACE INTO renders (key, path, variant, html, text, rewrites, fallback) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
        db.exec('BEGIN');
        return new RenderCacheWriter(file, db, put);
      } catch (error) {
        db.close();
        throw error;
      }
    } catch {
      clearRenderCache(file);
      return undefined;
    }
  }

  /** Notes that the export used `key` for the article at `path`, and stores the render when it was made now. */
  add(path: string, variant: string, key: string, rendered?: RenderCacheEntry): void {
    if (this.failed) return;
    this.used.set(`${variant}\0${path}`, key);
    if (!rendered) return;
    try {
      this.put.run(
        key,
        path,
        variant,
        rendered.html,
        rendered.text,
        JSON.stringify(rendered.rewrites),
        rendered.fallback,
      );
    } catch {
      this.failed = true;
    }
  }

  /** The files the last export into the folder `site` recorded (see site-reuse.ts); none when unknown. */
  outputsOf(site: string): OutputManifest {
    const files: OutputManifest = new Map();
    if (this.failed) return files;
    try {
      const rows = this.db
        .prepare('SELECT path, recipe, size, mtime, ino FROM outputs WHERE site = ?')
        .raw()
        .all(site) as [string, string, number, number, number][];
      for (const [path, recipe, size, mtimeMs, ino] of rows) files.set(path, { recipe, size, mtimeMs, ino });
    } catch {
      files.clear();
    }
    return files;
  }

  /**
   * Records the files of this export into `site`, in place of what the last one recorded, and forgets the
   * records of output folders that are gone (the temporary sites of `folio serve`).
   */
  recordOutputs(site: string, files: Iterable<[string, OutputRecord]>): void {
    if (this.failed) return;
    try {
      this.db.prepare('DELETE FROM outputs WHERE site = ?').run(site);
      const put = this.db.prepare(
        'INSERT INTO outputs (site, path, recipe, size, mtime, ino) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const [path, record] of files) put.run(site, path, record.recipe, record.size, record.mtimeMs, record.ino);
      const sites = this.db.prepare('SELECT DISTINCT site FROM outputs').pluck().all() as string[];
      for (const other of sites)
        if (other !== site && !existsSync(other)) this.db.prepare('DELETE FROM outputs WHERE site = ?').run(other);
    } catch {
      this.failed = true;
    }
  }

  /** Keeps what was stored, and drops the renders of the same articles that this export did not use. */
  commit(): void {
    try {
      if (!this.failed) {
        const keysOf = this.db.prepare('SELECT key FROM renders WHERE path = ? AND variant = ?').pluck();
        const remove = this.db.prepare('DELETE FROM renders WHERE key = ?');
        for (const [both, key] of this.used) {
          const [variant, path] = both.split('\0') as [string, string];
          for (const old of keysOf.all(path, variant) as string[]) if (old !== key) remove.run(old);
        }
        this.db.exec('COMMIT');
      }
      this.db.close();
    } catch {
      this.drop();
    }
    if (this.failed) this.drop();
  }

  /** The export failed: nothing of it is kept. */
  abort(): void {
    try {
      this.db.exec('ROLLBACK');
      this.db.close();
    } catch {
      this.drop();
    }
  }

  private drop(): void {
    try {
      this.db.close();
    } catch {
      // already closed
    }
    clearRenderCache(this.file);
  }
}
