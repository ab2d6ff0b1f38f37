import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import { exportSite, type SiteOptions } from '../../src/export/site.js';
import { runJobs } from '../../src/export/render-pool.js';
import { createArticleWorker, type ArticleJob } from '../../src/export/article-job.js';
import type { SiteInfo } from '../../src/export/pages.js';
import { siteWords } from '../../src/export/i18n/languages.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

function article(n: number): Article {
  const day = `2024-01-${String(n + 1).padStart(2, '0')}`;
  return {
    id: `a${n}`,
    path: `a${n}.md`,
    slug: `a${n}`,
    title: `Article ${n}`,
    titleSource: 'frontmatter',
    date: { value: day, day, sortKey: day },
    dateSource: 'frontmatter',
    updated: null,
    authors: ['Kim'],
    tags: ['t'],
    summary: '',
    draft: false,
    lang: null,
    words: 3,
    readingMinutes: 1,
    data: {},
  };
}

function options(root: string, out: string, pool: SiteOptions['pool']): SiteOptions {
  return {
    root,
    out,
    force: false,
    htmlAsText: false,
    title: 'T',
    baseUrl: null,
    lang: 'en',
    feeds: false,
    generator: 'folio test',
    pool,
  };
}

test('worker threads render the same site as the main thread', async () => {
  const root = tempFolder('archive');
  const out = tempFolder('out');
  try {
    const articles = Array.from({ length: 20 }, (_, n) => article(19 - n));
    for (const item of articles)
      writeFileSync(join(root, item.path), `---\ntitle: x\n---\n\nBody **${item.id}** with [a link](${item.path}).\n`);
    const inline = await exportSite(articles, options(root, join(out, 'inline'), { threshold: 1000 }));
    const threaded = await exportSite(articles, options(root, join(out, 'threaded'), { threshold: 0, threads: 2 }));
    assert.equal(threaded.files, inline.files);
    assert.equal(threaded.bytes, inline.bytes);
    for (const item of articles) {
      const file = join(item.slug, 'index.html');
      assert.equal(readFileSync(join(out, 'threaded', file), 'utf8'), readFileSync(join(out, 'inline', file), 'utf8'));
    }
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('an article that takes too long loses its formatting, not its page, and the export goes on', async () => {
  const root = tempFolder('archive');
  const out = tempFolder('out');
  try {
    const articles = Array.from({ length: 5 }, (_, n) => article(4 - n));
    for (const item of articles) writeFileSync(join(root, item.path), `Some **bold** text in ${item.id}.\n`);
    // A 1 ms allowance: every article's worker is stopped, so every article takes the plain-text way.
    const summary = await exportSite(
      articles,
      options(root, join(out, 'site'), { threshold: 0, threads: 2, articleTimeoutMs: 1 }),
    );
    assert.equal(summary.articles, 5);
    for (const item of articles) {
      const page = readFileSync(join(out, 'site', item.slug, 'index.html'), 'utf8');
      assert.ok(
        page.includes(`Some **bold** text in ${item.id}.`) ||
          page.includes(`Some <strong>bold</strong> text in ${item.id}.`),
        item.id,
      );
    }
    assert.ok(summary.problems.every((found) => /took longer than/.test(found.message)));
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('an article whose worker was stopped is rendered again over the page that worker may have written', () => {
  const root = tempFolder('archive');
  const out = tempFolder('out');
  try {
    const item = article(1);
    writeFileSync(join(root, item.path), 'Some **bold** text.\n');
    const site: SiteInfo = {
      title: 'T',
      baseUrl: null,
      lang: 'en',
      words: siteWords('en'),
      feeds: false,
      generator: 'folio test',
      theme: {},
    };
    const render = createArticleWorker({ root, folder: out, site, htmlAsText: false, dirByPath: [] });
    const job: ArticleJob = { index: 0, article: item, dir: 'a1/', tags: [], authors: [], wantHtml: false };
    mkdirSync(join(out, 'a1'));
    writeFileSync(join(out, 'a1', 'index.html'), 'half a page');
    assert.throws(
      () => render(job),
      /a1\/index\.html: cannot write \(EEXIST\)/,
      'a page is never written twice by accident',
    );
    render({ ...job, again: true }, 'took longer than 30 s to render');
    assert.match(readFileSync(join(out, 'a1', 'index.html'), 'utf8'), /Some \*\*bold\*\* text\./);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('while the output is backed up, no worker is given more articles', async () => {
  const root = tempFolder('archive');
  try {
    const paths = Array.from({ length: 160 }, (_, n) => `a${n}.md`);
    for (const path of paths) writeFileSync(join(root, path), `Text of ${path}.\n`);
    let release!: () => void;
    const backedUp = new Promise<void>((resolve) => (release = resolve));
    let delivered = 0;
    let deliveredWhileBackedUp = 0;
    let waiting = true;
    const run = runJobs(
      'record',
      { root, htmlAsText: false },
      paths.map((path, index) => ({ index, path })),
      () => {
        delivered++;
        if (!waiting) return undefined;
        deliveredWhileBackedUp = delivered;
        return backedUp;
      },
      { threshold: 0, threads: 2 },
    );
    // Let the workers finish what they were given, then let the output drain.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    waiting = false;
    release();
    await run;
    assert.equal(delivered, 160);
    // Two workers, each with at most two batches of 16 in flight, and the batch sent as the one whose results
    // backed the output up came back.
    assert.ok(deliveredWhileBackedUp <= 80, `${deliveredWhileBackedUp} results arrived while the output was backed up`);
  } finally {
    removeFolder(root);
  }
});
