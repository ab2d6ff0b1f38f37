import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/query/parse.js';
import { closestWord, correctableWord, correctedQuery, editDistance, isSuggestible } from '../../src/query/suggest.js';
import type { TermNode } from '../../src/query/ast.js';

test('edit distance counts insertions, deletions, substitutions and swaps, and stops past its limit', () => {
  assert.equal(editDistance('vulnerabilty', 'vulnerability', 2), 1);
  assert.equal(editDistance('relaese', 'release', 2), 1);
  assert.equal(editDistance('kitten', 'sitting', 5), 3);
  assert.equal(editDistance('kitten', 'sitting', 2), 3);
  assert.equal(editDistance('a', 'abcdefgh', 2), 3);
  assert.equal(editDistance('выбарах', 'выборах', 2), 1);
  assert.equal(editDistance('same', 'same', 0), 0);
});

test('the closest word wins, then the most common, then the first in order; far words are not suggested', () => {
  const words = [
    { word: 'release', articles: 40 },
    { word: 'releases', articles: 90 },
    { word: 'relapse', articles: 2 },
    { word: 'r2d2', articles: 500 },
  ];
  assert.equal(closestWord('relase', words), 'release');
  assert.equal(closestWord('releasse', words), 'releases');
  assert.equal(closestWord('relaps', words), 'relapse');
  assert.equal(closestWord('rxyzzy', words), null);
  // Short words allow one edit only.
  assert.equal(
    closestWord('rat', [
      { word: 'rust', articles: 9 },
      { word: 'raft', articles: 1 },
    ]),
    'raft',
  );
  assert.equal(closestWord('rat', [{ word: 'rust', articles: 9 }]), null);
  // Ties on distance go to the word in more articles.
  assert.equal(
    closestWord('cat', [
      { word: 'cut', articles: 1 },
      { word: 'car', articles: 7 },
    ]),
    'car',
  );
  assert.equal(isSuggestible('r2d2'), false);
  assert.equal(isSuggestible('ab'), false);
  assert.equal(isSuggestible('élection'), true);
});

test('only bare words are corrected, and the rest of the query stays as typed', () => {
  const term = (text: string) => parseQuery(text) as TermNode;
  assert.equal(correctableWord(term('Vulnerabilty')), 'vulnerabilty');
  assert.equal(correctableWord(term('"vulnerabilty"')), null);
  assert.equal(correctableWord(term('vulnerab*')), null);
  assert.equal(correctableWord(term('v8')), null);
  assert.equal(correctableWord(term('東京')), null);
  assert.equal(
    correctedQuery('tag:security Vulnerabilty -x', new Map([['Vulnerabilty', 'vulnerability']])),
    'tag:security vulnerability -x',
  );
});
