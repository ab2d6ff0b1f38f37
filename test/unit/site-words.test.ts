import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILT_IN_WORDS, commonLanguage, siteWords, validWords } from '../../src/export/i18n/languages.js';
import { en } from '../../src/export/i18n/en.js';
import { fill, formatDay, listParts, plural } from '../../src/export/i18n/words.js';

test('every built-in language gives every word, with plural forms for each of its categories', () => {
  assert.deepEqual(Object.keys(BUILT_IN_WORDS).sort(), [
    'be',
    'de',
    'en',
    'es',
    'fr',
    'it',
    'ja',
    'pl',
    'pt',
    'ru',
    'uk',
    'zh',
  ]);
  for (const [lang, words] of Object.entries(BUILT_IN_WORDS)) {
    assert.deepEqual(
      Object.keys(words).filter((key) => !(key in en)),
      [],
      `${lang}: unknown keys`,
    );
    // A word not yet translated shows in English: listed here, not a failure, so adding a word takes one file.
    const missing = Object.keys(en).filter((key) => !(key in words) && !['rss'].includes(key));
    if (missing.length > 0) console.log(`${lang}: in English until translated: ${missing.join(', ')}`);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const count of [1, 2, 5, 21, 0]) {
      const text = plural(lang, siteWords(lang).minRead, count);
      assert.match(text, /\d/, `${lang}: ${count} min read`);
    }
    for (const category of categories)
      assert.ok(siteWords(lang).minRead[category] ?? siteWords(lang).minRead.other, `${lang}: ${category}`);
  }
});

test('plural forms follow the language', () => {
  const ru = siteWords('ru').minRead;
  assert.equal(plural('ru', ru, 1), '1 минута чтения');
  assert.equal(plural('ru', ru, 3), '3 минуты чтения');
  assert.equal(plural('ru', ru, 5), '5 минут чтения');
  assert.equal(plural('ru', ru, 21), '21 минута чтения');
  assert.equal(plural('en', en.minRead, 5), '5 min read');
  assert.equal(plural('pl', siteWords('pl').minRead, 22), '22 minuty czytania');
});

test('days are written in the language, and never shift by a day', () => {
  assert.equal(formatDay('en', '2024-03-01'), '1 March 2024');
  assert.equal(formatDay('ru', '2024-03-01'), '1 марта 2024 г.');
  assert.equal(formatDay('be', '2024-03-01'), '1 сакавіка 2024 г.');
  assert.equal(formatDay('de', '2024-03-01'), '1. März 2024');
  assert.equal(formatDay('fr', '2024-12-31'), '31 décembre 2024');
  assert.equal(formatDay('ja', '2024-03-01'), '2024年3月1日');
  assert.equal(formatDay('zh', '2024-03-01'), '2024年3月1日');
  assert.equal(formatDay('xx-unknown-tag', '2024-03-01').includes('2024'), true);
});

test('the site language is the most common article language; words fall back to English; theme words are checked', () => {
  assert.equal(commonLanguage(['ru', null, 'en', 'ru', 'be']), 'ru');
  assert.equal(commonLanguage([null, null]), 'en');
  assert.equal(siteWords('pt-BR').tags, 'Etiquetas');
  assert.equal(siteWords('nl').tags, 'Tags');
  assert.equal(siteWords('nl', { tags: 'Trefwoorden' }).tags, 'Trefwoorden');
  assert.deepEqual(validWords({ tags: 'Rubriken' }), { words: { tags: 'Rubriken' } });
  assert.match((validWords({ minRead: 'x' }) as { error: string }).error, /plural forms/);
  assert.equal(fill('{a} and {b}', { a: 1 }), '1 and {b}');
  assert.deepEqual(listParts('en', 3), [{ item: 0 }, { text: ', ' }, { item: 1 }, { text: ' and ' }, { item: 2 }]);
});
