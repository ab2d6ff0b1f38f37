import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchIndexBuilder } from '../../src/export/search/index-builder.js';
import { TermCounter, type DocTerms } from '../../src/export/search/term-counter.js';

const articles = [
  {
    title: 'Harbour lights',
    tags: ['Sea'],
    authors: ['Ann Lee'],
    summary: 'Boats at night.',
    text: 'The harbour at night.\nBoats, lights and the sea.',
  },
  {
    title: 'Night trains',
    tags: ['Rail', 'night'],
    authors: ['Bo Chen'],
    summary: '',
    text: 'Trains at night cross the plain.\n東京の夜',
  },
  {
    title: 'The sea',
    tags: ['Sea'],
    authors: ['Ann Lee', 'Bo Chen'],
    summary: 'Waves.',
    text: 'Waves, the sea, the sea again.',
  },
  { title: 'Plain words', tags: [], authors: [], summary: '', text: 'Words on a plain page about lights and trains.' },
  { title: 'Empty', tags: [], authors: [], summary: '', text: '' },
];

function shardsOf(build: (builder: SearchIndexBuilder) => void): string {
  const builder = new SearchIndexBuilder();
  build(builder);
  return JSON.stringify(builder.files());
}

test('the index is the same however articles are spread between counters and dictionaries', () => {
  const one = new TermCounter(1);
  const alone = shardsOf((builder) => {
    for (const [index, fields] of articles.entries()) builder.add(index, one.count(fields));
  });
  assert.match(alone, /harbour/);
  assert.match(alone, /東京/);

  // Two threads, their articles arriving interleaved and out of the site's order.
  const first = new TermCounter(2);
  const second = new TermCounter(3);
  const counted: [number, DocTerms][] = [
    [3, first.count(articles[3]!)],
    [0, second.count(articles[0]!)],
    [1, first.count(articles[1]!)],
    [4, second.count(articles[4]!)],
    [2, second.count(articles[2]!)],
  ];
  assert.equal(
    shardsOf((builder) => {
      for (const [index, terms] of counted) builder.add(index, terms);
    }),
    alone,
  );

  // A counter whose dictionaries fill after a few terms starts new ones.
  const small = new TermCounter(4, 5);
  const terms = articles.map((fields) => small.count(fields));
  assert.ok(new Set(terms.map((doc) => doc.dictionary)).size > 1);
  assert.equal(
    shardsOf((builder) => {
      for (const [index, doc] of terms.entries()) builder.add(index, doc);
    }),
    alone,
  );
});

test('a term is reported once per dictionary, and counted by weight and field', () => {
  const counter = new TermCounter(5);
  const first = counter.count({ title: 'Sea sea', tags: ['sea'], authors: [], summary: '', text: 'sea and land' });
  assert.deepEqual(first.newTerms.split('\n'), ['sea', 'and', 'land']);
  // "sea": twice in the title (3 each), once as a tag (2), once in the text (1); title and tag bits set.
  assert.equal(first.values[0], (3 + 3 + 2 + 1) * 8 + 1 + 2);
  assert.equal(first.length, 3 + 3 + 2 + 3);
  const second = counter.count({ title: 'Land', tags: [], authors: [], summary: '', text: 'and sky' });
  assert.equal(second.newTerms, 'sky');
  assert.deepEqual([...second.ids], [2, 1, 3]);
});

test('an article whose terms were never reported is refused, not indexed wrongly', () => {
  const counter = new TermCounter(6);
  counter.count(articles[0]!);
  const builder = new SearchIndexBuilder();
  assert.throws(() => builder.add(1, counter.count(articles[2]!)), /never reported/);
});
