/**
 * What the site export adds for readers who follow links and subscribe: each article page lists the articles
 * that link to it, and each tag and author has Atom and RSS feeds of its own, announced in its page's head.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';

async function exported(extra: string[] = []): Promise<{ root: string; site: string; done: () => void }> {
  const root = copyFixture('writer');
  const out = tempFolder('links-feeds');
  const site = join(out, 'site');
  const result = await runFolio(
    ['export', 'html', '--out', site, '--base-url', 'https://example.org/desk/', ...extra],
    { cwd: root },
  );
  assert.equal(result.code, 0, result.stderr);
  return {
    root,
    site,
    done: () => {
      removeFolder(root);
      removeFolder(out);
    },
  };
}

function linkedFrom(page: string): string[] {
  const aside = /<aside class="linked-from"[\s\S]*?<\/aside>/.exec(page)?.[0] ?? '';
  return [...aside.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((match) => `${match[2]} → ${match[1]}`);
}

test('each article page lists the articles of the site that link to it', { timeout: 60_000 }, async () => {
  const { site, done } = await exported();
  try {
    const page = (dir: string) => readFileSync(join(site, dir, 'index.html'), 'utf8');
    assert.deepEqual(linkedFrom(page('garden-notes')), ['Seed list → ../seed-list/index.html']);
    assert.deepEqual(linkedFrom(page('seed-list')), ['Garden notes → ../garden-notes/index.html']);
    assert.deepEqual(linkedFrom(page('compost')), ['Garden notes → ../garden-notes/index.html']);
    assert.deepEqual(linkedFrom(page('lone-walk')), []);
    assert.doesNotMatch(page('lone-walk'), /linked-from/);
  } finally {
    done();
  }
});

test('an article left out of the site (a draft) is not named among those linking', { timeout: 60_000 }, async () => {
  const root = copyFixture('writer');
  const out = tempFolder('links-feeds');
  try {
    writeFileSync(
      join(root, 'secret-plan.md'),
      '---\ntitle: Secret plan\ndraft: true\n---\n\nSee [the walk](lone-walk.md).\n',
    );
    const result = await runFolio(['export', 'html', '--out', join(out, 'site'), '--no-feeds'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(linkedFrom(readFileSync(join(out, 'site', 'lone-walk', 'index.html'), 'utf8')), []);
    const drafts = await runFolio(['export', 'html', '--out', join(out, 'drafts'), '--no-feeds', '--drafts'], {
      cwd: root,
    });
    assert.equal(drafts.code, 0, drafts.stderr);
    assert.deepEqual(linkedFrom(readFileSync(join(out, 'drafts', 'lone-walk', 'index.html'), 'utf8')), [
      'Secret plan → ../secret-plan/index.html',
    ]);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('each tag and author has Atom and RSS feeds, linked from its page with rel="alternate"', {
  timeout: 60_000,
}, async () => {
  const { site, done } = await exported();
  try {
    for (const dir of [
      'tags/garden/',
      'tags/soil/',
      'tags/spring/',
      'tags/walking/',
      'authors/ada-byron/',
      'authors/mary-somerville/',
    ]) {
      assert.ok(existsSync(join(site, dir, 'feed.xml')) && existsSync(join(site, dir, 'rss.xml')), dir);
      const page = readFileSync(join(site, dir, 'index.html'), 'utf8');
      const alternates = [
        ...page.matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">/g),
      ].map((match) => `${match[1]} ${match[3]}`);
      // The page's own feeds first (feed readers take the first), then the site's.
      assert.deepEqual(
        alternates,
        [
          'application/atom+xml feed.xml',
          'application/rss+xml rss.xml',
          'application/atom+xml ../../feed.xml',
          'application/rss+xml ../../rss.xml',
        ].map((entry) =>
          entry.replace(' feed.xml', ' ../../' + dir + 'feed.xml').replace(' rss.xml', ' ../../' + dir + 'rss.xml'),
        ),
        dir,
      );
    }
    const atom = readFileSync(join(site, 'tags', 'garden', 'feed.xml'), 'utf8');
    assert.match(atom, /<title>Articles tagged “garden” · A writer&apos;s desk<\/title>/);
    assert.match(
      atom,
      /<link rel="self" type="application\/atom\+xml" href="https:\/\/example\.org\/desk\/tags\/garden\/feed\.xml"\/>/,
    );
    assert.deepEqual(
      [...atom.matchAll(/<entry>\n<title>([^<]+)<\/title>/g)].map((match) => match[1]),
      ['Garden notes', 'Seed list', 'Compost'],
    );
    assert.doesNotMatch(atom, /Ada Lovelace|A lone walk/);
    const rss = readFileSync(join(site, 'authors', 'mary-somerville', 'rss.xml'), 'utf8');
    assert.match(rss, /<atom:link href="https:\/\/example\.org\/desk\/authors\/mary-somerville\/rss\.xml" rel="self"/);
    assert.deepEqual(
      [...rss.matchAll(/<item>\n<title>([^<]+)<\/title>/g)].map((match) => match[1]),
      ['A lone walk'],
    );
    assert.match(rss, /<description>Nobody links here\./);
  } finally {
    done();
  }
});

test('without a base URL, or with --no-feeds, no tag or author feed is written or announced', {
  timeout: 60_000,
}, async () => {
  const root = copyFixture('writer');
  const out = tempFolder('links-feeds');
  try {
    const result = await runFolio(['export', 'html', '--out', join(out, 'site'), '--no-feeds'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!existsSync(join(out, 'site', 'tags', 'garden', 'feed.xml')));
    assert.doesNotMatch(readFileSync(join(out, 'site', 'tags', 'garden', 'index.html'), 'utf8'), /rel="alternate"/);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});
