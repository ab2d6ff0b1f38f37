/**
 * `folio search` through the built CLI, for what transcripts cannot hold: very long queries, every hostile
 * query in one sweep, highlights that article text must not be able to forge, and freshness after an edit.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { copyFixture, removeFolder, runFolio, testEnv } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

let root = '';
before(() => {
  root = copyFixture('search');
});
after(() => removeFolder(root));

const search = (...args: string[]) => runFolio(['search', ...args], { cwd: root });

/** Asserts the outcome of a query the user may have got wrong: results, nothing, or one query error. */
function assertHandled(query: string, result: { stdout: string; stderr: string; code: number }): void {
  const label = JSON.stringify(query.length > 60 ? `${query.slice(0, 60)}…` : query);
  assert.ok([0, 1, 2].includes(result.code), `${label}: exit ${result.code}`);
  assert.doesNotMatch(result.stderr, /SQLITE|sqlite|fts5|internal error|at .*\.js:\d+/, label);
  if (result.code === 2) {
    assert.match(result.stderr, /^folio: query: [^\n]+\n$/, `${label}: one line on stderr`);
    assert.equal(result.stdout, '', label);
  }
}

test('every hostile query gives results, nothing, or a one-line query error', async () => {
  const queries = [
    '"',
    '""',
    '"unbalanced',
    '-',
    '--',
    '*',
    '**',
    'OR',
    'OR OR',
    'AND',
    'NOT',
    'a OR',
    'OR a',
    'title:',
    'title: ',
    'tag:*',
    'author:""',
    'NEAR(',
    'NEAR(a b, 5)',
    "') OR 1=1 --",
    '" OR ""="',
    '"; DROP TABLE articles; --',
    '(',
    ')',
    '()',
    ')(',
    '😀',
    '🇧🇾',
    'election 😀',
    '\u202eelection',
    'elec\u0007tion',
    '\u001b[31melection',
    '{search_title}: a',
    'search_body:a',
    'rank:1',
    'rowid:1',
    '^a',
    'a:b:c',
    '\\',
    '\\"',
    '%',
    '_',
    'a%',
    '?',
    '$1',
    '@needle',
    ':a',
    'x'.repeat(10_000),
    'é'.repeat(5000),
    '東'.repeat(5000),
    '('.repeat(5000),
    '"'.repeat(5000),
    '-'.repeat(5000),
    'a OR '.repeat(2000) + 'b',
    '-a '.repeat(2000) + 'b',
    'title:'.repeat(2000) + 'a',
  ];
  for (const query of queries) assertHandled(query, await search('--format', 'paths', '--', query));
  for (const query of ['C++', "') OR 1=1 --", '%', '_', '\\', 'x'.repeat(10_000), '東'.repeat(5000)]) {
    assertHandled(query, await search('--exact', '--format', 'paths', '--', query));
  }
  // Without `--`, a word starting with a dash is an exclusion, not a cluster of flags.
  const excluded = await search('election', '-travel', '-russia', '--format', 'paths');
  assert.equal(excluded.code, 0);
  assert.deepEqual(excluded.stdout.split('\n').filter(Boolean), [
    'fr/election-municipale.md',
    'en/belarus-election.md',
    'en/hostile.md',
  ]);
});

test('a long query is bounded: repeated words collapse, and one beyond the limits is refused in one line', {
  timeout: 30_000,
}, async () => {
  // 220 repeats of a word (1,979 characters) are one word: the search does the work of the word alone.
  const repeated = await search(Array(220).fill('election').join(' '), '--format', 'paths');
  assert.equal(repeated.code, 0);
  assert.equal(repeated.stdout, (await search('election', '--format', 'paths')).stdout);
  const words = Array.from({ length: 33 }, (_, index) => `word${index}`);
  const many = await search([...words, 'election'].join(' OR '), '--format', 'paths');
  assert.equal(many.code, 2);
  assert.equal(many.stderr, 'folio: query: the query has too many terms: 34 different words or phrases, at most 32\n');
  assert.equal(many.stdout, '');
  const long = await search(Array(5000).fill('a').join(' '));
  assert.equal(long.code, 2);
  assert.equal(long.stderr, 'folio: query: the query is too long: 9999 characters, at most 2000\n');
  const literal = await search('--exact', 'x'.repeat(2001));
  assert.equal(literal.code, 2);
  assert.match(literal.stderr, /^folio: query: the query is too long: 2001 characters, at most 2000\n$/);
  // Within the limits, 32 terms joined by OR run.
  const either = await search([...words.slice(0, 31), 'election'].join(' OR '), '--format', 'paths');
  assert.equal(either.code, 0);
  assert.equal(either.stdout.split('\n').filter(Boolean).length, 5);
});

test('article text cannot forge highlights or reach the terminal raw', async () => {
  // en/hostile.md holds the snippet marker characters and escape sequences in its body.
  const result = await search('hostile', '--format', 'jsonl');
  const record = JSON.parse(result.stdout) as { snippet: string; highlights: [number, number][] };
  assert.doesNotMatch(record.snippet, /[\u0002\u0003]/);
  assert.deepEqual(record.highlights, []);

  const coloured = await runFolio(['search', 'election', '--color', '--limit', '20'], {
    cwd: root,
    env: testEnv({ NO_COLOR: '' }),
  });
  const withoutOwnStyles = coloured.stdout.replace(/\u001b\[\d+(?:;\d+)*m/g, '');
  assert.doesNotMatch(withoutOwnStyles, /[\u0000-\u0009\u000b-\u001f\u007f]/);
  assert.match(withoutOwnStyles, /\\x1b\[31mred\\x1b\[0m/);
  // The matches, and only they, carry the match style (bold yellow).
  const matched = [...coloured.stdout.matchAll(/\u001b\[1m\u001b\[33m([^\u001b]+)\u001b\[39m\u001b\[22m/g)].map(
    (match) => match[1]!.toLowerCase(),
  );
  assert.ok(matched.length >= 5);
  for (const text of matched) assert.ok(['election', 'élection'].includes(text), text);
});

test('search records validate against the published schema; highlights point at the matches', async () => {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'article-record.schema.json'), 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  for (const args of [
    ['election OR 東京 OR лукашенко', '--drafts'],
    ['--exact', 'C++'],
  ]) {
    const result = await search(...args, '--format', 'json');
    const records = JSON.parse(result.stdout) as { path: string; snippet: string; highlights: [number, number][] }[];
    assert.ok(records.length > 0);
    for (const record of records) {
      assert.ok(validate(record), `${record.path}: ${JSON.stringify(validate.errors)}`);
      for (const [start, end] of record.highlights) {
        const text = [...record.snippet].slice(start, end).join('').toLowerCase();
        assert.ok(['election', 'élection', '東京', 'лукашенко', 'c++'].includes(text), `${record.path}: ${text}`);
      }
    }
  }
});

test('search sees an edit made a moment ago', async () => {
  assert.equal((await search('zyzzogeton')).code, 1);
  appendFileSync(join(root, 'en', 'harbour-notes.md'), '\nA zyzzogeton was seen near the pier.\n');
  const result = await search('zyzzogeton', '--format', 'paths');
  assert.equal(result.code, 0);
  assert.equal(result.stdout, 'en/harbour-notes.md\n');
});
