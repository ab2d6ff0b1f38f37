import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleToExport, readArticleToShow } from '../../src/archive/read-article.js';
import { MAX_ARTICLE_BYTES } from '../../src/archive/read-bytes.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

test('a file over the size limit is read to its last whole line by show and by the exports alike, and the exports say where they cut', () => {
  const root = tempFolder('big');
  try {
    // Lines of two-byte characters, placed so that the limit falls inside a character.
    const head = '---\ntitle: Big!\n---\n';
    const line = `${'é'.repeat(99)}\n`;
    const text = head + line.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1024) / Buffer.byteLength(line)));
    assert.equal(Buffer.byteLength(head) % 2, 0, 'the limit splits an é');
    writeFileSync(join(root, 'big.md'), text);

    const source = readArticleToShow(root, 'big.md', 4);
    const cut = readArticleToExport(root, 'big.md', 4, MAX_ARTICLE_BYTES);
    const body = cut.body;
    const lines = 4 + body.split('\n').length - 1;
    assert.deepEqual(
      cut.problems.map((found) => found.message),
      [`file is larger than 16 MiB: exported up to line ${lines} of it, the rest is left out`],
    );
    // Under the exports' own limit, the whole file.
    const whole = readArticleToExport(root, 'big.md', 4);
    assert.deepEqual(whole.problems, []);
    assert.equal(whole.body, text.slice(head.length));
    for (const read of [source.body, body]) {
      assert.ok(!read.includes('Ã'), 'decoded as UTF-8, not Windows-1252');
      assert.ok(read.endsWith(`\n${line.trimEnd()}`), 'ends with a whole line');
      assert.ok(Buffer.byteLength(read) <= MAX_ARTICLE_BYTES);
    }
    assert.equal(source.body, body);
  } finally {
    removeFolder(root);
  }
});
