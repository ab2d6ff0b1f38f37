/**
 * The exported site in a real browser (Debian's Chromium, driven by playwright-core), opened from `file://` as
 * a user who double-clicks index.html would: links, tags, search, feeds, and hostile articles whose scripts must
 * never run. Skipped, with the reason, where /usr/bin/chromium is missing (.ci/run installs it).
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, playwright, type BrowserContext, type Page } from '../helpers/browser.js';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

const missing = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium)`;

/** Opens a fresh browser profile and records every console error, page error, failed request and dialog. */
async function openBrowser(t: TestContext): Promise<{ context: BrowserContext; problems: string[]; page: Page }> {
  const profile = tempFolder('chromium');
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  t.after(async () => {
    await context.close();
    removeFolder(profile);
  });
  const problems: string[] = [];
  context.on('page', (page) => watch(page, problems));
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page, problems);
  return { context, problems, page };
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

async function exportSite(fixtureRoot: string, out: string, extra: string[] = []): Promise<void> {
  const result = await runFolio(['export', 'html', '--out', out, '--base-url', 'https://example.org/blog/', ...extra], {
    cwd: fixtureRoot,
  });
  assert.equal(result.code, 0, result.stderr);
}

async function waitForSearch(page: Page): Promise<string> {
  // Runs in the page, where `document` exists; the Node side is compiled without the DOM library.
  await page.waitForFunction(() => {
    const status =
      (
        globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } | null } }
      ).document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !status.startsWith('Searching');
  });
  return (await page.textContent('#search-status')) ?? '';
}

