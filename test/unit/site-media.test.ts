/**
 * Every picture an article refers to reaches the site, whatever the number of articles, whether the pages are
 * rendered in this thread or on workers, and whatever order the articles come in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.js';
import { exportSite, type SiteOptions } from '../../src/export/site.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

function article(n: number): Article {
  const day = `2024-01-01`;
  return {
    id: `p${n}`,
    path: `p${n}.md`,
    slug: `p${n}`,
    title: `Picture ${n}`,
    titleSource: 'frontmatter',
    date: { value: day, day, sortKey: day },
    dateSource: 'frontmatter',
    updated: null,
    authors: [],
    tags: [],
    summary: '',
    draft: false,
    lang: null,
    words: 1,
    readingMinutes: 1,
    data: {},
  };
}

/** An archive of `count` articles, each showing its own picture `img/pN.png`. */
function pictureArchive(count: number): { root: string; articles: Article[] } {
  const root = tempFolder('archive');
  mkdirSync(join(root, 'img'));
  const articles = Array.from({ length: count }, (_, n) => article(n));
  for (const [n, item] of articles.entries()) {
    writeFileSync(join(root, item.path), `# Picture ${n}\n\n![pic](img/p${n}.png)\n`);
    writeFileSync(join(root, 'img', `p${n}.png`), `picture ${n}`);
  }
  return { root, articles };
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

/** Fails unless every article's page points at its picture and the picture is in the site with its bytes. */
function assertPicturesArrived(root: string, site: string, articles: readonly Article[]): void {
  let missing = 0;
  for (const [n] of articles.entries()) {
    const page = readFileSync(join(site, `p${n}`, 'index.html'), 'utf8');
    assert.match(page, new RegExp(`<img src="\\.\\./media/img/p${n}\\.png"`), `p${n}: page does not point at media/`);
    const copy = join(site, 'media', 'img', `p${n}.png`);
    if (!existsSync(copy)) missing++;
    else assert.equal(readFileSync(copy, 'utf8'), readFileSync(join(root, 'img', `p${n}.png`), 'utf8'));
  }
  assert.equal(missing, 0, `${missing} of ${articles.length} pictures missing from the site`);
}

const ORDERS: [string, (articles: Article[]) => Article[]][] = [
  ['in path order', (articles) => articles],
  ['reversed', (articles) => [...articles].reverse()],
  ['interleaved', (articles) => [...articles.filter((_, i) => i % 2 === 1), ...articles.filter((_, i) => i % 2 === 0)]],
];

for (const [name, order] of ORDERS) {
  test(`an article that is not the first to render gets its picture (two articles, ${name})`, {
    timeout: 30_000,
  }, async () => {
    const { root, articles } = pictureArchive(2);
    const out = tempFolder('out');
    try {
      await exportSite(order(articles), options(root, join(out, 'site'), {}));
      assertPicturesArrived(root, join(out, 'site'), articles);
    } finally {
      removeFolder(root);
      removeFolder(out);
    }
  });

  test(`140 articles, more than the worker threshold, all get their pictures (${name})`, {
    timeout: 120_000,
  }, async () => {
    const { root, articles } = pictureArchive(140);
    const out = tempFolder('out');
    try {
      await exportSite(order(articles), options(root, join(out, 'threads'), { threads: 2 }));
      assertPicturesArrived(root, join(out, 'threads'), articles);
      // The same archive rendered in this thread gives the same pictures.
      await exportSite(order(articles), options(root, join(out, 'inline'), { threshold: 1000 }));
      assertPicturesArrived(root, join(out, 'inline'), articles);
    } finally {
      removeFolder(root);
      removeFolder(out);
    }
  });
}
