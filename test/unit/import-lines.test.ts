import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHROME_RULES, chromeRuleFor, isChromeLine } from '../../src/import/chrome-lines.js';
import { looksLikeName, parseByline } from '../../src/import/byline.js';
import { parseStatedDate } from '../../src/import/date-text.js';
import { nestingDepth } from '../../src/import/html-depth.js';

test('every chrome rule matches its own documented example', () => {
  for (const rule of CHROME_RULES) assert.equal(chromeRuleFor(rule.example, true)?.name, rule.name, rule.example);
});

test('chrome lines: stock phrases anywhere, long notices only at the edges, never prose', () => {
  for (const line of [
    'top of page',
    'Bottom of page',
    'Back to top ↑',
    'Skip to main content',
    'Share this article',
    'Share on Facebook',
    'Facebook | Twitter | Email',
    'Tweet',
    'Home > News > Politics',
    'Главная / Новости',
    'Advertisement',
    'Наверх',
    'В начало страницы',
    'Уверх',
    'Вгору',
    'Nach oben',
    'Haut de page',
    'Volver arriba ↑',
    'Поделиться',
    'Teilen: Facebook | X',
  ]) {
    assert.ok(isChromeLine(line, false), line);
  }
  for (const line of [
    'We use cookies to give you the best experience. By continuing you agree.',
    '© 2024 The Daily Planet. All rights reserved.',
    'Related articles',
    'Sign in | Subscribe',
    'Menu',
  ]) {
    assert.ok(!isChromeLine(line, false), `${line} (inside the article)`);
    assert.ok(isChromeLine(line, true), `${line} (at an edge)`);
  }
  for (const line of [
    'We must place our bets on those who actively fight and resist.',
    'The top of the page was torn.',
    'Share prices fell on Monday.',
    'Home is where the heart is.',
    'Cookies were baked for the fair.',
    '',
    '   ',
    'Наверх страницы поднялся дым.',
    'Поделиться было нечем.',
    'Teilen ist Kümmern.',
  ]) {
    assert.ok(!isChromeLine(line, true), line);
  }
  assert.ok(!isChromeLine(`Share ${'this '.repeat(60)}`, true), 'long lines are prose');
});

test('bylines: "By Name", several names, "Name: role", in any script', () => {
  assert.deepEqual(parseByline('By Jonas Berg'), [{ name: 'Jonas Berg' }]);
  assert.deepEqual(parseByline('by Tomás Ruiz and Mira Okafor'), [{ name: 'Tomás Ruiz' }, { name: 'Mira Okafor' }]);
  assert.deepEqual(parseByline('By Ada Byron, Tom Ruiz & Kim Lee'), [
    { name: 'Ada Byron' },
    { name: 'Tom Ruiz' },
    { name: 'Kim Lee' },
  ]);
  assert.deepEqual(parseByline('By Ada Byron, Staff Writer'), [{ name: 'Ada Byron', role: 'Staff Writer' }]);
  assert.deepEqual(parseByline('Author: Vincent van Gogh'), [{ name: 'Vincent van Gogh' }]);
  assert.deepEqual(
    parseByline('Pavel Latushka: Deputy Head of the United Transitional Cabinet of Belarus, Ambassador'),
    [{ name: 'Pavel Latushka', role: 'Deputy Head of the United Transitional Cabinet of Belarus, Ambassador' }],
  );
  assert.deepEqual(parseByline('Алесь Коваль: журналіст'), [{ name: 'Алесь Коваль', role: 'журналіст' }]);
  assert.deepEqual(parseByline('Автор: Алесь Коваль'), [{ name: 'Алесь Коваль' }]);
});

test('not bylines: subtitles, labels, sentences', () => {
  for (const line of [
    'Update: the vote is tomorrow',
    'Breaking News: storm hits coast',
    'Key Points: three things to know',
    'Note: prices include tax',
    'By the way, this is a sentence.',
    'Looking at the news from Russia today, we can observe the following: in Russia',
    'Ada Byron: She wrote it. Then she left.',
    'By 2024 everything changed',
  ]) {
    assert.equal(parseByline(line), null, line);
  }
  assert.ok(looksLikeName('J. R. R. Tolkien'));
  assert.ok(!looksLikeName('the quick fox'));
});

test('stated dates: unambiguous forms only, real days only', () => {
  assert.equal(parseStatedDate('2023-11-02'), '2023-11-02');
  assert.equal(parseStatedDate('14 September 2023'), '2023-09-14');
  assert.equal(parseStatedDate('Saturday 3 February 2024, 06:00'), '2024-02-03');
  assert.equal(parseStatedDate('Sep 14, 2023'), '2023-09-14');
  assert.equal(parseStatedDate('Published on March 1st, 2024'), '2024-03-01');
  assert.equal(parseStatedDate('17.03.2024'), '2024-03-17');
  assert.equal(parseStatedDate('2024-03-01T10:00:00+02:00'), '2024-03-01T10:00:00+02:00');
  // Month names of other languages, as their pages write dates.
  assert.equal(parseStatedDate('14 сентября 2023 г.'), '2023-09-14');
  assert.equal(parseStatedDate('2 лютага 2021 года'), '2021-02-02');
  assert.equal(parseStatedDate('9 травня 2022 р.'), '2022-05-09');
  assert.equal(parseStatedDate('3 października 2020'), '2020-10-03');
  assert.equal(parseStatedDate('1er'), null);
  assert.equal(parseStatedDate('12 DÉCEMBRE 2019'), '2019-12-12');
  assert.equal(parseStatedDate('14. März 2024'), '2024-03-14');
  assert.equal(parseStatedDate('14 de septiembre de 2023'), '2023-09-14');
  assert.equal(parseStatedDate('7 de março de 2018'), '2018-03-07');
  assert.equal(parseStatedDate('25 aprile 2017, 10:30'), '2017-04-25');
  for (const text of [
    '03/04/2024',
    '2024-02-30',
    '31 June 2024',
    'Smarch 3, 2024',
    'in September 2023 we met',
    'yesterday',
    '30 февраля 2024 г.',
    '14 сентябрь 2023',
    'в сентябре 2023 года',
  ]) {
    assert.equal(parseStatedDate(text), null, text);
  }
});

test('nesting depth counts elements that need closing, not paragraphs, scripts or comments', () => {
  assert.equal(nestingDepth('<div><div><p>a<p>b</div></div>'), 2);
  assert.equal(nestingDepth('<ul><li>a<li>b</ul><br><img src=x>'), 1);
  assert.equal(nestingDepth('<script>"<div><div><div>"</script><!-- <div><div> --><span>x</span>'), 1);
  assert.equal(nestingDepth('<div>'.repeat(5000), 1000), 1001);
});
