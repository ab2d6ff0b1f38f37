/**
 * Finds the article a reference names: its slug, its path in the archive (with or without the extension, or
 * the folder of an `index.md`), its file's name (with or without the extension), or the start of a path or slug. Exact answers beat case-insensitive ones, which
 * beat prefixes. It never guesses: several answers are an error listing them, none is an error suggesting the
 * closest.
 */
import type { Article } from '../model/article.js';
import { AmbiguousArticleError, UnknownArticleError, type ArticleCandidate } from '../model/errors.js';
import { fold } from '../parse/fold.js';
import { printablePath } from '../archive/printable-path.js';
import type { Db } from './database.js';
import { ARTICLE_COLUMNS, articleFromRow, type ArticleRow } from './article-reads.js';

export interface ResolvedArticle {
  article: Article;
  /** The stored row, for what the article model leaves out (where the body starts). */
  row: ArticleRow;
}

interface Entry extends ArticleCandidate {
  rowid: number;
  /** The paths the article answers to: its path, without the extension, the folder of an index file. */
  paths: string[];
  /** The file's own name, with and without its extension. */
  names: string[];
  /** The paths and the slug, folded for comparisons that ignore case and accents (see foldedNames). */
  folded?: string[];
}

/** Candidates named in an error message; the rest are counted. */
const LISTED = 5;
/** Suggestions offered when nothing matches. */
const SUGGESTED = 3;

/**
 * Resolves `references` (one reference in the forms it may take, the likeliest first: as typed, then relative
 * to the archive) to one article, or throws UnknownArticleError or AmbiguousArticleError (exit code 2).
 */
export function resolveArticleRef(db: Db, references: string | readonly string[]): ResolvedArticle {
  const forms = referenceForms(references);
  const typed = typeof references === 'string' ? references : (references[0] ?? '');
  const exact = exactArticle(db, forms);
  if (exact) return exact;

  const entries = (
    db.prepare('SELECT rowid, path, slug, title FROM articles ORDER BY path').all() as {
      rowid: number;
      path: string;
      slug: string;
      title: string;
    }[]
  ).map(toEntry);
  const folded = forms.map(fold);
  const stages: ((entry: Entry) => boolean)[] = [
    (entry) => forms.some((form) => entry.paths.includes(form)),
    (entry) => forms.some((form) => entry.slug === form),
    // A file's own name, with or without its extension (`v24.2.0` for release/v24.2.0.md).
    (entry) => forms.some((form) => entry.names.includes(form)),
    (entry) => folded.some((form) => foldedNames(entry).includes(form)),
    (entry) => folded.some((form) => foldedNames(entry).some((name) => name.startsWith(form))),
  ];
  // A path beats a slug spelt the same way; exact beats case-insensitive, which beats a prefix.
  for (const matches of stages) {
    const found = entries.filter(matches);
    if (found.length === 1) return load(db, found[0]!.rowid);
    if (found.length > 1) throw ambiguous(typed, found, entries);
  }
  const closest = suggestions(forms[0] ?? '', entries);
  const hint =
    closest.length === 0 ? '' : ` (did you mean ${closest.map((entry) => label(entry, entries)).join(', ')}?)`;
  throw new UnknownArticleError(`no article matches '${typed}'${hint}`, typed, closest.map(candidate));
}

/**
 * The article a reference names exactly, by its path (with or without the extension, or its folder) or its slug,
 * answered from the indexes without reading every row: the common case, kept fast on large archives. Null when
 * no article or several do (resolveArticleRef then works out which).
 */
export function exactArticle(db: Db, references: string | readonly string[]): ResolvedArticle | null {
  const forms = referenceForms(references);
  const byPath = db.prepare('SELECT rowid FROM articles WHERE path IN (?, ?, ?, ?)').pluck();
  const bySlug = db.prepare('SELECT rowid FROM articles WHERE slug = ?').pluck();
  // A path beats a slug spelt the same way.
  for (const lookup of [
    (form: string) => byPath.all(form, `${form}.md`, `${form}.markdown`, `${form}/index.md`),
    (form: string) => bySlug.all(form),
  ]) {
    for (const form of forms) {
      const rowids = lookup(form) as number[];
      if (rowids.length === 1) return load(db, rowids[0]!);
      if (rowids.length > 1) return null;
    }
  }
  return null;
}

