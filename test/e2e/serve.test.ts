/**
 * `folio serve` as a user runs it: the pages of `export html` with a reload script, hostile request paths kept
 * inside the site, reloads when an article is saved, and nothing left behind after Ctrl-C.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';
import { fetchRaw, startServe } from '../helpers/serve.js';

test('the pages are those export html writes, plus the reload script', { timeout: 60_000 }, async () => {
  const root = copyFixture('writer');
  const out = tempFolder('serve-export');
  const server = await startServe(root);
  try {
    const exported = await runFolio(['export', 'html', '--out', join(out, 'site'), '--base-url', server.url], {
      cwd: root,
    });
    assert.equal(exported.code, 0, exported.stderr);
    for (const page of ['', 'garden-notes/', 'tags/garden/', 'authors/', 'search/']) {
      const served = await fetchRaw(server.port, `/${page}`);
      assert.equal(served.status, 200, page);
      assert.equal(served.headers['content-type'], 'text/html; charset=utf-8');
      const { readFileSync } = await import('node:fs');
      const written = readFileSync(join(out, 'site', page, 'index.html'), 'utf8');
      assert.equal(
        served.body,
        written.replace('</body>', '<script src="/__folio/reload.js"></script>\n</body>'),
        page,
      );
    }
    const feed = await fetchRaw(server.port, '/feed.xml');
    assert.equal(feed.status, 200);
    assert.match(feed.body, /<feed/);
    assert.equal((await fetchRaw(server.port, '/tags')).status, 301);
  } finally {
    assert.equal(await server.stop(), 0);
    removeFolder(root);
    removeFolder(out);
    removeFolder(server.tmp);
  }
});

test('hostile request paths never leave the site: each gets the 404 page', { timeout: 60_000 }, async () => {
  const root = copyFixture('writer');
  // A secret beside the archive, and one in the folder above the temporary site.
  writeFileSync(join(root, 'secret.txt'), 'SECRET-IN-ARCHIVE');
  const server = await startServe(root);
  try {
    writeFileSync(join(server.tmp, 'secret.txt'), 'SECRET-IN-TMP');
    const hostile = [
      '/../secret.txt',
      '/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/tags/..%2f..%2f..%2fsecret.txt',
      '/%252e%252e/secret.txt',
      '/./index.html',
      '//etc/passwd',
      '/%00',
      '/index.html%00.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/../../../../../../etc/passwd',
      '/tags/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/secret.txt',
      '/nope/',
      '/%',
      'http://127.0.0.1/../secret.txt',
    ];
    for (const path of hostile) {
      const response = await fetchRaw(server.port, path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.body, /SECRET|root:x:/, path);
      assert.match(response.body, /<html/, `${path}: the site's 404 page`);
    }
    assert.equal((await fetchRaw(server.port, '/', { method: 'POST' })).status, 405);
    assert.equal((await fetchRaw(server.port, '/', { method: 'DELETE' })).status, 405);
    // A name that leads here through DNS is refused: only loopback names are served.
    assert.equal((await fetchRaw(server.port, '/', { host: 'attacker.example' })).status, 403);
    assert.equal((await fetchRaw(server.port, '/', { host: `localhost:${server.port}` })).status, 200);
  } finally {
    assert.equal(await server.stop(), 0);
    removeFolder(root);
    removeFolder(server.tmp);
  }
});

test('saving an article updates its page and tells open pages to reload; Ctrl-C leaves nothing behind', {
  timeout: 60_000,
}, async () => {
  const root = copyFixture('writer');
  const server = await startServe(root);
  let stopped = false;
  try {
    assert.equal(readdirSync(server.tmp).length, 1, 'the server works in one temporary folder');
    const reloads = listen(server.port);
    await reloads.opened;
    appendFileSync(join(root, 'lone-walk.md'), '\nA heron stood in the shallows.\n');
    await reloads.next;
    assert.match((await fetchRaw(server.port, '/lone-walk/')).body, /A heron stood in the shallows/);

    // A new article appears, in its page and on the home page.
    mkdirSync(join(root, 'later'));
    const second = listen(server.port);
    await second.opened;
    writeFileSync(
      join(root, 'later', 'fresh.md'),
      '---\ntitle: Fresh from the garden\ndate: 2030-01-01\n---\n\nRadishes.\n',
    );
    await second.next;
    assert.match((await fetchRaw(server.port, '/')).body, /Fresh from the garden/);
    assert.equal(await server.stop(), 0);
    stopped = true;
    assert.deepEqual(readdirSync(server.tmp), [], 'the temporary site is removed');
    assert.match(server.stderr(), /stopped/);
  } finally {
    if (!stopped) await server.stop();
    removeFolder(root);
    removeFolder(server.tmp);
  }
});

test('a port in use is an error when asked for, and the default port moves on to a free one', {
  timeout: 60_000,
}, async () => {
  const root = copyFixture('writer');
  const first = await startServe(root);
  try {
    const second = await runFolio(['serve', '--port', String(first.port)], { cwd: root });
    assert.equal(second.code, 2);
    assert.match(second.stderr, new RegExp(`folio: port ${first.port} is in use; choose another with --port`));
    const bad = await runFolio(['serve', '--port', 'eighty'], { cwd: root });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--port eighty: expected a port number/);
  } finally {
    assert.equal(await first.stop(), 0);
    removeFolder(root);
    removeFolder(first.tmp);
  }
});

/** Opens the event stream; `next` resolves at the first reload event. */
function listen(port: number): { opened: Promise<void>; next: Promise<void> } {
  let opened!: () => void;
  const openedPromise = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const next = new Promise<void>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/__folio/events' }, (res) => {
      opened();
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (text.includes('event: reload')) {
          req.destroy();
          resolve();
        }
      });
    });
    req.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
    req.end();
  });
  return { opened: openedPromise, next };
}
