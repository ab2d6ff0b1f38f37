import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertPage } from '../../src/import/convert-page.js';
import { splitFrontmatter } from '../../src/parse/frontmatter.js';
import { FIXTURES } from '../helpers/paths.js';
// The benchmark corpus's seeded generator (mulberry32): the same mutations on every run.
import { random } from '../../bench/corpus.js';

const PIECES = [
  '<',
  '>',
  '</div>',
  '<p>',
  '<script>steal()</script>',
  '<a href="javascript:steal()">x</a>',
  '<!--',
  '-->',
  '&#x1b;[31m',
  '&',
  '"',
  "'",
  '<svg onload=steal()>',
  '<img src=x onerror=steal()>',
  '<iframe src=//evil>',
  '\u0000',
  '\u202e',
  '---\n',
  '\n\n',
  '<table><tr><td>',
  '<article>',
  '</article>',
  '<h1>',
  '<title>',
  '<![CDATA[',
  '<math>',
  '<style>',
  '<template>',
  'By Evil Person\n',
  'top of page\n',
];

test('mutated pages never crash the converter, and no markup, script link or control character reaches the Markdown', () => {
  const folder = join(FIXTURES, 'import', 'pages');
  const sources = readdirSync(folder)
    .filter((name) => /\.(?:html?|txt)$/.test(name))
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'latin1') }));
  const next = random(20240601);
  for (let round = 0; round < 300; round++) {
    const { name, text } = sources[round % sources.length]!;
    let mutated = text;
    for (let edit = 0; edit < 1 + Math.floor(next() * 8); edit++) {
      const at = Math.floor(next() * (mutated.length + 1));
      const kind = next();
      if (kind < 0.5) mutated = mutated.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)]! + mutated.slice(at);
      else if (kind < 0.8) mutated = mutated.slice(0, at) + mutated.slice(at + Math.floor(next() * 200));
      else mutated = mutated.slice(0, at);
    }
    const result = convertPage(name, Buffer.from(mutated, 'latin1'));
    if (result.kind === 'refused') {
      assert.ok(result.reason.length > 0);
      continue;
    }
    const { body, issues } = splitFrontmatter(result.text);
    assert.deepEqual(issues, [], `round ${round}: the frontmatter written must parse`);
    // Markup may survive only as escaped text (`\<img …>` shows the characters, it is not a tag).
    assert.doesNotMatch(
      body,
      /(?<!\\)<(?:script|iframe|svg|img|style|a\s|math|template)/i,
      `round ${round} (${name}): raw markup`,
    );
    assert.doesNotMatch(
      body,
      /\]\(\s*javascript:|\u001b|\u0000/i,
      `round ${round} (${name}): script link or control character`,
    );
  }
});
