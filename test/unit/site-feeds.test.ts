/**
 * Feeds list dated articles, newest by date, and never invent a date: undated articles stay out of them, and an
 * archive without any date gets no feed, with a note saying why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import { exportSite, type SiteOptions } from '../../src/export/site.js';
import { sortArticles } from '../../src/index/article-reads.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

function article(name: string, day: string | null): Article {
  return {
    id: name,
    path: `${name}.md`,
    slug: name,
    title: `Title ${name}`,
    titleSource: 'frontmatter',
    date: day ? { value: day, day, sortKey: day } : null,
    dateSource: day ? 'frontmatter' : 'none',
    updated: null,
    authors: [],
    tags: [],
    summary: '',
    draft: false,
    lang: null,
    words: 1,
    readingMinutes: 1,
    data: {},
  } as Article;
}

function options(root: string, out: string): SiteOptions {
  return {
    root,
    out,
    force: false,
    htmlAsText: false,
    title: 'T',
    baseUrl: 'https://example.org/',
    lang: 'en',
    feeds: true,
    generator: 'folio test',
  };
}

function archive(articles: Article[]): string {
  const root = tempFolder('archive');
  for (const item of articles) writeFileSync(join(root, item.path), `Body of ${item.id}.\n`);
  return root;
}

test('undated articles are not in the feeds and get no invented date; the dated ones are, newest first', {
  timeout: 30_000,
}, async () => {
  // Undated names sort first, so "the first 20 file names" would be all undated.
  const undated = Array.from({ length: 25 }, (_, n) => article(`a${String(n).padStart(2, '0')}`, null));
  const dated = [article('z-old', '2020-05-01'), article('z-new', '2024-02-03'), article('z-mid', '2022-01-01')];
  const articles = sortArticles([...undated, ...dated], { sort: 'date', reverse: false });
  const root = archive(articles);
  const out = tempFolder('out');
  try {
    const summary = await exportSite(articles, options(root, join(out, 'site')));
    assert.deepEqual(summary.notes, []);
    const atom = readFileSync(join(out, 'site', 'feed.xml'), 'utf8');
    const rss = readFileSync(join(out, 'site', 'rss.xml'), 'utf8');
    assert.doesNotMatch(atom, /1970/);
    assert.doesNotMatch(rss, /1970/);
    assert.deepEqual(
      [...atom.matchAll(/<entry>\n<title>([^<]+)</g)].map((m) => m[1]),
      ['Title z-new', 'Title z-mid', 'Title z-old'],
    );
    assert.deepEqual(
      [...rss.matchAll(/<item>\n<title>([^<]+)</g)].map((m) => m[1]),
      ['Title z-new', 'Title z-mid', 'Title z-old'],
    );
    assert.match(atom, /<feed[\s\S]*?<updated>2024-02-03T00:00:00Z<\/updated>/);
    // Each entry carries its body.
    assert.match(atom, /Body of z-new\./);
    // Undated articles keep their pages.
    assert.ok(existsSync(join(out, 'site', 'a00', 'index.html')));
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('an archive without a single date gets no feeds, and a note saying why instead', { timeout: 30_000 }, async () => {
  const articles = Array.from({ length: 3 }, (_, n) => article(`u${n}`, null));
  const root = archive(articles);
  const out = tempFolder('out');
  try {
    const summary = await exportSite(articles, options(root, join(out, 'site')));
    assert.equal(summary.notes.length, 1);
    assert.match(summary.notes[0]!, /no article has a date, so feed\.xml and rss\.xml were not written/);
    assert.ok(!existsSync(join(out, 'site', 'feed.xml')));
    assert.ok(!existsSync(join(out, 'site', 'rss.xml')));
    // No page links to a feed that is not there; the sitemap is still written.
    assert.doesNotMatch(readFileSync(join(out, 'site', 'index.html'), 'utf8'), /feed\.xml|rss\.xml/);
    assert.ok(existsSync(join(out, 'site', 'sitemap.xml')));
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});
