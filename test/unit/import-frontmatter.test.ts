import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { articleFileText } from '../../src/import/frontmatter-writer.js';
import type { ImportedArticle } from '../../src/import/imported-article.js';
import { parseArticle } from '../../src/parse/article.js';
import { splitFrontmatter } from '../../src/parse/frontmatter.js';

const article = (fields: Partial<ImportedArticle> = {}): ImportedArticle => ({
  title: null,
  authors: [],
  date: null,
  updated: null,
  lang: null,
  url: null,
  body: 'Body text.',
  ...fields,
});

test('the file is frontmatter in the sample article’s shape, then the body', () => {
  const text = articleFileText(
    article({ authors: [{ name: 'Pavel Latushka', role: 'Deputy Head, Ambassador' }] }),
    'Elections: what is the difference?',
    'seed.txt',
  );
  assert.equal(
    text,
    [
      '---',
      'title: "Elections: what is the difference?"',
      'author:',
      '  name: Pavel Latushka',
      '  role: Deputy Head, Ambassador',
      'tags: []',
      'source: seed.txt',
      '---',
      '',
      'Body text.',
      '',
    ].join('\n'),
  );
});

test('dates are written unquoted, several authors as a list, language and address when stated', () => {
  const text = articleFileText(
    article({
      authors: [{ name: 'Ada Byron' }, { name: 'Tom Ruiz', role: 'Editor' }],
      date: '2024-02-03T06:00:00Z',
      updated: '2024-02-04',
      lang: 'en-GB',
      url: 'https://example.org/a?b=c#d',
    }),
    'T',
    'page.html',
  );
  assert.match(text, /\ndate: 2024-02-03T06:00:00Z\nupdated: 2024-02-04\n/);
  assert.match(text, /\nauthors:\n {2}- Ada Byron\n {2}- name: Tom Ruiz\n {4}role: Editor\n/);
  const data = splitFrontmatter(text).data;
  assert.deepEqual(data.authors, ['Ada Byron', { name: 'Tom Ruiz', role: 'Editor' }]);
  assert.equal(data.lang, 'en-GB');
  assert.equal(data.url, 'https://example.org/a?b=c#d');
});

test('hostile and ambiguous values read back exactly as they were, in YAML 1.2 and 1.1 alike', () => {
  const nasty = [
    'No',
    'yes',
    '1:20',
    '2024-01-15',
    '- item',
    '#hash',
    '*alias',
    '&anchor',
    '!tag',
    '%directive',
    '@at',
    '`tick`',
    '"double" and \'single\'',
    'a: b',
    '---',
    '...',
    'null',
    '~',
    '0x1F',
    '1e3',
    '{ flow: map }',
    '[flow, list]',
    '| block',
    '> folded',
    'Вясна ў Мінску',
    '東京の朝',
    'title\twith tab',
    ' leading space',
    'trailing space ',
  ];
  for (const value of nasty) {
    const text = articleFileText(article({ authors: [{ name: value, role: value }] }), value, value);
    const data = splitFrontmatter(text).data;
    assert.equal(data.title, value, `title ${JSON.stringify(value)}`);
    assert.deepEqual(data.author, { name: value, role: value });
    assert.equal(data.source, value);
    const frontmatter = text.split('\n---\n')[0]!.slice(4);
    assert.equal(parse(frontmatter, { version: '1.1' }).title, value, `YAML 1.1 title ${JSON.stringify(value)}`);
  }
});

test('a title that tries to close the frontmatter stays inside it', () => {
  const text = articleFileText(article({ body: 'Real body.' }), 'x\n---\ninjected: true', 'a.txt');
  const split = splitFrontmatter(text);
  assert.equal(split.data.injected, undefined);
  assert.equal(split.body.trim(), 'Real body.');
});

test('the written file parses back into the article folio lists', () => {
  const text = articleFileText(
    article({ authors: [{ name: 'Jonas Berg' }], date: '2023-11-02' }),
    'The case for boring technology',
    'with-byline.txt',
  );
  const { parsed, problems } = parseArticle('the-case-for-boring-technology.md', text);
  assert.deepEqual(problems, []);
  assert.equal(parsed.article.title, 'The case for boring technology');
  assert.deepEqual(parsed.article.authors, ['Jonas Berg']);
  assert.equal(parsed.article.date?.value, '2023-11-02');
  assert.deepEqual(parsed.article.tags, []);
  assert.equal(parsed.article.data.source, 'with-byline.txt');
});
