/**
 * The conversion of command-line flags into validated values (src/cli/flags.ts), one table per flag family:
 * what commander hands over in, the filter or order out, or the usage error a bad value gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFilter, toFormat, toLimit, toOrder, type FilterFlags, type OrderFlags } from '../../src/cli/flags.js';
import { UsageError } from '../../src/model/errors.js';
import type { ArticleFilter, ArticleOrder } from '../../src/model/filter.js';

/** The value, or the message of the usage error it raises. */
function outcome<T>(convert: () => T): T | string {
  try {
    return convert();
  } catch (error) {
    assert.ok(error instanceof UsageError, `a usage error, not ${String(error)}`);
    return error.message;
  }
}

test('filter flags: tags, author, dates, fields and drafts', () => {
  const none = { tags: [], where: [], drafts: false };
  const cases: [flags: FilterFlags, expected: ArticleFilter | string][] = [
    [{}, none],
    [{ tag: ['travel', ' minsk ', '  '] }, { ...none, tags: ['travel', 'minsk'] }],
    [{ author: 'latushka' }, { ...none, author: 'latushka' }],
    [{ drafts: true }, { ...none, drafts: true }],
    [{ since: '2024' }, { ...none, since: '2024-01-01' }],
    [{ until: '2024' }, { ...none, until: '2024-12-31' }],
    [
      { since: '2024-02', until: '2024-02' },
      { ...none, since: '2024-02-01', until: '2024-02-29' },
    ],
    [{ until: '2023-02' }, { ...none, until: '2023-02-28' }],
    [{ since: ' 2024-3-5 ' }, { ...none, since: '2024-03-05' }],
    [{ since: '2024-02-30' }, '--since 2024-02-30: expected a date as YYYY-MM-DD, YYYY-MM or YYYY'],
    [{ until: '2024-13' }, '--until 2024-13: expected a date as YYYY-MM-DD, YYYY-MM or YYYY'],
    [{ since: 'yesterday' }, '--since yesterday: expected a date as YYYY-MM-DD, YYYY-MM or YYYY'],
    [{ since: '2025', until: '2024' }, '--since 2025 is after --until 2024'],
    [
      { where: ['lang=ru', ' params.section = news '] },
      {
        ...none,
        where: [
          { path: ['lang'], value: 'ru' },
          { path: ['params', 'section'], value: 'news' },
        ],
      },
    ],
    [{ where: ['draft='] }, { ...none, where: [{ path: ['draft'], value: '' }] }],
    [{ where: ['a=b=c'] }, { ...none, where: [{ path: ['a'], value: 'b=c' }] }],
    [{ where: ['lang'] }, '--where lang: expected key=value (a frontmatter field, dots for nested fields)'],
    [{ where: ['=ru'] }, '--where =ru: expected key=value (a frontmatter field, dots for nested fields)'],
    [{ where: ['a..b=c'] }, '--where a..b=c: expected key=value (a frontmatter field, dots for nested fields)'],
    [{ where: ['"a"=c'] }, '--where "a"=c: expected key=value (a frontmatter field, dots for nested fields)'],
  ];
  for (const [flags, expected] of cases)
    assert.deepEqual(
      outcome(() => toFilter(flags)),
      expected,
      JSON.stringify(flags),
    );
});

test('order flags: sort key, reverse and limit, with the fallback sort', () => {
  const cases: [flags: OrderFlags, fallback: 'date' | 'title' | undefined, expected: ArticleOrder | string][] = [
    [{}, undefined, { sort: 'date', reverse: false }],
    [{}, 'title', { sort: 'title', reverse: false }],
    [{ sort: 'words', reverse: true }, 'title', { sort: 'words', reverse: true }],
    [{ limit: '10' }, undefined, { sort: 'date', reverse: false, limit: 10 }],
    [{ sort: 'newest' }, undefined, '--sort newest: expected one of date, title, path, words, updated'],
    [{ sort: 'Date' }, undefined, '--sort Date: expected one of date, title, path, words, updated'],
    [{ limit: '0' }, undefined, '--limit 0: expected a whole number of at least 1'],
  ];
  for (const [flags, fallback, expected] of cases)
    assert.deepEqual(
      outcome(() => toOrder(flags, fallback)),
      expected,
      JSON.stringify(flags),
    );
});

test('--limit: a whole number of at least 1', () => {
  const cases: [text: string, expected: number | string][] = [
    ['1', 1],
    ['20', 20],
    [' 7 ', 7],
    ['007', 7],
    ['0', '--limit 0: expected a whole number of at least 1'],
    ['-3', '--limit -3: expected a whole number of at least 1'],
    ['2.5', '--limit 2.5: expected a whole number of at least 1'],
    ['1e3', '--limit 1e3: expected a whole number of at least 1'],
    ['ten', '--limit ten: expected a whole number of at least 1'],
    ['', '--limit : expected a whole number of at least 1'],
  ];
  for (const [text, expected] of cases)
    assert.equal(
      outcome(() => toLimit(text)),
      expected,
      text,
    );
});

test("--format: one of the command's formats, exactly", () => {
  const formats = ['table', 'json', 'paths'] as const;
  const cases: [text: string, expected: string][] = [
    ['table', 'table'],
    ['paths', 'paths'],
    ['JSON', '--format JSON: expected one of table, json, paths'],
    ['jsonl', '--format jsonl: expected one of table, json, paths'],
  ];
  for (const [text, expected] of cases)
    assert.equal(
      outcome(() => toFormat(text, formats)),
      expected,
      text,
    );
});