test('from file://, a reader follows links to an article and a tag, searches, and opens a result', {
  skip: missing,
  timeout: 600_000,
}, async (t) => {
  const root = tempFolder('articles');
  const out = tempFolder('site');
  try {
    const archive = join(root, 'articles');
    cpSync(join(PROJECT_ROOT, 'articles'), archive, {
      recursive: true,
      filter: (source) => !source.includes('.folio'),
    });
    await exportSite(archive, out);
    const { page, problems } = await openBrowser(t);

    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    assert.equal(await page.title(), 'Articles');
    assert.equal(await page.locator('.entry').count(), 14);

    await page.click('text=Why keep an archive of what you write');
    assert.match(page.url(), /keeping-an-archive\/index\.html$/);
    assert.equal(await page.textContent('h1'), 'Why keep an archive of what you write');

    await page.click('.article .tags a >> nth=0');
    assert.match(page.url(), /tags\/[^/]+\/index\.html$/);
    assert.ok((await page.locator('.entry').count()) >= 1);

    await page.fill('#site-search', 'élections');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/search\/index\.html\?q=/);
    const status = await waitForSearch(page);
    assert.match(status, /^\d+ results?/);
    const first = page.locator('#search-results li h2 a').first();
    const title = await first.textContent();
    assert.ok((await page.locator('#search-results mark').count()) > 0, 'hits are highlighted');
    await first.click();
    assert.equal(await page.textContent('h1'), title);

    // Chinese and Japanese by word, accents folded, phrases and fields: the grammar of `folio search`.
    for (const [query, expected] of [
      ['東京', '東京の朝'],
      ['election municipale', "L'élection municipale, vue d'un bureau de vote"],
      ['"fundamental difference"', 'Elections in Russia and Belarus: what is the fundamental difference?'],
      ['author:okafor', 'Why keep an archive of what you write'],
    ] as const) {
      await page.goto(`${pathToFileURL(join(out, 'search', 'index.html')).href}?q=${encodeURIComponent(query)}`);
      await waitForSearch(page);
      assert.equal(await page.locator('#search-results li h2 a').first().textContent(), expected, query);
    }
    await page.goto(`${pathToFileURL(join(out, 'search', 'index.html')).href}?q=${encodeURIComponent('vote OR')}`);
    assert.match(await waitForSearch(page), /^query: /);
    // The search box keeps the limits of `folio search`: a repeated word is one word, a query beyond them one message.
    await page.fill('#search-input', Array(250).fill('sqlite').join(' '));
    await page.keyboard.press('Enter');
    assert.match(await waitForSearch(page), /^1 result/);
    await page.fill('#search-input', Array(5000).fill('a').join(' '));
    await page.keyboard.press('Enter');
    assert.equal(await waitForSearch(page), 'query: the query is too long: 9999 characters, at most 2000');
    await page.fill('#search-input', Array.from({ length: 40 }, (_, index) => `w${index}`).join(' OR '));
    await page.keyboard.press('Enter');
    assert.equal(
      await waitForSearch(page),
      'query: the query has too many terms: 40 different words or phrases, at most 32',
    );

    // The search form works from the keyboard alone.
    await page.focus('#search-input');
    await page.fill('#search-input', 'sqlite');
    await page.keyboard.press('Enter');
    assert.match(await waitForSearch(page), /^1 result/);

    // The feeds and the sitemap are well-formed XML.
    for (const file of ['feed.xml', 'rss.xml', 'sitemap.xml']) {
      const text = readFileSync(join(out, file), 'utf8');
      const error = await page.evaluate((xml: string) => {
        type Parsed = { querySelector(selector: string): { textContent: string | null } | null };
        const Parser = (
          globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): Parsed } }
        ).DOMParser;
        return new Parser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? null;
      }, text);
      assert.equal(error, null, `${file}: ${error}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('no script of a hostile article runs on any page, with raw HTML kept or shown as text', {
  skip: missing,
  timeout: 600_000,
}, async (t) => {
  const root = copyFixture('hostile');
  const out = tempFolder('site');
  try {
    const { page, problems } = await openBrowser(t);
    for (const mode of [[], ['--html-as-text']]) {
      const site = join(out, mode.length === 0 ? 'kept' : 'as-text');
      await exportSite(root, site, ['--drafts', ...mode]);
      for (const file of htmlFiles(site)) {
        await page.goto(pathToFileURL(join(site, file)).href);
        await page.waitForLoadState('load');
        // Hovering and clicking every element gives inline handlers their chance to fire, if any survived.
        for (const element of await page.locator('main *').all())
          await element.hover({ timeout: 1000 }).catch(() => {});
      }
      await page.goto(`${pathToFileURL(join(site, 'search', 'index.html')).href}?q=${encodeURIComponent('script')}`);
      await waitForSearch(page);
      assert.ok((await page.locator('#search-results li').count()) >= 1);
      assert.equal(await page.locator('#search-results script, #search-results img').count(), 0);
      assert.match(readFileSync(join(site, 'escape', 'index.html'), 'utf8'), /<title>&lt;\/title&gt;&lt;script&gt;/);
    }
    assert.deepEqual(
      problems.filter((problem) => problem.startsWith('dialog') || problem.startsWith('page error')),
      [],
    );
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

function htmlFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(relative(folder, path));
    }
  };
  walk(folder);
  return files.sort();
}

test('the search page stems, suggests, filters and sorts as folio search does', {
  skip: missing,
  timeout: 600_000,
}, async (t) => {
  const root = copyFixture('site-stemming');
  const out = tempFolder('site');
  try {
    await exportSite(root, out, ['--force']);
    const { page, problems } = await openBrowser(t);
    const searchPage = `${pathToFileURL(join(out, 'search', 'index.html')).href}`;
    const titles = async () => page.locator('#search-results li h2 a').allTextContents();

    // Other forms are found, the form typed first, and highlighted.
    await page.goto(`${searchPage}?q=vulnerabilities`);
    assert.equal(await waitForSearch(page), '2 results');
    assert.deepEqual(await titles(), ['Spring releases', 'A vulnerability in the resolver']);
    assert.deepEqual(await page.locator('#search-results .snippet mark').allTextContents(), [
      'vulnerabilities',
      'vulnerability',
    ]);
    await page.goto(`${searchPage}?q=${encodeURIComponent('выборах')}`);
    assert.equal(await waitForSearch(page), '2 results');

    // A phrase is counted exactly once its candidates are checked.
    await page.goto(`${searchPage}?q=${encodeURIComponent('"event loop"')}`);
    await page.waitForFunction(
      () =>
        !(
          globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } } }
        ).document
          .getElementById('search-status')
          .textContent?.startsWith('Searching'),
    );
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } } }
        ).document.getElementById('search-status').textContent === '2 results',
    );

    // Nothing found: the closest query is offered, and following it searches.
    await page.goto(`${searchPage}?q=vulnerabilty`);
    assert.equal(await waitForSearch(page), 'No results for vulnerabilty Did you mean vulnerability?');
    await page.click('#search-status a.suggestion');
    assert.equal(await waitForSearch(page), '2 results');
    assert.equal(await page.inputValue('#search-input'), 'vulnerability');

    // The filter pane: the values of the matches with their counts; a choice narrows, the order can be by date.
    await page.goto(`${searchPage}?q=release`);
    assert.equal(await waitForSearch(page), '3 results');
    await page.click('#search-filters summary');
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('#search-tag option').length > 1,
    );
    assert.deepEqual(await page.locator('#search-tag option').allTextContents(), [
      'Any',
      'security (2)',
      'process (1)',
      'releases (1)',
    ]);
    assert.deepEqual(await page.locator('#search-year option').allTextContents(), [
      'Any',
      '2024 (1)',
      '2023 (1)',
      '2022 (1)',
    ]);
    await page.selectOption('#search-tag', 'security');
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } } }
        ).document.getElementById('search-status').textContent === '2 results',
    );
    assert.match(page.url(), /[?&]tag=security/);
    await page.selectOption('#search-sort', 'date');
    await page.waitForFunction(() =>
      (globalThis as unknown as { location: { search: string } }).location.search.includes('sort=date'),
    );
    await waitForSearch(page);
    assert.deepEqual(await titles(), ['A vulnerability in the resolver', 'Spring releases']);
    // The address alone restores the filters.
    await page.goto(`${searchPage}?q=release&year=2022`);
    assert.equal(await waitForSearch(page), '1 result');
    assert.deepEqual(await titles(), ['Releasing calmly']);
    assert.deepEqual(problems, []);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});
