/**
 * An Obsidian vault exported as a site: wikilinks become links to the notes' pages (with their text, or the
 * note's name, and a heading's id), a wikilink to no note is its text alone, one inside code stays as written,
 * and an embedded picture is found by its name wherever the vault keeps it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';

test("export html turns wikilinks into links between the notes' pages", { timeout: 60_000 }, async () => {
  const root = copyFixture('obsidian-vault');
  const out = tempFolder('wikilinks');
  try {
    const site = join(out, 'site');
    const result = await runFolio(['export', 'html', '--out', site, '--no-feeds'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    const page = readFileSync(join(site, 'harbour-survey', 'index.html'), 'utf8');
    const body = /<article[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';

    // [[Note]]: the note's page, with its name as the text.
    assert.match(body, /the <a href="\.\.\/kickoff-meeting\/index\.html">Kickoff meeting<\/a>\./);
    // [[Folder/Note#Heading|alias]]: the page, at the heading's id, with the text written.
    assert.match(body, /<a href="\.\.\/method\/index\.html#sampling">the sampling notes<\/a>/);
    // [[Note#Heading with spaces]]: the heading's id as the site spells it.
    assert.match(body, /<a href="\.\.\/method\/index\.html#twice-a-day">Method › Twice a day<\/a>/);
    const method = readFileSync(join(site, 'method', 'index.html'), 'utf8');
    assert.match(method, /<h\d id="sampling">/);
    assert.match(method, /<h\d id="twice-a-day">/);
    // A note that does not exist: its name as text, no link, no brackets.
    assert.match(body, /the budget in Budget 2025, which/);
    assert.doesNotMatch(body, /href="[^"]*Budget/);
    // Inside code, in a block and in a span, wikilinks stay as written.
    assert.match(body, /<pre><code>\[\[Not a link\]\] inside code<\/code><\/pre>/);
    assert.match(body, /<code>\[\[Tide tables\]\]<\/code>/);
    // ![[picture.png|320]]: found in the vault's attachments folder, copied with the site.
    assert.match(body, /<img src="\.\.\/media\/Attachments\/harbour\.png" alt=""/);
    assert.ok(existsSync(join(site, 'media', 'Attachments', 'harbour.png')));
    // The daily note links the survey by a heading, with text of its own.
    const daily = readFileSync(join(site, '2024-05-02', 'index.html'), 'utf8');
    assert.match(daily, /<a href="\.\.\/harbour-survey\/index\.html#method">start the survey<\/a>/);
    // Wikilinks count as links between articles: the survey's page lists the notes linking to it.
    assert.match(page, /<aside class="linked-from"[\s\S]*2024-05-02[\s\S]*Method[\s\S]*<\/aside>/);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});
