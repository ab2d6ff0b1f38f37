import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { FTS_TOKENIZER } from '../../src/index/schema.js';
import {
  foldWord,
  hasSearchableWord,
  matchesLongerWords,
  normalizeText,
  prepareText,
  searchWords,
  WORD_SEPARATOR,
  wordSpans,
} from '../../src/query/words.js';

const visible = (text: string) => text.split(WORD_SEPARATOR).join('|');

test('Chinese and Japanese runs are cut into words; spaced scripts are left alone', () => {
  // Exact cuts come from the ICU dictionary of the JavaScript engine; these words are cut the same everywhere.
  const words = (text: string) => prepareText(text).split(WORD_SEPARATOR);
  assert.deepEqual(words('北京烤鸭很好吃').slice(0, 3), ['', '北京', '烤鸭']);
  assert.equal(words('北京烤鸭很好吃').join(''), '北京烤鸭很好吃');
  assert.equal(visible(prepareText('東京の朝は静か')), '|東京|の|朝|は|静か|');
  assert.equal(visible(prepareText('Node.js的性能')), 'Node.js|的|性能|');
  assert.ok(words('ภาษาไทยง่าย').includes('ไทย'));
  assert.equal(prepareText('Élection à Minsk, Лукашенко'), 'Élection à Minsk, Лукашенко');
  assert.equal(prepareText('서울에서 만나요'), '서울에서 만나요');
});

test('text is normalised: composed accents, ordinary widths, no marker characters or soft hyphens', () => {
  assert.equal(normalizeText('e\u0301te\u0301'), 'été');
  assert.equal(normalizeText('ＡＢＣ１２３ ｶﾀｶﾅ ﬁne'), 'ABC123 カタカナ fine');
  assert.equal(normalizeText('a\u0002b\u0003c soft\u00adhyphen'), 'abc softhyphen');
  // Ellipses and superscripts are not compatibility-folded: snippets show the author's characters.
  assert.equal(normalizeText('wait… m²'), 'wait… m²');
});

test('foldWord lower-cases and removes Latin accents only', () => {
  assert.equal(foldWord('Élection'), 'election');
  assert.equal(foldWord('ZÜRICH'), 'zurich');
  assert.equal(foldWord('Łódź'), 'łodz');
  assert.equal(foldWord('Лукашенко'), 'лукашенко');
  assert.equal(foldWord('й'), 'й');
  assert.equal(foldWord('Москва\u0301'), 'москва');
  assert.equal(foldWord('ΣΑΣ'), 'σασ');
  assert.equal(foldWord('İstanbul'), 'istanbul');
});

test('wordSpans gives folded words with their place in the original text', () => {
  const text = 'L’Élection — 東京の朝';
  const spans = wordSpans(text);
  assert.deepEqual(
    spans.map((span) => span.word),
    ['l', 'election', '東京', 'の', '朝'],
  );
  assert.deepEqual(
    spans.map((span) => text.slice(span.start, span.end)),
    ['L', 'Élection', '東京', 'の', '朝'],
  );
  assert.deepEqual(searchWords('node:test C++ e-mail #hashtag'), ['node', 'test', 'c', 'e', 'mail', 'hashtag']);
});

test('searchable words need a letter or digit', () => {
  assert.equal(hasSearchableWord('a'), true);
  assert.equal(hasSearchableWord('東'), true);
  assert.equal(hasSearchableWord('42'), true);
  assert.equal(hasSearchableWord('*'), false);
  assert.equal(hasSearchableWord('😀 !? —'), false);
});

test('Chinese, Japanese, Thai and Korean words may match longer words', () => {
  assert.equal(matchesLongerWords('東京'), true);
  assert.equal(matchesLongerWords('서울'), true);
  assert.equal(matchesLongerWords('ไทย'), true);
  assert.equal(matchesLongerWords('tokyo'), false);
  assert.equal(matchesLongerWords('москва'), false);
});

test('the JavaScript words are the words FTS5 indexes', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = "${FTS_TOKENIZER}");
    CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance');`);
  const samples = [
    'Élection municipale à Zürich, ÆSIR øre Łódź straße ẞIG İstanbul ĳ ǅ',
    'Лукашенко й ЁЛКА Москва\u0301 Ελληνικά ΣΑΣ ς',
    'हिन्दी भाषा العربية مُحَمَّد עִבְרִית',
    '北京烤鸭很好吃。東京の朝は静か、コンピューターを使う。2024年',
    'ภาษาไทยง่ายนิดเดียว 서울에서 만나요',
    "node:test C++ e-mail #hashtag don't 3.14 1,000 x’s soft\u00adhyphen",
    'ＡＢＣ１２３ ｶﾀｶﾅ ﬁne e\u0301te\u0301 a\u0002b\u0003c',
    'emoji 😀 in👍between — dashes… m² ①',
  ];
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  for (const [index, sample] of samples.entries()) insert.run(index + 1, prepareText(sample));
  const terms = db.prepare('SELECT term FROM v WHERE doc = ? ORDER BY offset').pluck();
  samples.forEach((sample, index) => {
    assert.deepEqual(searchWords(sample), terms.all(index + 1), sample);
  });
  db.close();
});

test('a long run of Chinese is cut in pieces at punctuation, with the same words as short text', () => {
  const sentence = '我们昨天在北京吃了烤鸭。';
  const long = sentence.repeat(8000);
  const words = prepareText(long)
    .split(WORD_SEPARATOR)
    .filter((word) => word !== '');
  const short = prepareText(sentence)
    .split(WORD_SEPARATOR)
    .filter((word) => word !== '');
  assert.equal(words.length, short.length * 8000);
  assert.deepEqual(words.slice(0, short.length), short);
  assert.deepEqual(words.slice(-short.length), short);
  assert.equal(searchWords(long).length, searchWords(sentence).length * 8000);
  // Without punctuation the run is still cut, and nothing is lost.
  const unbroken = '烤鸭'.repeat(5000);
  assert.equal(prepareText(unbroken).split(WORD_SEPARATOR).join(''), unbroken);
});
