import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQuery, positiveTerms, type QueryNode, type TermNode } from '../../src/query/ast.js';
import {
  checkQueryLength,
  MAX_NESTING,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  parseQuery,
  QuerySyntaxError,
} from '../../src/query/parse.js';
import { QueryError } from '../../src/model/errors.js';

const term = (text: string, extra: Partial<TermNode> = {}): TermNode => ({
  kind: 'term',
  text,
  quoted: false,
  prefix: false,
  field: null,
  ...extra,
});

/** Asserts that `query` fails with a message containing `reason`. */
function rejects(query: string, reason: string): QuerySyntaxError {
  let caught: unknown;
  try {
    parseQuery(query);
  } catch (error) {
    caught = error;
  }
  assert.ok(
    caught instanceof QuerySyntaxError,
    `expected a syntax error for ${JSON.stringify(query)}, got ${String(caught)}`,
  );
  assert.ok(caught.message.includes(reason), `${JSON.stringify(query)}: ${caught.message}`);
  assert.ok(!caught.message.includes('\n'), 'one line');
  return caught;
}

test('words: all must match', () => {
  assert.deepEqual(parseQuery('belarus election'), { kind: 'and', children: [term('belarus'), term('election')] });
  assert.deepEqual(parseQuery('  belarus  '), term('belarus'));
  assert.deepEqual(parseQuery('belarus AND election'), parseQuery('belarus election'));
});

test('quotes make a phrase; typographic quotes too; an unclosed quote ends at the end', () => {
  assert.deepEqual(parseQuery('"free election"'), term('free election', { quoted: true }));
  assert.deepEqual(parseQuery('“free election”'), term('free election', { quoted: true }));
  assert.deepEqual(parseQuery('„free election“'), term('free election', { quoted: true }));
  assert.deepEqual(parseQuery('"free election'), term('free election', { quoted: true }));
  assert.deepEqual(parseQuery('"fundamental diff"*'), term('fundamental diff', { quoted: true, prefix: true }));
  assert.deepEqual(parseQuery('a"b c"d'), {
    kind: 'and',
    children: [term('a'), term('b c', { quoted: true }), term('d')],
  });
  // Operators inside quotes are words.
  assert.deepEqual(parseQuery('"OR"'), term('OR', { quoted: true }));
});

test('OR binds tighter than the space between words', () => {
  assert.deepEqual(parseQuery('election OR vote'), { kind: 'or', children: [term('election'), term('vote')] });
  assert.deepEqual(parseQuery('belarus election OR vote'), {
    kind: 'and',
    children: [term('belarus'), { kind: 'or', children: [term('election'), term('vote')] }],
  });
  assert.deepEqual(parseQuery('a OR b OR c'), { kind: 'or', children: [term('a'), term('b'), term('c')] });
  // Only capitals are operators.
  assert.deepEqual(parseQuery('war or peace'), { kind: 'and', children: [term('war'), term('or'), term('peace')] });
});

test('-word and NOT word exclude', () => {
  const expected: QueryNode = { kind: 'and', children: [term('belarus'), { kind: 'not', child: term('russia') }] };
  assert.deepEqual(parseQuery('belarus -russia'), expected);
  assert.deepEqual(parseQuery('belarus NOT russia'), expected);
  assert.deepEqual(parseQuery('-russia belarus'), {
    kind: 'and',
    children: [{ kind: 'not', child: term('russia') }, term('belarus')],
  });
  assert.deepEqual(parseQuery('a -"b c"'), {
    kind: 'and',
    children: [term('a'), { kind: 'not', child: term('b c', { quoted: true }) }],
  });
  // A hyphen inside a word is part of the word; a dash between spaces is punctuation.
  assert.deepEqual(parseQuery('e-mail'), term('e-mail'));
  assert.deepEqual(parseQuery('belarus - russia'), { kind: 'and', children: [term('belarus'), term('russia')] });
});

test('prefix*', () => {
  assert.deepEqual(parseQuery('democr*'), term('democr', { prefix: true }));
  assert.deepEqual(parseQuery('democr**'), term('democr', { prefix: true }));
  assert.deepEqual(parseQuery('a*b'), term('a*b'));
});

