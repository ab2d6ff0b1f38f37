import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorRoles } from '../../src/parse/author-roles.js';

test('an author map keeps its role, read from role, title or affiliation', () => {
  const roles = authorRoles({
    authors: [
      { name: 'Pavel  Latushka', role: 'Deputy Head\nof the Cabinet' },
      'Jonas Berg',
      { name: 'Mira Okafor', title: 'Photographer' },
      { name: 'Claire Dubois', affiliation: 'Le Matin' },
    ],
  });
  assert.deepEqual(
    [...roles],
    [
      ['Pavel Latushka', 'Deputy Head of the Cabinet'],
      ['Mira Okafor', 'Photographer'],
      ['Claire Dubois', 'Le Matin'],
    ],
  );
});

test('roles follow the field the names come from, and anything that is not a role is ignored', () => {
  assert.deepEqual([...authorRoles({ author: { name: 'Ada', role: 'editor' } })], [['Ada', 'editor']]);
  // `authors` names the article's authors, so a role under `author` belongs to nobody shown.
  assert.deepEqual([...authorRoles({ authors: ['Ada'], author: { name: 'Ada', role: 'editor' } })], []);
  assert.deepEqual([...authorRoles({ author: { role: 'editor' } })], []);
  assert.deepEqual([...authorRoles({ author: { name: 'Ada', role: 42 } })], []);
  assert.deepEqual([...authorRoles({ author: [['Ada', 'editor']] })], []);
  assert.deepEqual([...authorRoles({ author: { name: 'Ada', role: ' ' } })], []);
  assert.deepEqual([...authorRoles({})], []);
});
