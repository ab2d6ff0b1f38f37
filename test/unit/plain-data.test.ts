/**
 * Frontmatter values made JSON-safe (src/parse/plain-data.ts): one row per kind of value, and the bounds that
 * keep a hostile article from making a later JSON.stringify explode.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStackOverflow, MAX_DEPTH, PlainDataError, TOO_DEEP, toPlainData } from '../../src/parse/plain-data.js';

test('each kind of value becomes plain data', () => {
  const cases: [value: unknown, expected: unknown][] = [
    ['text', 'text'],
    [true, true],
    [42.5, 42.5],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [12n, 12],
    [2n ** 64n, '18446744073709551616'],
    [null, null],
    [undefined, null],
    [Symbol('s'), 'Symbol(s)'],
    [new Date('2024-05-01T10:00:00Z'), '2024-05-01T10:00:00Z'],
    [new Date('2024-05-01T10:00:00.250Z'), '2024-05-01T10:00:00.250Z'],
    [new Date(Number.NaN), null],
    [
      [1, [2, undefined]],
      [1, [2, null]],
    ],
    [
      new Map<unknown, unknown>([
        [1, 'one'],
        ['two', new Map([['x', 2]])],
      ]),
      { 1: 'one', two: { x: 2 } },
    ],
    [{ nested: { list: ['a'] } }, { nested: { list: ['a'] } }],
  ];
  for (const [value, expected] of cases) assert.deepEqual(toPlainData(value), expected, String(value));
});

test('a __proto__ key stays data and reaches no prototype', () => {
  const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
  const plain = toPlainData(parsed) as Record<string, unknown>;
  assert.deepEqual(Object.keys(plain), ['__proto__', 'a']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(plain), Object.prototype);
});

test('too deep or too many values is a PlainDataError saying which', () => {
  let deep: unknown = 'bottom';
  for (let level = 0; level <= MAX_DEPTH; level++) deep = [deep];
  assert.throws(
    () => toPlainData(deep),
    (error: unknown) => error instanceof PlainDataError && error.message === TOO_DEEP,
  );
  let allowed: unknown = 'bottom';
  for (let level = 0; level < MAX_DEPTH; level++) allowed = [allowed];
  assert.doesNotThrow(() => toPlainData(allowed));
  const wide = Array.from({ length: 20_001 }, (_, index) => index);
  assert.throws(
    () => toPlainData(wide),
    (error: unknown) => error instanceof PlainDataError && /has more than 20000 values/.test(error.message),
  );
});

test('isStackOverflow: the messages of parsers that ran out of stack or nesting', () => {
  const cases: [error: unknown, expected: boolean][] = [
    [new RangeError('Maximum call stack size exceeded'), true],
    ['InternalError: too much recursion', true],
    [new Error('Table is excessively nested'), true],
    [new Error('bad indentation of a mapping entry'), false],
    [42, false],
  ];
  for (const [error, expected] of cases) assert.equal(isStackOverflow(error), expected, String(error));
});