test('parentheses group; an unclosed one closes at the end; a stray one is punctuation', () => {
  assert.deepEqual(parseQuery('(a OR b) c'), {
    kind: 'and',
    children: [{ kind: 'or', children: [term('a'), term('b')] }, term('c')],
  });
  assert.deepEqual(parseQuery('(a b) OR c'), {
    kind: 'or',
    children: [{ kind: 'and', children: [term('a'), term('b')] }, term('c')],
  });
  assert.deepEqual(parseQuery('a -(b OR c)'), {
    kind: 'and',
    children: [term('a'), { kind: 'not', child: { kind: 'or', children: [term('b'), term('c')] } }],
  });
  assert.deepEqual(parseQuery('(a OR b'), { kind: 'or', children: [term('a'), term('b')] });
  assert.deepEqual(parseQuery('a) b'), { kind: 'and', children: [term('a'), term('b')] });
  assert.deepEqual(parseQuery('a () b'), { kind: 'and', children: [term('a'), term('b')] });
  assert.deepEqual(parseQuery('((a))'), term('a'));
});

test('field terms: title:, tag:, author: (and plurals), on words, phrases, prefixes and groups', () => {
  assert.deepEqual(parseQuery('title:minsk'), term('minsk', { field: 'title' }));
  assert.deepEqual(parseQuery('TAG:travel'), term('travel', { field: 'tag' }));
  assert.deepEqual(parseQuery('tags:travel'), term('travel', { field: 'tag' }));
  assert.deepEqual(parseQuery('authors:kim'), term('kim', { field: 'author' }));
  assert.deepEqual(parseQuery('title:"free election"'), term('free election', { field: 'title', quoted: true }));
  assert.deepEqual(parseQuery('title:elect*'), term('elect', { field: 'title', prefix: true }));
  assert.deepEqual(parseQuery('-author:kim x'), {
    kind: 'and',
    children: [{ kind: 'not', child: term('kim', { field: 'author' }) }, term('x')],
  });
  assert.deepEqual(parseQuery('title:(a OR b)'), {
    kind: 'or',
    children: [term('a', { field: 'title' }), term('b', { field: 'title' })],
  });
  assert.deepEqual(parseQuery('title:(a tag:b)'), {
    kind: 'and',
    children: [term('a', { field: 'title' }), term('b', { field: 'tag' })],
  });
  // Unknown names are text.
  assert.deepEqual(parseQuery('node:test'), term('node:test'));
  assert.deepEqual(parseQuery('http://example.org'), term('http://example.org'));
});

test('Chinese, Japanese and Korean words also match longer words, unless quoted', () => {
  assert.deepEqual(parseQuery('東京'), term('東京', { prefix: true }));
  assert.deepEqual(parseQuery('서울'), term('서울', { prefix: true }));
  assert.deepEqual(parseQuery('"東京"'), term('東京', { quoted: true }));
  assert.deepEqual(parseQuery('tokyo'), term('tokyo'));
});

test('every hostile query gives a tree or a one-line QuerySyntaxError', () => {
  const hostile = [
    '',
    ' ',
    '"',
    '""',
    '"unbalanced',
    "'",
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
    'a OR OR b',
    'title:',
    'title: ',
    'tag:*',
    'NEAR(',
    'NEAR(a b, 5)',
    "') OR 1=1 --",
    '"; DROP TABLE articles; --',
    '(',
    ')',
    '()',
    ')(',
    '((((',
    '))))',
    '😀',
    '🇧🇾 belarus',
    'a\u0000b',
    '\u202e',
    'x'.repeat(10_000),
    '-a',
    'a OR -b',
    '-(-a) b',
    '{title}: x',
    'title:(',
    'a:b:c',
    '^',
    'col:"x"',
    '\\',
    '\\"',
    'a"',
    '"a" "b',
    '* a',
    'a *',
    'AND a',
    'a NOT',
    'NOT NOT a',
  ];
  for (const query of hostile) {
    try {
      const tree = parseQuery(query);
      assert.ok(positiveTerms(tree).length > 0, `${JSON.stringify(query)} looks for something`);
    } catch (error) {
      assert.ok(error instanceof QuerySyntaxError, `${JSON.stringify(query)}: ${String(error)}`);
      assert.ok(error instanceof QueryError && error.exitCode === 2);
      assert.ok(!error.message.includes('\n'));
    }
  }
});

