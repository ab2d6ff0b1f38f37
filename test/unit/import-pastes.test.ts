/**
 * The paste corpus: pages copied from news sites and blogs as their readers copy them (test/fixtures/pastes/, one
 * `.txt` per page, in the shapes of BBC, Guardian, New York Times, Reuters, AP, Le Monde, Spiegel, Meduza and
 * other news sites, Substack, Medium, WordPress, Ghost and Hugo blogs, in eleven languages), with what each
 * should give in expected.json. A page is right when its title, authors and date are, and its body is the
 * article's text exactly: no word of it lost, no line of the page's chrome left. The score is printed; the
 * corpus must score at least 95 %.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertTextPage } from '../../src/import/text-page.js';
import { isRefusal } from '../../src/import/imported-article.js';
import { FIXTURES } from '../helpers/paths.js';

interface Expected {
  title: string;
  authors: string[];
  date: string | null;
  body: string;
}

const folder = join(FIXTURES, 'pastes');
const corpus = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<string, Expected>;

/** What is wrong with one page, as short words; empty when it is right. */
export function pasteErrors(name: string, expected: Expected): string[] {
  const result = convertTextPage(readFileSync(join(folder, name), 'utf8'));
  if (isRefusal(result)) return [`refused: ${result.refused}`];
  const errors: string[] = [];
  if (result.title !== expected.title) errors.push(`title ${JSON.stringify(result.title)}`);
  const names = result.authors.map((author) => author.name);
  if (JSON.stringify(names) !== JSON.stringify(expected.authors)) errors.push(`authors ${JSON.stringify(names)}`);
  if (result.date !== expected.date) errors.push(`date ${JSON.stringify(result.date)}`);
  if (result.body.trim() !== expected.body.trim()) {
    const got = result.body.trim().split('\n');
    const want = expected.body.trim().split('\n');
    const extra = got.filter((line) => !want.includes(line));
    const lost = want.filter((line) => !got.includes(line));
    errors.push(
      `body: ${extra.length} chrome lines left ${JSON.stringify(extra.slice(0, 4))}, ${lost.length} article lines lost ${JSON.stringify(lost.slice(0, 2))}`,
    );
  }
  return errors;
}

test('the paste corpus imports with the right title, byline and date and no chrome, in at least 95 % of pages', () => {
  const names = Object.keys(corpus).sort();
  assert.ok(names.length >= 40, `the corpus holds ${names.length} pages`);
  const wrong: string[] = [];
  for (const name of names) {
    const errors = pasteErrors(name, corpus[name]!);
    if (errors.length > 0) wrong.push(`${name}: ${errors.join('; ')}`);
  }
  const right = names.length - wrong.length;
  const score = (100 * right) / names.length;
  console.log(`paste corpus: ${right} of ${names.length} pages fully right (${score.toFixed(1)} %)`);
  for (const line of wrong) console.log(`  ${line}`);
  assert.ok(score >= 95, `${score.toFixed(1)} % of pages right:\n${wrong.join('\n')}`);
});

test('a byline names its authors apart from their outlet, place and job', async () => {
  const { parseByline, parseBareByline } = await import('../../src/import/byline.js');
  assert.deepEqual(parseByline('By Jane Okoro, BBC News, Bristol'), [
    { name: 'Jane Okoro', role: 'BBC News, Bristol' },
  ]);
  assert.deepEqual(parseByline('By Jane Okoro, Riverside Echo, Bristol'), [
    { name: 'Jane Okoro', role: 'Riverside Echo, Bristol' },
  ]);
  assert.deepEqual(parseByline('By Jane Okoro and Tom Ruiz'), [{ name: 'Jane Okoro' }, { name: 'Tom Ruiz' }]);
  assert.deepEqual(parseByline('Von Lena Hartmann, Leipzig'), [{ name: 'Lena Hartmann', role: 'Leipzig' }]);
  assert.deepEqual(parseBareByline('Tom Ruiz in Madrid'), [{ name: 'Tom Ruiz', role: 'in Madrid' }]);
  assert.deepEqual(parseBareByline('Mira Okafor Education correspondent'), [
    { name: 'Mira Okafor', role: 'Education correspondent' },
  ]);
  // Alone on a line, a headline or a section name is not a byline.
  assert.equal(parseBareByline('Climate crisis'), null);
  assert.equal(parseBareByline('À Lyon, les vélos-cargos remplacent les camionnettes'), null);
  assert.equal(parseByline('By the way, the vote is tomorrow'), null);
});

test('a date line is read with its weekday, time, zone, labels and update, and a relative date gives none', async () => {
  const { parseDateLine } = await import('../../src/import/date-text.js');
  assert.deepEqual(parseDateLine('Thu 14 Mar 2024 18.30 GMT'), { date: '2024-03-14', updated: null, names: [] });
  assert.deepEqual(parseDateLine('Published June 3, 2024 Updated June 4, 2024, 9:12 a.m. ET'), {
    date: '2024-06-03',
    updated: '2024-06-04',
    names: [],
  });
  assert.deepEqual(parseDateLine('Publié le 14 mars 2024 à 18h30, modifié le 15 mars 2024 à 09h12'), {
    date: '2024-03-14',
    updated: '2024-03-15',
    names: [],
  });
  assert.deepEqual(parseDateLine('March 14, 20246:30 PM GMT+1Updated 2 hours ago'), {
    date: '2024-03-14',
    updated: null,
    names: [],
  });
  assert.deepEqual(parseDateLine('Олена Ткачук — Четвер, 14 березня 2024, 18:30'), {
    date: '2024-03-14',
    updated: null,
    names: ['Олена Ткачук'],
  });
  assert.deepEqual(parseDateLine('Published 3 hours ago'), { date: null, updated: null, names: [] });
  assert.equal(parseDateLine('We met on 3 June 2024 in the town hall'), null);
  assert.equal(parseDateLine('2024-02-30'), null, 'an impossible date is no date');
});
