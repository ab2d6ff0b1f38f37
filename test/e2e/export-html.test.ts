/**
 * `folio export html` run as a user would, on fixture archives: what the site holds, that it is the same every
 * time, that it never overwrites what folio did not make, and that hostile articles cannot inject anything.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';

/** Every file below `folder`, relative, `/` separators, sorted. */
function listFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  return files.sort();
}

/** Every start tag of an HTML document with its attributes (folio always quotes attribute values with "). */
function startTags(html: string): { name: string; attributes: Map<string, string> }[] {
  const tags: { name: string; attributes: Map<string, string> }[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>\/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of match[2]!.matchAll(/([^\s=>\/]+)(?:="([^"]*)")?/g))
      attributes.set(attribute[1]!.toLowerCase(), attribute[2] ?? '');
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

/** Fails when a document has a script folio did not write, an event handler, or a link that runs code. */
function assertInert(file: string, html: string): void {
  for (const tag of startTags(html)) {
    for (const [name, value] of tag.attributes) {
      assert.ok(!name.startsWith('on'), `${file}: <${tag.name} ${name}>`);
      if (name === 'href' || name === 'src')
        assert.doesNotMatch(
          value.replace(/[\s\u0000-\u001f]/g, ''),
          /^(?:javascript|data|vbscript):/i,
          `${file}: ${name}="${value}"`,
        );
    }
    assert.ok(!['iframe', 'svg', 'object', 'embed', 'frame', 'math'].includes(tag.name), `${file}: <${tag.name}>`);
    if (tag.name === 'script') {
      const ours =
        tag.attributes.get('type') === 'application/ld+json' ||
        /^(?:\.\.\/)*assets\/search\.js$/.test(tag.attributes.get('src') ?? '');
      assert.ok(ours, `${file}: a script folio did not write`);
    }
  }
}

async function listedPaths(root: string, args: string[] = []): Promise<string[]> {
  const listed = await runFolio(['list', '--format', 'json', ...args], { cwd: root });
  return (JSON.parse(listed.stdout) as { path: string }[]).map((record) => record.path).sort();
}

/** The page of each article, read back from the articles' search records. */
function exportedPaths(site: string): string[] {
  return listFiles(site)
    .filter((file) => /^search\/docs\/\d+\.js$/.test(file))
    .flatMap((file) => [...readFileSync(join(site, file), 'utf8').matchAll(/"u":"([^"]+)"/g)].map((match) => match[1]!))
    .sort();
}

test('the site has a page for every article, list, tag and author, and a sitemap naming them all', async () => {
  const root = copyFixture('basic');
  const out = tempFolder('site');
  const site = join(out, 'site');
  try {
    const result = await runFolio(['export', 'html', '--out', site, '--base-url', 'https://example.org/blog'], {
      cwd: root,
    });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^exported 4 articles to .*site: \d+ pages, \d+ files, [\d.]+ KB in [\d.]+ s\n$/);
    const files = listFiles(site);
    for (const file of [
      'index.html',
      '404.html',
      'feed.xml',
      'rss.xml',
      'sitemap.xml',
      'robots.txt',
      'assets/style.css',
      'assets/search.js',
      'search/index.html',
      'search/index.js',
      'tags/index.html',
      'tags/travel/index.html',
      'tags/writing/index.html',
      'authors/index.html',
      'authors/ada-byron/index.html',
      'authors/tomas-ruiz/index.html',
      'first-post/index.html',
      'second-post/index.html',
      'old-news/index.html',
      'no-frontmatter/index.html',
      '.folio-site',
    ]) {
      assert.ok(files.includes(file), `missing ${file}`);
    }
    assert.ok(!files.includes('idea/index.html'), 'drafts stay out unless asked for');
    assert.equal(exportedPaths(site).length, (await listedPaths(root)).length);

    const pages = files
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `https://example.org/blog/${file.slice(0, -'index.html'.length)}`);
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!).sort();
    assert.deepEqual(listed, pages.sort());
    assert.match(readFileSync(join(site, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/example\.org\/blog\/sitemap\.xml/);

    const home = readFileSync(join(site, 'index.html'), 'utf8');
    assert.ok(home.indexOf('Second post: on travel') < home.indexOf('First post'), 'newest first');
    assert.ok(home.indexOf('First post') < home.indexOf('Old news'));
    assert.doesNotMatch(home, /href="\/|src="\/|href="https?:\/\/(?!example\.org)/, 'links between pages are relative');

    const atom = readFileSync(join(site, 'feed.xml'), 'utf8');
    // The undated article keeps its page but is not in the feed, and no entry gets an invented date.
    assert.equal([...atom.matchAll(/<entry>/g)].length, 3);
    assert.doesNotMatch(atom, /no-frontmatter|1970/);
    assert.match(atom, /<link rel="alternate" type="text\/html" href="https:\/\/example\.org\/blog\/second-post\/"\/>/);
    assert.match(
      atom,
      /<updated>2024-02-10T00:00:00Z<\/updated>/,
      'the feed is dated by its newest article, not by the build',
    );
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('exporting twice gives byte-identical files, and a folio export is replaced without --force', async () => {
  const root = copyFixture('basic');
  const out = tempFolder('site');
  try {
    const first = join(out, 'one');
    const second = join(out, 'two');
    assert.equal(
      (
        await runFolio(['export', 'html', '--out', first, '--base-url', 'https://example.org/', '--drafts'], {
          cwd: root,
        })
      ).code,
      0,
    );
    assert.equal(
      (
        await runFolio(['export', 'html', '--out', second, '--base-url', 'https://example.org/', '--drafts'], {
          cwd: root,
        })
      ).code,
      0,
    );
    const again = await runFolio(['export', 'html', '--out', first, '--base-url', 'https://example.org/', '--drafts'], {
      cwd: root,
    });
    assert.equal(again.code, 0, again.stderr);
    const files = listFiles(first);
    assert.deepEqual(listFiles(second), files);
    for (const file of files)
      assert.ok(readFileSync(join(first, file)).equals(readFileSync(join(second, file))), `${file} differs`);
    assert.deepEqual(readdirSync(out).sort(), ['one', 'two'], 'no staging folders are left behind');
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('a non-empty folder that folio did not make is refused unless --force', async () => {
  const root = copyFixture('basic');
  const out = tempFolder('site');
  try {
    writeFileSync(join(out, 'precious.txt'), 'keep me');
    const refused = await runFolio(['export', 'html', '--out', out], { cwd: root });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /folder is not empty and was not made by folio; use --force/);
    assert.equal(refused.stdout, '');
    assert.equal(readFileSync(join(out, 'precious.txt'), 'utf8'), 'keep me');

    const inArchive = await runFolio(['export', 'html', '--out', '.', '--force'], { cwd: root });
    assert.equal(inArchive.code, 2);
    assert.match(inArchive.stderr, /refusing to export into a folder that holds the archive/);
    assert.ok(existsSync(join(root, 'posts', 'first-post.md')));

    const forced = await runFolio(['export', 'html', '--out', out, '--force', '--no-feeds'], { cwd: root });
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(!existsSync(join(out, 'precious.txt')));
    assert.ok(existsSync(join(out, '.folio-site')));
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('an export inside the archive is not read back as articles', async () => {
  const root = copyFixture('basic');
  try {
    mkdirSync(join(root, 'public'));
    const result = await runFolio(['export', 'html', '--out', 'public', '--no-feeds'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    writeFileSync(join(root, 'public', 'stray.md'), '# Not an article\n');
    assert.deepEqual(await listedPaths(root), [
      'notes/no-frontmatter.md',
      'posts/first-post.md',
      'posts/old-news.md',
      'posts/second-post.md',
    ]);
  } finally {
    removeFolder(root);
  }
});

test('filters and --drafts choose the articles; without a base URL feeds and sitemap are skipped with a warning', async () => {
  const root = copyFixture('basic');
  const out = tempFolder('site');
  try {
    const tagged = join(out, 'tagged');
    const result = await runFolio(['export', 'html', '--out', tagged, '--tag', 'writing', '--drafts'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /no base URL: feeds and sitemap\.xml need absolute links/);
    assert.deepEqual(exportedPaths(tagged), ['first-post/index.html', 'idea/index.html', 'second-post/index.html']);
    assert.deepEqual(exportedPaths(tagged).length, (await listedPaths(root, ['--tag', 'writing', '--drafts'])).length);
    for (const file of ['feed.xml', 'rss.xml', 'sitemap.xml']) assert.ok(!existsSync(join(tagged, file)), file);
    assert.doesNotMatch(readFileSync(join(tagged, 'robots.txt'), 'utf8'), /Sitemap/);
    assert.doesNotMatch(readFileSync(join(tagged, 'index.html'), 'utf8'), /rel="canonical"|feed\.xml/);

    const quiet = await runFolio(['export', 'html', '--out', join(out, 'quiet'), '--no-feeds'], { cwd: root });
    assert.equal(quiet.stderr, '');
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('hostile articles cannot put scripts, event handlers or javascript: URLs into any page or feed', async () => {
  const root = copyFixture('hostile');
  const out = tempFolder('site');
  try {
    const site = join(out, 'site');
    const result = await runFolio(['export', 'html', '--out', site, '--drafts', '--base-url', 'https://example.org/'], {
      cwd: root,
    });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /deep-quote\.md: shown as plain text: it is nested more than 48 levels deep/);
    const files = listFiles(site);
    assert.ok(
      files.includes('same/index.html') && files.includes('same-2/index.html'),
      'duplicate slugs get distinct folders',
    );
    assert.ok(files.includes('tags-2/index.html'), 'an article slug cannot take a folder of the site');
    assert.ok(files.includes('escape/index.html'), 'a slug with ../ stays inside the site');

    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const text = readFileSync(join(site, file), 'utf8');
      assertInert(file, text);
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, `${file} has control characters`);
    }
    const page = readFileSync(join(site, 'escape', 'index.html'), 'utf8');
    assert.match(
      page,
      /<title>&lt;\/title&gt;&lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; &amp; &quot;quotes&quot; · Articles<\/title>/,
    );
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!;
    assert.equal(
      (JSON.parse(jsonLd) as { headline: string }).headline,
      `</title><script>alert('title')</script> & "quotes"`,
    );
    assert.match(
      page,
      /<a href="\.\.\/plain\/index\.html">another article<\/a>/,
      'links to article files point to their pages',
    );

    for (const feed of ['feed.xml', 'rss.xml', 'sitemap.xml']) {
      const text = readFileSync(join(site, feed), 'utf8');
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, `${feed} holds characters XML forbids`);
      assert.doesNotMatch(text, /<script|<\/category><script/i, feed);
    }
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('raw HTML keeps harmless markup and loses anything that runs; --allow-html is still accepted', async () => {
  const root = copyFixture('hostile');
  const out = tempFolder('site');
  try {
    const result = await runFolio(['export', 'html', '--out', out, '--allow-html', '--no-feeds', '--force'], {
      cwd: root,
    });
    assert.equal(result.code, 0, result.stderr);
    const fine = readFileSync(join(out, 'allow-html', 'index.html'), 'utf8');
    assert.match(fine, /<details><summary>More<\/summary><p>Hidden <em>text<\/em><\/p><\/details>/);
    assert.match(fine, /<span class="note">styled span<\/span>/);
    for (const file of listFiles(out).filter((name) => name.endsWith('.html')))
      assertInert(file, readFileSync(join(out, file), 'utf8'));
    const body = /<div class="body">([\s\S]*?)<\/div>\n<\/article>/.exec(
      readFileSync(join(out, 'escape', 'index.html'), 'utf8'),
    )![1]!;
    assert.doesNotMatch(
      body,
      /alert\('(?:body script|img onerror|raw link|md|case|data|svg|div)'\)|<script|<iframe|<svg/,
    );
    assert.match(body, /a div with an event handler/);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('a theme folder replaces the stylesheet and adds its snippets to every page', async () => {
  const root = copyFixture('basic');
  const out = tempFolder('site');
  const theme = tempFolder('theme');
  try {
    writeFileSync(join(theme, 'style.css'), 'body { background: papayawhip; }\n');
    writeFileSync(join(theme, 'head.html'), '<meta name="theme-color" content="#ffefd5">\n');
    writeFileSync(join(theme, 'footer.html'), '<p class="licence">CC BY 4.0</p>\n');
    const result = await runFolio(['export', 'html', '--out', out, '--force', '--no-feeds', '--theme', theme], {
      cwd: root,
    });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(join(out, 'assets', 'style.css'), 'utf8'), 'body { background: papayawhip; }\n');
    for (const page of ['index.html', 'first-post/index.html', 'tags/travel/index.html', 'search/index.html']) {
      const text = readFileSync(join(out, page), 'utf8');
      assert.match(text, /<meta name="theme-color" content="#ffefd5">\n<\/head>/, page);
      assert.match(text, /<footer class="site">\n<p class="licence">CC BY 4.0<\/p>/, page);
    }
    const missing = await runFolio(['export', 'html', '--out', out, '--theme', join(theme, 'nope')], { cwd: root });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--theme .*nope: no such folder/);
  } finally {
    removeFolder(root);
    removeFolder(out);
    removeFolder(theme);
  }
});

test('an article page names each author with the role the frontmatter gives, in the byline and the structured data', async () => {
  const root = copyFixture('show');
  const out = tempFolder('site');
  try {
    const site = join(out, 'site');
    const run = await runFolio(['export', 'html', '--out', site, '--no-feeds'], { cwd: root });
    assert.equal(run.code, 0, run.stderr);
    const page = readFileSync(join(site, 'roles', 'index.html'), 'utf8');
    assert.match(
      page,
      /By <a rel="author" href="\.\.\/authors\/ada-byron\/index\.html">Ada Byron<\/a> <span class="role">\(Editor of the weekly edition\)<\/span>, <a rel="author"[^>]*>Jonas Berg<\/a> and <a rel="author"[^>]*>Mira Okafor<\/a> <span class="role">\(Photographer\)<\/span>/,
    );
    assert.match(
      page,
      /\{"@type":"Person","name":"Ada Byron","jobTitle":"Editor of the weekly edition"\},\{"@type":"Person","name":"Jonas Berg"\}/,
    );
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('pictures and files an article refers to are copied into the site, and only those that are safe to serve', async () => {
  const root = copyFixture('media');
  const out = tempFolder('site');
  try {
    // Links that lead out of the archive, or into a hidden folder, never bring their target along.
    const outside = join(out, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.png'), 'not for the site');
    symlinkSync(outside, join(root, 'posts', 'linked'));
    mkdirSync(join(root, '.private'));
    writeFileSync(join(root, '.private', 'hidden.png'), 'not for the site');
    writeFileSync(
      join(root, 'posts', 'more.md'),
      '# More\n\n![a](linked/secret.png) ![b](../.private/hidden.png) ![c](../../outside/secret.png)\n',
    );

    const site = join(out, 'site');
    const run = await runFolio(['export', 'html', '--out', site, '--no-feeds'], { cwd: root });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(listFiles(join(site, 'media')), [
      'posts/images/chart.svg',
      'posts/images/harbour at dawn.png',
      'posts/slides.pdf',
    ]);
    // The SVG is copied without what could run when it is opened on its own, and the export says so.
    assert.match(
      run.stderr,
      /posts\/images\/chart\.svg: copied into the site without what could run or load from elsewhere: event handlers/,
    );
    assert.equal(
      readFileSync(join(site, 'media', 'posts', 'images', 'chart.svg'), 'utf8'),
      '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    );
    assert.ok(
      readFileSync(join(site, 'media', 'posts', 'images', 'harbour at dawn.png')).equals(
        readFileSync(join(root, 'posts', 'images', 'harbour at dawn.png')),
      ),
    );

    const page = readFileSync(join(site, 'harbour', 'index.html'), 'utf8');
    assert.match(
      page,
      /<img src="\.\.\/media\/posts\/images\/harbour%20at%20dawn\.png" alt="The harbour at dawn" title="Early light"/,
    );
    assert.match(page, /<a href="\.\.\/media\/posts\/slides\.pdf#page=2">slides of the talk<\/a>/);
    assert.match(page, /<img src="\.\.\/media\/posts\/images\/chart\.svg"/);
    assert.match(page, /<img src="https:\/\/example\.org\/boats\.png"/);
    assert.match(page, /<img src="images\/lost\.png"/);

    // An article named like the site's media folder gets a folder of its own, and the shared picture is copied once.
    const named = readFileSync(join(site, 'media-2', 'index.html'), 'utf8');
    assert.match(named, /<img src="\.\.\/media\/posts\/images\/harbour%20at%20dawn\.png" alt="dawn"/);
    const more = readFileSync(join(site, 'more', 'index.html'), 'utf8');
    assert.doesNotMatch(more, /media\//);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});

test('pages show what show shows: footnotes, alerts, highlighted code and harmless raw HTML, and nothing that runs', async () => {
  const root = copyFixture('markdown');
  const out = tempFolder('site');
  try {
    const site = join(out, 'site');
    const result = await runFolio(['export', 'html', '--out', site, '--no-feeds'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    const page = readFileSync(join(site, 'brewing', 'index.html'), 'utf8');
    const body = /<div class="body">([\s\S]*?)<\/div>\n<\/article>/.exec(page)![1]!;
    assert.match(body, /water<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1<\/a><\/sup>/);
    assert.match(
      body,
      /<section class="footnotes">\n<ol>\n<li id="fn-1">\n<p>About 80 °C\. <a href="#fnref-1" class="footnote-back"[^>]*>↩<\/a><\/p>/,
    );
    assert.match(
      body,
      /<blockquote class="alert alert-tip">\n<p class="alert-title">Tip<\/p>\n<p>Warm the cup first\.<\/p>/,
    );
    assert.match(
      body,
      /<pre><code class="hljs language-rust"><span class="hljs-keyword">fn<\/span> <span class="hljs-title function_">steep<\/span>/,
    );
    assert.match(body, /a poem<br \/>\nsecond line/);
    assert.match(body, /<details>\n<summary>Why cooler water<\/summary>/);
    assert.match(
      body,
      /<img src="\.\.\/media\/tea\/pictures\/cup\.png" alt="A cup" \/>/,
      'a raw <img> is found and copied like a Markdown picture',
    );
    assert.ok(existsSync(join(site, 'media', 'tea', 'pictures', 'cup.png')));
    assert.match(
      body,
      /A tricky link and see <a href="https:\/\/example\.com\/steep"[^>]*><code>steep<\/code><\/a> here\./,
      'the entity-written javascript: link is dropped',
    );
    assert.doesNotMatch(body, /<script|onerror|javascript|&#106;|alert\('(?:img|entity)'\)/i);
    assertInert('brewing/index.html', page);
    assert.match(readFileSync(join(site, 'assets', 'style.css'), 'utf8'), /\.hljs-keyword/);
    const search = readFileSync(join(site, 'search', 'docs', '0.js'), 'utf8');
    assert.match(search, /A tricky link and see steep here\./, 'the search text has the link text, not its Markdown');

    const asText = join(out, 'as-text');
    assert.equal(
      (await runFolio(['export', 'html', '--out', asText, '--no-feeds', '--html-as-text'], { cwd: root })).code,
      0,
    );
    const shown = readFileSync(join(asText, 'brewing', 'index.html'), 'utf8');
    assert.match(shown, /a poem&lt;br\/&gt;/);
    assert.match(shown, /&lt;script&gt;alert\(&#39;from the article&#39;\)&lt;\/script&gt;/);
    assertInert('as-text brewing/index.html', shown);

    const json = await runFolio(['export', 'json', '--jsonl'], { cwd: root });
    const record = JSON.parse(json.stdout.trim()) as { html: string; text: string };
    assert.match(record.text, /^Green tea wants cooler water, and patience\.$/m);
    assert.match(record.text, /^A tricky link and see steep here\.$/m);
    assert.match(record.html, /<section class="footnotes">/);
    assert.doesNotMatch(record.html, /<script|onerror|javascript/i);
  } finally {
    removeFolder(root);
    removeFolder(out);
  }
});
