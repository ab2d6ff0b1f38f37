/**
 * `folio serve` in a real browser (Debian's Chromium through playwright-core): a reader has an article open,
 * the writer saves a change, and the open page reloads by itself and shows it. Skipped, with the reason, where
 * /usr/bin/chromium is missing (.ci/run installs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, playwright } from '../helpers/browser.js';
import { copyFixture, removeFolder, tempFolder } from '../helpers/cli.js';
import { startServe } from '../helpers/serve.js';

const missing = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium)`;

/** The page's visible text, read in the page (the Node side is compiled without the DOM library). */
declare const document: { body: { innerText: string } };

test('an open page reloads with the change after the article is saved', {
  skip: missing,
  timeout: 120_000,
}, async (t) => {
  const root = copyFixture('writer');
  const server = await startServe(root);
  const profile = tempFolder('chromium');
  const browser = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  t.after(async () => {
    await browser.close();
    await server.stop();
    removeFolder(profile);
    removeFolder(root);
    removeFolder(server.tmp);
  });
  const problems: string[] = [];
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Failed loads are judged by their responses below: the browser asks for /favicon.ico, which the site has not.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`${response.status()}: ${response.url()}`);
  });

  await page.goto(`${server.url}lone-walk/`);
  assert.equal(await page.title(), "A lone walk · A writer's desk");
  // Wait until the page listens for reloads, as a reader's page would be by the time they save.
  await page.waitForFunction(() =>
    (globalThis as unknown as { performance: { getEntriesByType(type: string): { name: string }[] } }).performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.endsWith('/__folio/reload.js')),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));

  const file = join(root, 'lone-walk.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Nobody links here.', 'A heron watched from the reeds.'));
  await page.waitForFunction(() => document.body.innerText.includes('A heron watched from the reeds.'));
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText, undefined), /Nobody links here/);

  // The title changes too: everything the page shows comes from the new file.
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: A lone walk', 'title: A walk up the hill'));
  await page.waitForFunction(() => document.body.innerText.includes('A walk up the hill'));
  assert.deepEqual(problems, []);
});
