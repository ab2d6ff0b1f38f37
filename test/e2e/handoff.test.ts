/**
 * Handing the archive to a search engine: `export json --bulk opensearch --changes-since` fed to a small
 * engine on 127.0.0.1 that keeps documents as OpenSearch's documented `_bulk` API does (NDJSON body ending in a
 * newline, `index`/`create`/`update`/`delete` actions, an action line followed by its document, a request size
 * limit answered with 413). Three rounds of edits to a copy of a fixture archive (add, edit, delete) must
 * leave the engine holding exactly the archive's records.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';

interface FakeEngine {
  url: string;
  /** Index name → id → document. */
  indexes: Map<string, Map<string, unknown>>;
  requests: number;
  close(): Promise<void>;
}

/** A loopback stand-in for OpenSearch's `POST /<index>/_bulk`, refusing bodies over `maxBytes` as http.max_content_length does. */
async function startFakeOpenSearch(maxBytes = 100 * 1024 * 1024): Promise<FakeEngine> {
  const indexes = new Map<string, Map<string, unknown>>();
  const engine = { indexes, requests: 0 } as FakeEngine;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    });
    request.on('end', () => {
      engine.requests++;
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const match = /^\/([^/_][^/]*)\/_bulk$/.exec(request.url ?? '');
      if (request.method !== 'POST' || !match) return reply(404, { error: 'no such endpoint' });
      if (size > maxBytes) return reply(413, { error: 'request entity too large' });
      if (!/^application\/(x-ndjson|json)\b/.test(request.headers['content-type'] ?? ''))
        return reply(406, { error: 'Content-Type must be application/x-ndjson' });
      const body = Buffer.concat(chunks).toString('utf8');
      if (body.length > 0 && !body.endsWith('\n'))
        return reply(400, { error: 'The bulk request must be terminated by a newline [\\n]' });
      const index = decodeURIComponent(match[1]!);
      const documents = indexes.get(index) ?? new Map<string, unknown>();
      indexes.set(index, documents);
      const lines = body.split('\n').slice(0, -1);
      const items: unknown[] = [];
      try {
        for (let i = 0; i < lines.length; i++) {
          const action = JSON.parse(lines[i]!) as Record<string, { _id?: string; _index?: string }>;
          const [kind, meta] = Object.entries(action)[0]!;
          const id = meta._id;
          if (typeof id !== 'string' || id === '' || Buffer.byteLength(id) > 512)
            throw new Error(`bad _id ${String(id)}`);
          if (kind === 'delete') {
            const found = documents.delete(id);
            items.push({
              delete: { _index: index, _id: id, status: found ? 200 : 404, result: found ? 'deleted' : 'not_found' },
            });
          } else if (kind === 'index' || kind === 'create') {
            const document = JSON.parse(lines[++i] ?? 'null') as unknown;
            if (document === null || typeof document !== 'object')
              throw new Error('an index action needs its document on the next line');
            const existed = documents.has(id);
            documents.set(id, document);
            items.push({
              [kind]: { _index: index, _id: id, status: existed ? 200 : 201, result: existed ? 'updated' : 'created' },
            });
          } else throw new Error(`unknown action ${kind}`);
        }
      } catch (error) {
        return reply(400, { error: String(error) });
      }
      reply(200, { took: 1, errors: false, items });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  engine.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  engine.close = () => new Promise((resolve) => server.close(() => resolve()));
  return engine;
}

async function post(engine: FakeEngine, index: string, body: string): Promise<void> {
  const response = await fetch(`${engine.url}/${index}/_bulk`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body,
  });
  const reply = (await response.json()) as { errors?: boolean; error?: string };
  assert.equal(response.status, 200, JSON.stringify(reply));
  assert.equal(reply.errors, false);
}

/** The archive's records as a full export gives them, by id. */
async function archiveRecords(root: string): Promise<Map<string, unknown>> {
  const result = await runFolio(['export', 'json', '--jsonl'], { cwd: root });
  assert.equal(result.code, 0, result.stderr);
  const records = result.stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { id: string });
  return new Map(records.map((record) => [record.id, record]));
}

