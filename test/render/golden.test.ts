/**
 * Golden files for the terminal renderer: the fixture article that uses every construct, rendered at widths
 * 40, 80 and 120, without colour (Markdown marks), with semantic tags, and with real ANSI colour, compared byte
 * for byte with test/render/golden/. `UPDATE=1` rewrites them; read the diff before committing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../../src/parse/article.js';
import { splitFrontmatter } from '../../src/parse/frontmatter.js';
import { renderArticle, type TerminalOptions } from '../../src/render/terminal/render-article.js';
import { plainTheme, tagTheme } from '../../src/render/theme.js';
import { chalkTheme } from '../../src/cli/chalk-theme.js';
import { osc8 } from '../../src/cli/hyperlinks.js';
import { testPath } from '../helpers/paths.js';

const update = process.env.UPDATE === '1';
const source = readFileSync(testPath('fixtures', 'show', 'guide', 'every-construct.md'), 'utf8');
const { article } = parseArticle('guide/every-construct.md', source).parsed;
const body = splitFrontmatter(source).body;

const variants: Record<string, Omit<TerminalOptions, 'width'>> = {
  plain: { theme: plainTheme, markers: true },
  tags: { theme: tagTheme },
  ansi: { theme: chalkTheme(1) },
};

for (const width of [40, 80, 120]) {
  for (const [name, options] of Object.entries(variants)) {
    test(`every construct at ${width} columns, ${name}`, async () => {
      await compare(`every-construct.${width}.${name}.txt`, { ...options, width });
    });
  }
}

test('every construct at 80 columns, ansi with terminal hyperlinks', async () => {
  await compare('every-construct.80.ansi-links.txt', { theme: chalkTheme(1), hyperlink: osc8, width: 80 });
});

async function compare(name: string, options: TerminalOptions): Promise<void> {
  const rendered = await renderArticle(article, body, options);
  assert.deepEqual(rendered.notes, []);
  const actual = `${rendered.lines.join('\n')}\n`;
  const file = testPath('render', 'golden', name);
  if (update || !existsSync(file)) {
    writeFileSync(file, actual);
    if (!update) assert.fail(`${name} did not exist; written now: review it`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'));
}
