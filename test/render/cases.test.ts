/**
 * Paired case files, one Markdown construct each: test/render/cases/<construct>.md is rendered as `show` lays
 * it out (80 columns, plain theme, Markdown marks) and as the site's HTML, and compared byte for byte with
 * <construct>.txt and <construct>.html beside it, so a construct cannot work in one and not the other. The same
 * case also holds the index's fast text scanner to the text of the tokens. `UPDATE=1` rewrites the golden
 * files; read the diff before committing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bodyText } from '../../src/parse/body-text.js';
import { lexMarkdown } from '../../src/parse/markdown.js';
import { plainText } from '../../src/parse/plain-text.js';
import { createHtmlRenderer } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/terminal/render-article.js';
import { plainTheme } from '../../src/render/theme.js';
import { testPath } from '../helpers/paths.js';

const update = process.env.UPDATE === '1';
const folder = testPath('render', 'cases');
const cases = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3))
  .sort();

test('there is a case for each construct the renderers promise', () => {
  for (const construct of [
    'footnotes',
    'alerts',
    'tables',
    'task-lists',
    'nested-lists',
    'code-with-language',
    'inline-html',
    'links-with-entities',
    'images',
    'headings',
    'blockquotes',
    'cjk',
  ]) {
    assert.ok(cases.includes(construct), construct);
  }
});

for (const name of cases) {
  const markdown = readFileSync(`${folder}/${name}.md`, 'utf8');

  test(`${name}: terminal and HTML`, async () => {
    const terminal = await renderMarkdown(markdown, { theme: plainTheme, markers: true, width: 80 });
    assert.deepEqual(terminal.notes, []);
    compare(`${name}.txt`, `${terminal.lines.join('\n')}\n`);
    const html = createHtmlRenderer().render(markdown);
    assert.equal(html.fallback, undefined);
    compare(`${name}.html`, html.html);
  });

  test(`${name}: the index's scanner reads the same text as the tokens give`, () => {
    assert.equal(bodyText(markdown), plainText(lexMarkdown(markdown).tokens));
  });
}

function compare(name: string, actual: string): void {
  const file = `${folder}/${name}`;
  if (update || !existsSync(file)) {
    writeFileSync(file, actual);
    if (!update) assert.fail(`${name} did not exist; written now: review it`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'));
}
