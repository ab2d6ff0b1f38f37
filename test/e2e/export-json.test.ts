/**
 * `folio export json` as a user or a script runs it: the records validate against the published JSON Schema,
 * every article is there once, and the three output forms agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const record = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'article-record.schema.json'), 'utf8')) as object;
  const envelope = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'export.schema.json'), 'utf8')) as object;
  ajv.addSchema(record);
  return { record: ajv.compile(record), envelope: ajv.compile(envelope) };
}

test('export json is one object whose records validate against the schema, one per article', async () => {
  const { envelope, record } = validators();
  for (const fixture of ['basic', 'real-world', 'hostile', 'broken']) {
    const root = copyFixture(fixture);
    try {
      const result = await runFolio(['export', 'json', '--drafts'], { cwd: root });
      assert.equal(result.code, 0, result.stderr);
      const data = JSON.parse(result.stdout) as {
        archive: { articles: number };
        articles: { path: string; html: string }[];
      };
      assert.ok(envelope(data), `${fixture}: ${JSON.stringify(envelope.errors)}`);
      for (const item of data.articles)
        assert.ok(record(item), `${fixture} ${item.path}: ${JSON.stringify(record.errors)}`);
      const listed = JSON.parse((await runFolio(['list', '--format', 'json', '--drafts'], { cwd: root })).stdout) as {
        path: string;
      }[];
      assert.deepEqual(
        data.articles.map((item) => item.path),
        listed.map((item) => item.path),
        `${fixture}: same articles, same order as list`,
      );
      assert.equal(data.archive.articles, listed.length);
      for (const item of data.articles)
        assert.doesNotMatch(
          item.html,
          /<script|<[a-z][^<>]*\son[a-z]+=|(?:href|src)="(?:javascript|data):/i,
          `${fixture} ${item.path}`,
        );
    } finally {
      removeFolder(root);
    }
  }
});

test('records carry the body as Markdown, HTML and text', async () => {
  const root = copyFixture('basic');
  try {
    const result = await runFolio(['export', 'json', '--jsonl', '--tag', 'news'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    const item = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(item.path, 'posts/old-news.md');
    assert.equal(item.body, '\nSomething happened at the end of the decade.\n');
    assert.equal(item.html, '<p>Something happened at the end of the decade.</p>\n');
    assert.equal(item.text, 'Something happened at the end of the decade.');
    assert.deepEqual(item.data, {
      title: 'Old news',
      date: '2019-12-31',
      author: 'Tomás Ruiz',
      tags: ['news'],
      status: 'archived',
    });
  } finally {
    removeFolder(root);
  }
});

test('--jsonl gives the same records as json, one per line; drafts only with --drafts', async () => {
  const root = copyFixture('basic');
  try {
    const json = JSON.parse((await runFolio(['export', 'json'], { cwd: root })).stdout) as { articles: unknown[] };
    const lines = (await runFolio(['export', 'json', '--jsonl'], { cwd: root })).stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    assert.deepEqual(lines, json.articles);
    assert.equal(lines.length, 4);
    const withDrafts = (await runFolio(['export', 'json', '--jsonl', '--drafts'], { cwd: root })).stdout
      .trimEnd()
      .split('\n');
    assert.equal(withDrafts.length, 5);
  } finally {
    removeFolder(root);
  }
});

test('--jsonfeed writes a JSON Feed 1.1 with absolute links from the base URL', async () => {
  const root = copyFixture('basic');
  try {
    const result = await runFolio(
      ['export', 'json', '--jsonfeed', '--base-url', 'https://example.org/blog', '--title', 'My blog'],
      { cwd: root },
    );
    assert.equal(result.code, 0, result.stderr);
    const feed = JSON.parse(result.stdout) as {
      version: string;
      title: string;
      home_page_url: string;
      items: Record<string, unknown>[];
    };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'My blog');
    assert.equal(feed.home_page_url, 'https://example.org/blog/');
    assert.equal(feed.items.length, 4);
    const second = feed.items[0]!;
    assert.equal(second.id, 'https://example.org/blog/second-post/');
    assert.equal(second.url, second.id);
    assert.equal(second.date_published, '2024-02-10T00:00:00Z');
    assert.deepEqual(second.authors, [{ name: 'Ada Byron' }, { name: 'Tomás Ruiz' }]);
    for (const item of feed.items) assert.ok(typeof item.id === 'string' && typeof item.content_html === 'string');
  } finally {
    removeFolder(root);
  }
});

test('--out writes a file, replacing a JSON file but refusing anything else without --force', async () => {
  const root = copyFixture('basic');
  const out = tempFolder('json');
  try {
    const file = join(out, 'archive.json');
    writeFileSync(file, 'old');
    const written = await runFolio(['export', 'json', '--out', file], { cwd: root });
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stdout, /^exported 4 articles to .*archive\.json: [\d.]+ [KM]?B in \d+\.\d\d s\n$/);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { articles: unknown[] }).articles.length, 4);

    const notes = join(out, 'notes.md');
    writeFileSync(notes, 'precious');
    const refused = await runFolio(['export', 'json', '--out', notes], { cwd: root });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /notes\.md: file exists and is not a \.json\/\.jsonl file; use --force/);
    assert.equal(readFileSync(notes, 'utf8'), 'precious');

    const both = await runFolio(['export', 'json', '--jsonl', '--jsonfeed'], { cwd: root });
    assert.equal(both.code, 2);
    assert.ok(!existsSync(join(out, '.archive.json.folio-new')));
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});