test('errors say what is wrong and where', () => {
  assert.equal(rejects('OR OR', 'OR needs a term on each side').column, 1);
  assert.equal(rejects('belarus OR', 'OR needs a term on each side').column, 9);
  assert.equal(rejects('😀 OR', 'OR needs a term on each side').column, 3);
  rejects('a AND', 'AND needs a term on each side');
  rejects('a NOT', 'NOT needs a term after it');
  rejects('title:', 'title: needs a word to look for');
  rejects('x Author:', 'Author: needs a word to look for');
  rejects('', 'nothing to search for');
  rejects('*', 'the query has no letters or digits');
  rejects('😀 !!', 'the query has no letters or digits');
  rejects('-russia', 'the query only excludes');
  rejects('NOT russia', 'the query only excludes');
  rejects('a OR -b', 'OR cannot join an exclusion');
  rejects('a -(-b)', 'cannot exclude another exclusion');
  rejects('('.repeat(MAX_NESTING + 1) + 'a', 'nested too deeply');
  rejects('-'.repeat(MAX_NESTING + 1) + 'a', 'nested too deeply');
  assert.equal(rejects('title:'.repeat(100) + 'a', 'nested too deeply').exitCode, 2);
});

test('a repeated term counts once, however it was typed', { timeout: 5000 }, () => {
  assert.deepEqual(parseQuery(Array(1000).fill('a').join(' ')), term('a'));
  assert.deepEqual(parseQuery('Election élection ELECTION'), term('Election'));
  assert.deepEqual(parseQuery('a OR a OR b'), { kind: 'or', children: [term('a'), term('b')] });
  assert.deepEqual(parseQuery('(a OR b) (a OR b) -c -c'), parseQuery('(a OR b) -c'));
  // Not the same terms: a prefix, a field, a phrase of other words, an exclusion.
  assert.equal(countChildren(parseQuery('a a* title:a "a b" b')), 5);
  assert.equal(countChildren(parseQuery('a -b b')), 3);
});

function countChildren(node: QueryNode): number {
  return node.kind === 'and' || node.kind === 'or' ? node.children.length : 1;
}

test('a query beyond the limits is one line saying which limit, and exit status 2', { timeout: 5000 }, () => {
  const many = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
  assert.equal(countChildren(parseQuery(many(MAX_QUERY_TERMS))), MAX_QUERY_TERMS);
  const tooMany = rejects(
    many(MAX_QUERY_TERMS + 1),
    `${MAX_QUERY_TERMS + 1} different words or phrases, at most ${MAX_QUERY_TERMS}`,
  );
  assert.equal(tooMany.exitCode, 2);
  rejects(many(20) + ' OR ' + many(20).replace(/w/g, 'v'), 'too many terms');
  // Within the length, however it is made: repeated words, a phrase of many words.
  parseQuery('a '.repeat(MAX_QUERY_LENGTH / 2));
  parseQuery(`"${'word '.repeat(MAX_QUERY_LENGTH / 5 - 1)}"`);
  rejects('a '.repeat(5000), `the query is too long: 10000 characters, at most ${MAX_QUERY_LENGTH}`);
  // Characters, not UTF-16 units: an emoji is one.
  parseQuery('a ' + '😀'.repeat(MAX_QUERY_LENGTH - 2));
  assert.throws(() => checkQueryLength('x'.repeat(MAX_QUERY_LENGTH + 1)), /too long/);
  checkQueryLength('x'.repeat(MAX_QUERY_LENGTH));
});

test('formatQuery writes a tree back as text that parses to the same tree', () => {
  for (const query of [
    'belarus "free election" OR vote* -title:russia',
    '(a b) OR c',
    'a -(b OR c)',
    'title:"node:test"',
    'x "OR"',
    'node:test',
    '東京 "北京"',
    'a -(b -c)',
    'tag:travel author:kim',
  ]) {
    const tree = parseQuery(query);
    assert.deepEqual(parseQuery(formatQuery(tree)), tree, query);
  }
  assert.equal(formatQuery(parseQuery('belarus  "free election"  OR vote*')), 'belarus "free election" OR vote*');
});

test('positiveTerms lists what must be present, not what is excluded', () => {
  assert.deepEqual(
    positiveTerms(parseQuery('a (b OR c) -d')).map((found) => found.text),
    ['a', 'b', 'c'],
  );
});