function referenceForms(references: string | readonly string[]): string[] {
  return [...new Set((typeof references === 'string' ? [references] : references).flatMap(normalisedForms))].filter(
    (form) => form !== '',
  );
}

/** The paths and the slug of an entry, folded (computed once, and only when a comparison needs them). */
function foldedNames(entry: Entry): string[] {
  entry.folded ??= [...entry.paths, entry.slug].map(fold);
  return entry.folded;
}

/**
 * The forms of one reference: as typed (less `./` and trailing slashes), then with `\` read as `/`, for paths
 * copied from Windows. A file name may hold a backslash itself (`back\slash.md`), so the form as typed comes first.
 */
function normalisedForms(reference: string): string[] {
  const typed = reference
    .trim()
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '');
  const slashed = typed
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '');
  return slashed === typed ? [typed] : [typed, slashed];
}

function toEntry(row: { rowid: number; path: string; slug: string; title: string }): Entry {
  const stem = row.path.replace(/\.(?:md|markdown)$/i, '');
  const paths = [row.path, stem];
  if (stem.endsWith('/index')) paths.push(stem.slice(0, -'/index'.length));
  // The name a path with control characters is listed under answers too.
  if (printablePath(row.path) !== row.path) paths.push(printablePath(row.path));
  const slash = row.path.lastIndexOf('/');
  const names = [row.path.slice(slash + 1), stem.slice(slash + 1)];
  return { ...row, paths, names };
}

function load(db: Db, rowid: number): ResolvedArticle {
  const row = db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.rowid = ?`).get(rowid) as ArticleRow;
  return { article: articleFromRow(row), row };
}

function candidate(entry: Entry): ArticleCandidate {
  return { path: entry.path, slug: entry.slug, title: entry.title };
}

/** How an article is named in a message: its slug, or its path when another article shares the slug. */
function label(entry: Entry, all: readonly Entry[]): string {
  const shared = all.some((other) => other !== entry && other.slug === entry.slug);
  return shared ? entry.path : entry.slug;
}

function ambiguous(typed: string, found: Entry[], all: readonly Entry[]): AmbiguousArticleError {
  const listed = found
    .slice(0, LISTED)
    .map((entry) => label(entry, all))
    .join(', ');
  const more = found.length > LISTED ? `, and ${found.length - LISTED} more` : '';
  return new AmbiguousArticleError(
    `'${typed}' matches ${found.length} articles: ${listed}${more}; give more of the slug or the path`,
    typed,
    found.map(candidate),
  );
}

/**
 * The articles the user most likely meant: those whose slug, path or title contains what they typed, then
 * those whose slug or path (or the start of it) is a few edits away.
 */
function suggestions(form: string, entries: readonly Entry[]): Entry[] {
  const wanted = fold(form);
  if (wanted === '') return [];
  const scored: { entry: Entry; score: number }[] = [];
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  for (const entry of entries) {
    const names = foldedNames(entry);
    if (names.some((name) => name.includes(wanted)) || fold(entry.title).includes(wanted)) {
      scored.push({ entry, score: 0 });
      continue;
    }
    // A typo in the whole name, or in the start of it (`tokio` for `tokyo-no-asa`), which ranks a little lower.
    const whole = Math.min(...names.map((name) => editDistance(wanted, name, limit)));
    const start = Math.min(...names.map((name) => editDistance(wanted, name.slice(0, wanted.length), limit)));
    if (whole <= limit) scored.push({ entry, score: whole });
    else if (start <= limit) scored.push({ entry, score: start + 1 });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.entry.path < b.entry.path ? -1 : 1))
    .slice(0, SUGGESTED)
    .map(({ entry }) => entry);
}

/** Levenshtein distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
