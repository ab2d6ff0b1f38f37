/**
 * `folio show <article>`: one article rendered for reading (or its source with `--raw`), through a pager on a
 * terminal when it is taller than the screen.
 */
import { readArticleToShow } from '../../archive/read-article.js';
import { bodyLocation } from '../../index/article-reads.js';
import { UsageError } from '../../model/errors.js';
import { problem } from '../../model/problem.js';
import { safeBlock } from '../../render/safe-text.js';
import { MIN_WIDTH, renderArticle } from '../../render/terminal/render-article.js';
import type { Context } from '../context.js';
import { osc8, supportsHyperlinks } from '../hyperlinks.js';
import { findArticle } from '../find-article.js';
import { writePaged } from '../pager.js';

export interface ShowFlags {
  raw?: boolean;
  width?: string;
  pager?: boolean;
  /** A search query whose hits are marked. */
  highlight?: string;
  /** Mark the highlight text exactly as typed (ignoring case), as `search --exact`. */
  exact?: boolean;
}

/** Prose is hard to read in lines wider than this, however wide the terminal. */
const READING_WIDTH = 120;

export async function runShow(context: Context, reference: string, flags: ShowFlags): Promise<number> {
  const width = flags.width === undefined ? Math.min(context.width, READING_WIDTH) : toWidth(flags.width);
  if (flags.exact && flags.highlight === undefined) throw new UsageError('--exact goes with --highlight <text>');
  const hits =
    flags.highlight === undefined
      ? undefined
      : (await import('../highlight-query.js')).queryHits(flags.highlight, flags.exact === true);
  const found = await findArticle(context, reference);
  const source = readArticleToShow(context.root, found.article.path, bodyLocation(found.row).bodyLine);
  const pager = flags.pager !== false;
  if (flags.raw) {
    // As it is on disk for a pipe; on a terminal, with its control characters made visible.
    if (context.io.stdout.isTTY) await writePaged(safeBlock(source.text), context.io, pager);
    else context.io.stdout.write(source.bytes);
    return 0;
  }
  const hyperlinks = supportsHyperlinks(context.io.env, context.io.stdout);
  const rendered = await renderArticle(found.article, source.body, {
    width,
    theme: context.theme,
    markers: context.colorLevel === 0,
    // Without colour, highlighting would change nothing on the screen: skip loading and running it.
    highlightCode: context.colorLevel > 0,
    ...(hyperlinks ? { hyperlink: osc8 } : {}),
    ...(hits ? { hits: hits.matcher } : {}),
  });
  for (const note of rendered.notes) context.report(problem(found.article.path, 'warning', note));
  if (hits && hits.count() === 0) context.note(`no match for '${flags.highlight!}' in ${found.article.path}`);
  await writePaged(`${rendered.lines.join('\n')}\n`, context.io, pager);
  return 0;
}

/** Parses `--width`: a whole number of columns, at least MIN_WIDTH. */
function toWidth(text: string): number {
  const width = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || width < MIN_WIDTH || width > 10_000) {
    throw new UsageError(`--width ${text}: expected a whole number of columns from ${MIN_WIDTH} to 10000`);
  }
  return width;
}
