import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromPath, parseDateValue, parseDayBound } from '../../src/parse/dates.js';

test('a date-only value is a calendar date that never shifts', () => {
  assert.deepEqual(parseDateValue('2024-03-01'), { value: '2024-03-01', day: '2024-03-01', sortKey: '2024-03-01' });
  assert.deepEqual(parseDateValue('2024/3/1'), { value: '2024-03-01', day: '2024-03-01', sortKey: '2024-03-01' });
});

test('a date-time keeps its written form and day; the sort key is UTC', () => {
  assert.deepEqual(parseDateValue('2020-04-03T20:26:28.000Z'), {
    value: '2020-04-03T20:26:28.000Z',
    day: '2020-04-03',
    sortKey: '2020-04-03T20:26:28',
  });
  assert.deepEqual(parseDateValue('2024-01-01T01:30:00+02:00'), {
    value: '2024-01-01T01:30:00+02:00',
    day: '2024-01-01',
    sortKey: '2023-12-31T23:30:00',
  });
  assert.deepEqual(parseDateValue('2024-01-02 10:30'), {
    value: '2024-01-02T10:30',
    day: '2024-01-02',
    sortKey: '2024-01-02T10:30:00',
  });
});

test('impossible dates are refused, not rolled over', () => {
  for (const bad of ['2024-13-45', '2023-02-29', '2024-00-10', '2024-04-31', '2024-01-01T25:00:00Z', 'yesterday', '']) {
    assert.equal(parseDateValue(bad), null, bad);
  }
  assert.notEqual(parseDateValue('2024-02-29'), null);
  assert.equal(parseDateValue(20240301), null);
});

test('dates in paths: Jekyll file names first, then dated folders', () => {
  assert.deepEqual(dateFromPath('_posts/2015-06-30-jekyll-post.md')?.source, 'file name');
  assert.equal(dateFromPath('_posts/2015-06-30-jekyll-post.md')?.date.day, '2015-06-30');
  assert.deepEqual(dateFromPath('2021/05/06/post.md')?.date.day, '2021-05-06');
  assert.equal(dateFromPath('2021/05/06/post.md')?.source, 'path');
  assert.equal(dateFromPath('2023-02-29-nope.md'), null);
  assert.equal(dateFromPath('notes/12345-20240101.md'), null);
});

test('command-line day bounds accept a year or a month', () => {
  assert.equal(parseDayBound('2024', 'start'), '2024-01-01');
  assert.equal(parseDayBound('2024', 'end'), '2024-12-31');
  assert.equal(parseDayBound('2024-02', 'end'), '2024-02-29');
  assert.equal(parseDayBound('2024-02-30', 'end'), null);
  assert.equal(parseDayBound('soon', 'start'), null);
});