test('three syncs (add, edit, delete) leave the engine holding exactly the archive', { timeout: 300_000 }, async () => {
  const root = copyFixture('related');
  const engine = await startFakeOpenSearch();
  const state = join(root, '.folio-sync.json');
  const sync = async () => {
    const result = await runFolio(['export', 'json', '--bulk', 'opensearch', '--changes-since', state], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    if (result.stdout !== '') await post(engine, 'articles', result.stdout);
    return result;
  };
  try {
    const first = await sync();
    assert.match(first.stderr, /changes: 8 to add or replace, 0 to delete, 0 unchanged/);
    assert.deepEqual(engine.indexes.get('articles'), await archiveRecords(root));

    // Nothing changed: nothing is sent.
    const idle = await sync();
    assert.equal(idle.stdout, '');
    assert.match(idle.stderr, /changes: 0 to add or replace, 0 to delete, 8 unchanged/);

    writeFileSync(
      join(root, 'trips', 'sea-eye.md'),
      '---\ntitle: Morskie Oko at dawn\ndate: 2024-09-01\ntags: [travel, mountains]\n---\nThe lake is still before the buses arrive.\n',
    );
    writeFileSync(
      join(root, 'kitchen', 'rye-bread.md'),
      readFileSync(join(root, 'kitchen', 'rye-bread.md'), 'utf8').replace('an hour', 'fifty minutes'),
    );
    const second = await sync();
    assert.match(second.stderr, /changes: 2 to add or replace, 0 to delete, 7 unchanged/);
    assert.deepEqual(engine.indexes.get('articles'), await archiveRecords(root));

    rmSync(join(root, 'trips', 'lighthouse.md'));
    rmSync(join(root, 'notes.md'));
    writeFileSync(
      join(root, 'trips', 'ferry-to-hel.md'),
      readFileSync(join(root, 'trips', 'ferry-to-hel.md'), 'utf8').replace('tags: [travel, baltic]', 'tags: [travel]'),
    );
    const third = await sync();
    assert.match(third.stderr, /changes: 1 to add or replace, 2 to delete, 6 unchanged/);
    assert.match(third.stdout, /^\{"delete":\{"_id":"notes"\}\}\n\{"delete":\{"_id":"trips__lighthouse"\}\}\n$/m);
    const held = engine.indexes.get('articles')!;
    assert.deepEqual(held, await archiveRecords(root));
    assert.deepEqual([...held.keys()].sort(), [
      'kitchen__fish-soup',
      'kitchen__rye-bread',
      'kitchen__sourdough',
      'trips__ferry-to-hel',
      'trips__mountain-hut',
      'trips__peninsula-by-bike',
      'trips__sea-eye',
    ]);
  } finally {
    await engine.close();
    removeFolder(root);
  }
});

test('--max-bytes cuts the bulk body into files the engine accepts, an action never apart from its record', {
  timeout: 300_000,
}, async () => {
  const root = copyFixture('real-world');
  const out = tempFolder('bulk');
  const limit = 4 * 1024;
  const engine = await startFakeOpenSearch(limit);
  try {
    // Leftovers of an earlier, longer run are removed.
    writeFileSync(join(out, 'changes-40.ndjson'), '{"delete":{"_id":"stale"}}\n');
    const result = await runFolio(
      [
        'export',
        'json',
        '--bulk',
        'opensearch',
        '--drafts',
        '--out',
        join(out, 'changes.ndjson'),
        '--max-bytes',
        '4kb',
      ],
      { cwd: root },
    );
    assert.equal(result.code, 0, result.stderr);
    const files = readdirSync(out).sort();
    assert.ok(files.length > 1, `expected several files, got ${files.join(', ')}`);
    assert.ok(!existsSync(join(out, 'changes-40.ndjson')));
    const oversized = /record of .* is over --max-bytes/.test(result.stderr);
    let alone = 0;
    for (const file of files) {
      const body = readFileSync(join(out, file), 'utf8');
      if (Buffer.byteLength(body) > limit) {
        assert.ok(oversized, `${file} is ${body.length} bytes without a note`);
        assert.equal(body.trim().split('\n').length, 2, `${file}: an oversized record is alone`);
        alone++;
        continue;
      }
      await post(engine, 'articles', body);
    }
    const everything = await runFolio(['export', 'json', '--jsonl', '--drafts'], { cwd: root });
    const expected = new Map(
      everything.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string })
        .map((record) => [record.id, record]),
    );
    const held = engine.indexes.get('articles')!;
    for (const [id, document] of held) assert.deepEqual(document, expected.get(id));
    assert.equal(held.size + alone, expected.size, 'every article reached the engine or was reported');
  } finally {
    await engine.close();
    removeFolder(root);
    removeFolder(out);
  }
});

test('every record id is one search engines accept: letters, digits, - and _, unique, at most 480 bytes', {
  timeout: 120_000,
}, async () => {
  for (const fixture of ['hostile', 'real-world', 'site-ru']) {
    const root = copyFixture(fixture);
    try {
      const result = await runFolio(['export', 'json', '--jsonl', '--drafts'], { cwd: root });
      assert.equal(result.code, 0, result.stderr);
      const ids = result.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id);
      for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]{1,480}$/, `${fixture}: ${id}`);
      assert.equal(new Set(ids).size, ids.length, `${fixture}: ids are unique`);
    } finally {
      removeFolder(root);
    }
  }
});

test("a state file that is not folio's is refused, and left as it was", { timeout: 60_000 }, async () => {
  const root = copyFixture('related');
  try {
    const file = join(root, 'package.json');
    writeFileSync(file, '{"name":"mine"}\n');
    const result = await runFolio(['export', 'json', '--jsonl', '--changes-since', 'package.json'], { cwd: root });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /not a folio sync state/);
    assert.equal(readFileSync(file, 'utf8'), '{"name":"mine"}\n');
  } finally {
    removeFolder(root);
  }
});
