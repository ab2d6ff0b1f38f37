/**
 * Takes the README's screenshots of an exported site with Debian's Chromium (playwright-core):
 * docs/site.png (an article beside the home page) and docs/search.png (a search).
 *
 * Usage: node tools/screenshot-site.js <site folder>
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const { chromium } = createRequire(import.meta.url)('playwright-core');
const site = resolve(process.argv[2] ?? 'site');
const profile = mkdtempSync(join(tmpdir(), 'folio-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
  headless: true,
  viewport: { width: 1000, height: 900 },
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(pathToFileURL(join(site, 'index.html')).href);
await page.screenshot({ path: 'docs/site.png' });
await page.goto(
  `${pathToFileURL(join(site, 'search', 'index.html')).href}?q=${encodeURIComponent('election -russia')}`,
);
await page.waitForFunction(() => !/^Searching|^$/.test(document.getElementById('search-status')?.textContent ?? ''));
await page.screenshot({ path: 'docs/search.png' });
await context.close();
rmSync(profile, { recursive: true, force: true });
