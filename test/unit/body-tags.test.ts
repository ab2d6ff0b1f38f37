/**
 * Obsidian's `#tags` in the body (src/parse/body-tags.ts): read from prose only, merged with the frontmatter's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyTags } from '../../src/parse/body-tags.js';
import { parseArticle } from '../../src/parse/article.js';

test('#tag and #nested/tag in prose, lists, quotes, tables and emphasis are tags, each once', () => {
  const body = [
    '#inbox at the start of a line, then #harbour/survey and #Harbour/Survey again.',
    '',
    '- a list item about #tides_2024',
    '> quoted: **#urgent**, and #день-города',
    '',
    '| a | b |',
    '| --- | --- |',
    '| #in-table | x |',
  ].join('\n');
  assert.deepEqual(bodyTags(body), ['inbox', 'harbour/survey', 'tides_2024', 'urgent', 'день-города', 'in-table']);
});

test('code, headings, links, URLs, escapes, entities and numbers give no tags', () => {
  const body = [
    '# Title',
    '## #not-a-tag-in-a-heading',
    '',
    'Inline `#code` and a link [#label](https://example.org/page#section) and <https://example.org/#frag>.',
    'A page#section, C# and F#, an entity &#123; and &#x7b;, an escaped \\#hash, issue #1 and #2024, #/ alone.',
    'Raw <span>#html</span> too.',
    '',
    '```sh',
    '# a shell comment',
    '#include <stdio.h>',
    '```',
    '',
    '    #indented code',
  ].join('\n');
  assert.deepEqual(bodyTags(body), []);
});

test("the article's tags are the frontmatter's, then the body's, without duplicates in any case; only when asked", () => {
  const text = '---\ntags: [Harbour, tides]\n---\nSeen at the #harbour with #gulls.\n';
  assert.deepEqual(parseArticle('notes/x.md', text, { bodyTags: true }).parsed.article.tags, [
    'Harbour',
    'tides',
    'gulls',
  ]);
  assert.deepEqual(
    parseArticle('notes/x.md', text).parsed.article.tags,
    ['Harbour', 'tides'],
    'outside a vault, #channels and hashtags are prose',
  );
});
