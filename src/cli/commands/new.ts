/**
 * `folio new "<title>"`: writes `<slug>.md` with frontmatter (or from the config's template) into the archive,
 * never over an existing file (the next free name, `-2`, `-3`, as import chooses it), indexes it at once, prints
 * its path, and opens it in the editor when folio runs on a terminal (or with `--edit`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chooseFileName } from '../../import/target-name.js';
import { createArticleFile, existingAt, prepareTargetFolder, resolveTargetFolder } from '../../import/write-article.js';
import { articleNames } from '../../index/article-reads.js';
import { UsageError } from '../../model/errors.js';
import { slugify } from '../../parse/slug.js';
import { localDate, newArticleText, TemplateProblem, type NewArticleFields } from '../../write/new-article.js';
import type { Context } from '../context.js';
import { openInEditor } from '../editor.js';
import { openArchive } from '../open-archive.js';

export interface NewFlags {
  into?: string;
  tag?: string[];
  lang?: string;
  edit?: boolean;
}

/** Attempts at a free name when another process takes the chosen one between choosing and writing. */
const CREATE_ATTEMPTS = 5;

export async function runNew(context: Context, title: string, flags: NewFlags): Promise<number> {
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  if (cleanTitle === '') throw new UsageError('the title is empty');
  if (flags.lang !== undefined && !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(flags.lang)) {
    throw new UsageError(`--lang ${flags.lang}: expected a language tag such as en, de or pt-BR`);
  }
  const target = resolveTargetFolder(context.root, flags.into);
  const slug = slugify(cleanTitle) || 'article';
  const text = articleText(context, {
    title: cleanTitle,
    slug,
    date: localDate(new Date()),
    authors: context.config.defaultAuthors ?? [],
    tags: [...new Set((flags.tag ?? []).map((tag) => tag.trim()).filter((tag) => tag !== ''))],
    ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
  });

  const before = await openArchive(context, { reportProblems: false });
  const slugs = new Map(articleNames(before.db).map((name) => [name.slug, name.path]));
  before.db.close();

  let written: string | undefined;
  for (let attempt = 0; attempt < CREATE_ATTEMPTS && written === undefined; attempt++) {
    // A new article is never the "same text" as an existing one: every taken name is simply taken.
    const plan = chooseFileName(
      slug,
      (fileName) =>
        target.missing.length > 0 ? 'none' : existingAt(target, fileName, text) === 'none' ? 'none' : 'different',
      (taken) => (slugs.has(taken) ? { path: slugs.get(taken)!, sameText: false } : undefined),
      false,
    );
    if (!plan) throw new UsageError(`no free file name for '${slug}' in ${target.relative || 'the archive'}`);
    prepareTargetFolder(target);
    if (createArticleFile(target, plan.fileName, text)) written = plan.fileName;
  }
  if (written === undefined) throw new UsageError(`could not find a free file name for '${slug}'`);
  const path = target.relative === '' ? written : `${target.relative}/${written}`;

  // Indexed now, so `list`, `search` and completion know it before the editor closes.
  (await openArchive(context)).db.close();
  context.out(`${context.pathPrefix}${path}`);
  context.flush();

  const interactive = context.io.stdinIsTTY === true && context.io.stdout.isTTY === true;
  if (flags.edit === true || (flags.edit !== false && interactive)) {
    await openInEditor(context.io, join(context.root, path));
    (await openArchive(context)).db.close();
  }
  return 0;
}

function readTemplate(context: Context): string | undefined {
  const name = context.config.template;
  if (name === undefined) return undefined;
  try {
    return readFileSync(resolve(context.root, name), 'utf8');
  } catch (error) {
    throw new UsageError(
      `template ${name} (from folio.config.json): ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

/** The new article's text; a template that cannot be used is a usage error naming it. */
function articleText(context: Context, fields: NewArticleFields): string {
  const template = readTemplate(context);
  try {
    return newArticleText(fields, template);
  } catch (error) {
    if (error instanceof TemplateProblem)
      throw new UsageError(`template ${context.config.template ?? ''}: ${error.message}`);
    throw error;
  }
}
