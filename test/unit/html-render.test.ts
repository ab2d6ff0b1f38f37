import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHtmlRenderer, escapeHtml } from '../../src/render/html.js';
import { safeImageUrl, safeLinkUrl } from '../../src/render/url-policy.js';

const render = (markdown: string, htmlAsText = false) => createHtmlRenderer({ htmlAsText }).render(markdown).html;

test('with htmlAsText raw HTML is shown as text', () => {
  const html = render('<script>alert(1)</script>\n\nA <b>bold</b> word and <img src=x onerror=alert(1)>.', true);
  assert.doesNotMatch(html, /<script|<b>|<img/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /A &lt;b&gt;bold&lt;\/b&gt; word/);
});

test('HTML comments are left out, not shown', () => {
  assert.equal(render('<!-- a note to self -->\n\nText.').trim(), '<p>Text.</p>');
  assert.equal(render('<!-- a note to self -->\n\nText.', true).trim(), '<p>Text.</p>');
});

test('raw HTML is kept by default, without anything that could run', () => {
  const html = render(
    [
      '<details><summary>More</summary><p>Hidden <em>text</em></p></details>',
      '',
      '<script>alert(1)</script>',
      '',
      '<img src="x.png" onerror="alert(1)" alt="pic"> <a href="javascript:alert(1)">js</a> <a href="https://example.org/" onclick="x()">ok</a>',
      '',
      '<iframe src="https://example.org/"></iframe><svg onload="alert(1)"></svg><img src="data:image/png;base64,AAAA">',
      '',
      '<span style="color:red" class="note">styled</span>',
    ].join('\n'),
  );
  assert.match(html, /<details><summary>More<\/summary><p>Hidden <em>text<\/em><\/p><\/details>/);
  assert.doesNotMatch(html, /<script|alert|onerror|onclick|onload|<iframe|<svg|javascript:|data:/i);
  assert.match(html, /<img src="x.png" alt="pic" \/>|<img src="x.png" alt="pic">/);
  assert.match(html, /<a href="https:\/\/example.org\/">ok<\/a>/);
  assert.match(html, /<span class="note">styled<\/span>/);
});

test('links and images keep only allowed schemes', () => {
  const html = render(
    [
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:x) [d](data:text/html,x)',
      '[e](https://example.org/a?b=c) [f](mailto:me@example.org) [g](../other.md) [h](#part)',
      '![i](data:image/svg+xml;base64,AAAA) ![j](https://example.org/p.png) ![k](pic.png) ![l](javascript:x)',
    ].join('\n\n'),
  );
  assert.doesNotMatch(html, /javascript|vbscript|data:/i);
  for (const href of ['https://example.org/a?b=c', 'mailto:me@example.org', '../other.md', '#part'])
    assert.ok(html.includes(`href="${href}"`), href);
  assert.ok(html.includes('src="https://example.org/p.png"'));
  assert.ok(html.includes('src="pic.png"'));
  assert.match(html, /<p>a b c d<\/p>/);
});

test('the URL policy reads URLs as browsers do', () => {
  for (const url of [
    'javascript:alert(1)',
    ' javascript:x',
    '\u0001javascript:x',
    'java\tscript:x',
    'java\nscript:x',
    'JAVASCRIPT:x',
    'vbscript:x',
    'data:text/html,x',
    'file:///etc/passwd',
    '1:x',
    ':x',
  ]) {
    assert.equal(safeLinkUrl(url), null, JSON.stringify(url));
  }
  for (const url of [
    'https://example.org',
    'http://x',
    'mailto:a@b',
    'tel:+1',
    'page.html',
    '../a/b.md',
    '/root',
    '?q=1',
    '#frag',
    '//example.org/x',
    'a/b:c',
  ]) {
    assert.notEqual(safeLinkUrl(url), null, url);
  }
  assert.equal(safeImageUrl('mailto:a@b'), null);
  assert.equal(safeImageUrl('data:image/png;base64,AAAA'), null);
  assert.equal(safeImageUrl('img/a.png'), 'img/a.png');
});

test('on a page, a leading heading equal to the title is dropped and body headings move below the title', () => {
  const renderer = createHtmlRenderer();
  const page = renderer.render('# My title\n\nIntro.\n\n# Part one\n\n## Detail\n\n## Detail', {
    title: 'My title',
  }).html;
  assert.doesNotMatch(page, /<h1/);
  assert.match(page, /<h2 id="part-one">Part one<\/h2>/);
  assert.match(page, /<h3 id="detail">Detail<\/h3>\n<h3 id="detail-2">Detail<\/h3>/);
  const record = renderer.render('# My title\n\nIntro.').html;
  assert.match(record, /<h1 id="my-title">My title<\/h1>/);
});

test('escaping covers every character that could leave text or an attribute', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>\u001b[31m`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;[31m',
  );
});

test('hostile nesting is shown as plain paragraphs instead of crashing or hanging the parser', () => {
  const quotes = `${'>'.repeat(5000)} deep`;
  const lists = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n');
  for (const body of [quotes, lists]) {
    const result = createHtmlRenderer().render(body);
    assert.match(result.fallback ?? '', /nested/);
    assert.match(result.html, /^<p>/);
    assert.match(result.text, /deep|item/);
  }
  assert.equal(createHtmlRenderer().render('> quote\n>> nested\n\n- a\n  - b\n    - c\n').fallback, undefined);
});

test('a run of text full of emphasis markers keeps its text without formatting', () => {
  // marked's time grows with the square of such a run: 60 KB took 2 s, 200 KB a minute.
  const dense = 'a_b'.repeat(20000);
  const result = createHtmlRenderer().render(dense);
  assert.match(result.fallback ?? '', /too many/);
  assert.ok(result.html.includes(dense));
  assert.equal(
    createHtmlRenderer().render(`\`\`\`\n${dense}\n\`\`\`\n\nText.`).fallback,
    undefined,
    'minified code in a fence is fine',
  );
  assert.equal(
    createHtmlRenderer().render(`https://example.org/${'x'.repeat(5000)}`).fallback,
    undefined,
    'a long URL without markers is fine',
  );
});

test('pathological inline runs render in bounded time and keep their text', { timeout: 60_000 }, () => {
  for (const body of [
    '*a '.repeat(20000),
    '[a '.repeat(20000),
    '`a '.repeat(20000),
    '<a '.repeat(20000),
    '*_[`< '.repeat(10000),
  ]) {
    const result = createHtmlRenderer().render(body);
    assert.ok(result.html.length > 0);
    assert.ok(result.text.length > 0);
  }
});
