import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openIndex, type Db } from '../../src/index/database.js';
import { refreshIndex } from '../../src/index/refresh.js';
import { editDistance, resolveArticleRef } from '../../src/index/resolve.js';
import { AmbiguousArticleError, UnknownArticleError } from '../../src/model/errors.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

async function withArchive(files: Record<string, string>, run: (db: Db) => void): Promise<void> {
  const root = tempFolder('resolve');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    await refreshIndex(db, root);
    run(db);
  } finally {
    db.close();
    removeFolder(root);
  }
}

const files = {
  'posts/first-post.md': '# First post\n\nOne.',
  'posts/second-post.md': '---\ntitle: Second\nslug: the-second\n---\nTwo.',
  'notes/idea.md': '# Idea\n',
  'idea.md': '---\nslug: notes\n---\n# Root idea\n',
  'trips/lisbon/index.md': '# Lisbon\n',
  'dupes/a.md': '---\nslug: same\n---\nA',
  'dupes/b.md': '---\nslug: same\n---\nB',
  'drafts/wip.md': '---\ndraft: true\n---\n# Work in progress\n',
};

const pathOf = (db: Db, reference: string | string[]) => resolveArticleRef(db, reference).article.path;

test('an article is found by path, path without extension, slug, index folder, or unique prefix', async () => {
  await withArchive(files, (db) => {
    assert.equal(pathOf(db, 'posts/first-post.md'), 'posts/first-post.md');
    assert.equal(pathOf(db, 'posts/first-post'), 'posts/first-post.md');
    assert.equal(pathOf(db, './posts/first-post.md'), 'posts/first-post.md');
    assert.equal(pathOf(db, 'the-second'), 'posts/second-post.md');
    assert.equal(pathOf(db, 'THE-SECOND'), 'posts/second-post.md');
    assert.equal(pathOf(db, 'trips/lisbon'), 'trips/lisbon/index.md');
    assert.equal(pathOf(db, 'trips/lisbon/'), 'trips/lisbon/index.md');
    assert.equal(pathOf(db, 'first'), 'posts/first-post.md');
    assert.equal(pathOf(db, 'the-s'), 'posts/second-post.md');
    assert.equal(pathOf(db, 'wip'), 'drafts/wip.md', 'drafts are shown when asked for by name');
  });
});

test('a path beats a slug spelt the same way, and exact beats prefix', async () => {
  await withArchive(files, (db) => {
    // `idea` is the id of idea.md and the slug of notes/idea.md.
    assert.equal(pathOf(db, 'idea'), 'idea.md');
    // `notes` is the slug of idea.md and the start of notes/idea.md's path.
    assert.equal(pathOf(db, 'notes'), 'idea.md');
  });
});

test('the second form of a reference (relative to the archive) is tried too', async () => {
  await withArchive(files, (db) => {
    assert.equal(pathOf(db, ['../elsewhere/posts/first-post.md', 'posts/first-post.md']), 'posts/first-post.md');
  });
});

test('several matches are an error listing them, by path when they share a slug', async () => {
  await withArchive(files, (db) => {
    assert.throws(
      () => resolveArticleRef(db, 'same'),
      (error: unknown) => {
        assert.ok(error instanceof AmbiguousArticleError);
        assert.equal(error.exitCode, 2);
        assert.equal(
          error.message,
          "'same' matches 2 articles: dupes/a.md, dupes/b.md; give more of the slug or the path",
        );
        assert.deepEqual(
          error.candidates.map((candidate) => candidate.path),
          ['dupes/a.md', 'dupes/b.md'],
        );
        return true;
      },
    );
    assert.throws(() => resolveArticleRef(db, 'posts/'), /matches 2 articles: first-post, the-second/);
  });
});

test('no match is an error suggesting the closest articles', async () => {
  await withArchive(files, (db) => {
    assert.throws(
      () => resolveArticleRef(db, 'frist-post'),
      (error: unknown) => {
        assert.ok(error instanceof UnknownArticleError);
        assert.equal(error.exitCode, 2);
        assert.equal(error.message, "no article matches 'frist-post' (did you mean first-post?)");
        return true;
      },
    );
    assert.throws(() => resolveArticleRef(db, 'lisbn'), /did you mean lisbon\?/);
    assert.throws(() => resolveArticleRef(db, 'progress'), /did you mean wip\?/, 'words of the title count');
    assert.throws(
      () => resolveArticleRef(db, 'qqqqqqq'),
      (error: unknown) => error instanceof UnknownArticleError && !error.message.includes('did you mean'),
    );
    // The reference stays as typed: the message is data, made safe where it is printed (cli/main.ts).
    assert.throws(
      () => resolveArticleRef(db, 'x\u001b[2Jy'),
      (error: unknown) => error instanceof UnknownArticleError && error.message.includes("'x\u001b[2Jy'"),
    );
  });
});

test('edit distance stops early once over the limit', () => {
  assert.equal(editDistance('kitten', 'sitting', 5), 3);
  assert.equal(editDistance('abc', 'abc', 1), 0);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  assert.equal(editDistance('a', 'abcdefgh', 2), 3);
});
