import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertHtmlPage } from '../../src/import/html-page.js';
import { convertPage, fileSlug } from '../../src/import/convert-page.js';
import { isRefusal, type ImportedArticle } from '../../src/import/imported-article.js';
import { FIXTURES } from '../helpers/paths.js';

const page = (name: string) => readFileSync(join(FIXTURES, 'import', 'pages', name));

function convert(html: string): ImportedArticle {
  const result = convertHtmlPage(html);
  if (isRefusal(result)) assert.fail(`refused: ${result.refused}`);
  return result;
}

test('a blog post: the <article> converted, its metadata read, the page around it dropped', () => {
  const article = convert(page('blog-post.html').toString('utf8'));
  assert.equal(article.title, 'Growing tomatoes on a north-facing balcony');
  assert.deepEqual(article.authors, [{ name: 'Hannah Whitfield' }]);
  assert.equal(article.date, '2023-09-14T07:30:00+01:00');
  assert.equal(article.updated, '2023-09-20T18:02:11+01:00');
  assert.equal(article.lang, 'en-GB');
  assert.equal(article.url, 'https://smallplot.example.org/2023/09/tomatoes-north-balcony/');
  assert.match(article.body, /^Everyone told me it could not be done\. A balcony that sees the sun for _two hours_/);
  assert.match(article.body, /\n## What I planted\n/);
  assert.match(article.body, /\n- \*\*Latah\*\*, an early bush tomato from Idaho;\n- \*\*Stupice\*\*/);
  assert.match(article.body, /\n> The best fertiliser is the gardener’s shadow\.\n/);
  assert.match(article.body, /\n```\n1 capful of tonic\n5 litres of rainwater\n/);
  assert.match(
    article.body,
    /\[notes on herbs in shade\]\(https:\/\/smallplot\.example\.org\/2022\/05\/herbs-in-shade\/\)/,
  );
  // Scripts, styles, navigation, sharing, comments, sidebar and footer are gone; a script link lost its address.
  for (const leftover of [
    'dataLayer',
    'font-family',
    'Skip to content',
    'Contact',
    'Share this',
    'Twitter',
    'Siberian',
    'Recent posts',
    'Proudly powered',
    'Posted in',
    'The slug wars',
    'javascript:',
    'onclick',
    'Growing tomatoes_files',
  ]) {
    assert.ok(!article.body.includes(leftover), `body should not contain ${leftover}`);
  }
  assert.match(article.body, /or click here to subscribe\./);
});

test('a news page without <article>: the densest block, byline authors, <time> date, "saved from" address', () => {
  const article = convert(page('news-page.html').toString('utf8'));
  assert.equal(article.title, 'Night ferry returns after six years');
  assert.deepEqual(article.authors, [{ name: 'Tomás Ruiz' }, { name: 'Mira Okafor' }]);
  assert.equal(article.date, '2024-02-03T06:00:00Z');
  assert.equal(article.url, 'https://www.harbourgazette.example.com/city/2024/02/03/ferry-timetable.html');
  assert.match(article.body, /^The night ferry between the old harbour/);
  assert.match(
    article.body,
    /\n1\. Night boats stop at the old harbour and at the island pier only\.\n2\. Bicycles travel free\.\n/,
  );
  assert.match(article.body, /The council will review the service in the autumn of 2025\.$/);
  for (const leftover of [
    'cookies',
    'Subscribe',
    'Business',
    'Advertisement',
    'Share this',
    'Most read',
    'Storm closes',
    'Related stories',
    'All rights reserved',
    'analytics',
    'By Tomás',
  ]) {
    assert.ok(!article.body.includes(leftover), `body should not contain ${leftover}`);
  }
});

test('broken HTML is repaired as a browser would and its text kept', () => {
  const article = convert(page('broken.htm').toString('utf8'));
  assert.equal(article.title, "Minutes of the residents' meeting");
  assert.match(article.body, /^Twenty-two residents came/);
  assert.match(article.body, /The roof repair \*\*will start in _May_\*\*, weather permitting\./);
  assert.match(article.body, /\| Item \| Cost \|\n\| --- \| --- \|\n\| Roof \| 4,200 \|/);
  assert.match(article.body, /The next meeting is on the first Monday of June/);
  assert.match(article.body, /- Bring your own chair\n- Tea will be served/);
  assert.doesNotMatch(article.body, /document\.write|<p/);
});

test('hostile markup: no script, handler, frame, form or script link survives; text that looks like HTML stays text', () => {
  const article = convert(page('hostile.html').toString('utf8'));
  assert.equal(article.title, 'Harmless title: with "quotes" and a #hash & more');
  assert.equal(article.date, null, 'an impossible date is dropped, not rolled over');
  assert.deepEqual(article.authors, []);
  const body = article.body;
  for (const bad of [
    'steal',
    'javascript:',
    'data:',
    'tracker',
    'evil.example',
    'password',
    'template content',
    'svg text',
    'color: red',
    '\u001b',
    '\u202e',
  ]) {
    assert.ok(!body.toLowerCase().includes(bad), `body should not contain ${JSON.stringify(bad)}`);
  }
  assert.match(body, /Plain words that must survive\./);
  assert.match(body, /\\<script>alert\("x"\)\\<\/script> and \\<img src=x onerror=alert\(1\)>/);
  assert.match(
    body,
    /A javascript link, a sneaky one, a data link and a \[real one\]\(https:\/\/example\.org\/safe "ok"\)\./,
  );
  assert.match(body, /!\[ok image\]\(https:\/\/example\.org\/ok\.png\)/);
  assert.match(body, /\n\\---\n/);
  assert.match(body, /\n\\\* not a list$/);
});

test('a page in windows-1251 is read in the character set it declares', () => {
  const converted = convertPage('zimniy-gorod.html', page('zimniy-gorod.html'));
  assert.equal(converted.kind, 'converted');
  if (converted.kind !== 'converted') return;
  assert.deepEqual(converted.notes, []);
  assert.equal(converted.title, 'Зимний город');
  assert.equal(converted.slug, 'зимний-город');
  assert.match(converted.text, /^author: Алесь Коваль$/m);
  assert.match(converted.text, /^date: 2024-01-15$/m);
  assert.match(converted.text, /^lang: ru$/m);
  assert.match(converted.text, /\n> Зима — это время, когда город слушает себя\.\n/);
  assert.doesNotMatch(converted.text, /Главная|Архив|© 2024/);
});

test('empty, blank, binary and unsupported files are refused with a reason', () => {
  assert.deepEqual(convertPage('empty.txt', new Uint8Array()), {
    kind: 'refused',
    reason: 'empty file (nothing to import)',
    notes: [],
  });
  assert.deepEqual(convertPage('blank.html', page('blank.html')), {
    kind: 'refused',
    reason: 'empty file (nothing to import)',
    notes: [],
  });
  assert.deepEqual(convertPage('photo.html', page('photo.html')), {
    kind: 'refused',
    reason: 'binary file (not text)',
    notes: [],
  });
  assert.deepEqual(convertPage('report.pdf', page('report.pdf')), {
    kind: 'refused',
    reason: 'not a page folio imports (.txt, .html or .htm)',
    notes: [],
  });
  assert.deepEqual(convertPage('post.md', Buffer.from('# Post')), {
    kind: 'refused',
    reason: 'already Markdown: copy it into the archive as it is',
    notes: [],
  });
  assert.deepEqual(
    convertHtmlPage('<html><head><script>x()</script></head><body><nav><a href="/">Home</a></nav></body></html>'),
    { refused: 'no article text found' },
  );
});

test('a page nested far too deeply is converted or refused, never crashes', () => {
  const nested = (depth: number) =>
    `<html><body>${'<div>'.repeat(depth)}<p>Deep words.</p>${'</div>'.repeat(depth)}</body></html>`;
  // Deeper than the converter walks (it is flattened), but shallower than the refusal limit.
  const deep = convertHtmlPage(nested(900));
  assert.ok(!isRefusal(deep));
  if (!isRefusal(deep)) assert.match(deep.body, /Deep words\./);
  assert.deepEqual(convertHtmlPage(nested(50_000)), {
    refused: 'HTML nested more than 1000 levels deep (no real page is)',
  });
  // Paragraphs, list items and cells close themselves: a long page of them is not deep.
  const flat = convertHtmlPage(`<body>${'<p>A paragraph that is never closed, as old pages write them.'.repeat(3000)}`);
  assert.ok(!isRefusal(flat));
  const inline = `<p>${'<b><i>'.repeat(3_000)}bold words</p>`;
  const result = convertHtmlPage(inline);
  if (!isRefusal(result)) assert.match(result.body, /bold words/);
});

test('titles: the <title> loses the site name; Open Graph wins over it; the visible <h1> wins over both', () => {
  const titled = (head: string, body = '<p>Text of the article, long enough to count as a paragraph.</p>') =>
    convert(`<html><head>${head}</head><body>${body}</body></html>`).title;
  assert.equal(titled('<title>Headline here | Section | The Paper</title>'), 'Headline here');
  assert.equal(
    titled('<title>Headline – with a dash – Site</title><meta property="og:site_name" content="Site">'),
    'Headline – with a dash',
  );
  assert.equal(titled('<title>Doc title</title><meta property="og:title" content="OG title">'), 'OG title');
  assert.equal(
    titled(
      '<title>Doc title</title>',
      '<article><h1>Visible</h1><p>Text of the article, long enough to count.</p></article>',
    ),
    'Visible',
  );
  assert.equal(titled(''), null);
});

test('relative links resolve against the page address, or lose their address when there is none', () => {
  const html = (head: string) =>
    `<html><head>${head}</head><body><article><p>See <a href="/about">about</a> and <a href="#top">top</a>, long enough text here.</p><img src="pic.jpg" alt="a"></article></body></html>`;
  const withBase = convert(html('<link rel="canonical" href="https://example.org/blog/post">'));
  assert.match(withBase.body, /\[about\]\(https:\/\/example\.org\/about\) and top,/);
  assert.match(withBase.body, /!\[a\]\(https:\/\/example\.org\/blog\/pic\.jpg\)/);
  const without = convert(html(''));
  assert.match(without.body, /See about and top,/);
  assert.doesNotMatch(without.body, /pic\.jpg/);
});

test('dates are taken only when the page states a real one', () => {
  const dated = (head: string, body = '') =>
    convert(
      `<html><head>${head}</head><body><article><p>Article text, long enough to count here.</p>${body}</article></body></html>`,
    ).date;
  assert.equal(dated('<meta property="article:published_time" content="2021-06-01">'), '2021-06-01');
  assert.equal(dated('<meta name="date" content="2021-02-30">'), null);
  assert.equal(dated('', '<time datetime="2020-05-04T10:00:00+02:00">4 May</time>'), '2020-05-04T10:00:00+02:00');
  assert.equal(dated('', '<p>Posted <time>14 September 2023</time></p>'), '2023-09-14');
  assert.equal(
    dated(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-01-02T03:04:05Z","author":[{"@type":"Person","name":"Ada Byron","jobTitle":"Editor"}]}</script>',
    ),
    '2019-01-02T03:04:05Z',
  );
  assert.equal(dated('<meta name="date" content="last Tuesday">'), null);
});

test('JSON-LD authors keep their job title as the role', () => {
  const article = convert(
    '<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Ada Byron","jobTitle":"Editor"},{"@type":"Person","name":"Tom Ruiz"}]}]}</script></head><body><p>Some article text that is long enough.</p></body></html>',
  );
  assert.deepEqual(article.authors, [{ name: 'Ada Byron', role: 'Editor' }, { name: 'Tom Ruiz' }]);
  assert.equal(article.title, 'H');
});

test('an encyclopedia page: infobox as a table, no edit links, print-hidden notes, categories or navigation boxes', () => {
  const article = convert(readFileSync(join(FIXTURES, 'import', 'more', 'encyclopedia.html'), 'utf8'));
  assert.equal(article.title, 'Ferry');
  assert.equal(article.url, 'https://en.wikipedia.org/wiki/Ferry');
  assert.match(
    article.body,
    /^For other uses, see \[Ferry \(disambiguation\)\]\(<https:\/\/en\.wikipedia\.org\/wiki\/Ferry_\(disambiguation\)>\)\./,
  );
  assert.match(
    article.body,
    /\n\| Ferry \| \|\n\| --- \| --- \|\n\| Type \| Vessel \|\n\| Uses \| Passengers, vehicles \|\n/,
  );
  assert.match(article.body, /\n## History\n\nThe profession of the ferryman/);
  assert.match(article.body, /\n1\. \^ "Ferry"\. _Merriam-Webster_\. Retrieved 2 May 2020\.\n/);
  for (const leftover of [
    'free encyclopedia',
    'edit',
    'Jump to content',
    'Random article',
    'Categories',
    'Tram',
    'last edited',
    'Creative Commons',
    'RLCONF',
  ]) {
    assert.ok(!article.body.includes(leftover), `body should not contain ${leftover}`);
  }
});

test('a newsletter post without <article>: the post body, without subscribe boxes, buttons or comments', () => {
  const article = convert(readFileSync(join(FIXTURES, 'import', 'more', 'newsletter.html'), 'utf8'));
  assert.equal(article.title, 'Why I stopped reading the news every morning');
  assert.deepEqual(article.authors, [{ name: 'Ada Byron' }]);
  assert.equal(article.date, '2023-05-02T08:00:00.000Z');
  assert.equal(
    article.body,
    [
      'For ten years, the first thing I did every morning was open three news sites.',
      '',
      "I thought it made me informed. It made me anxious, and it made me _reactive_: the day began with other people's priorities.",
      '',
      '## What changed',
      '',
      'Last spring I moved the news to the evening. Here is what I noticed:',
      '',
      '1. I slept better.',
      '2. I read longer pieces, and fewer of them.',
      '',
      '> The news is to the mind what sugar is to the body.',
      '',
      'If you try it, tell me how it goes.',
    ].join('\n'),
  );
});

test('layout tables flow as text; data tables with spans become pipe tables', () => {
  const layout = convert(
    '<body><table><tr><td><a href="/a">Menu</a></td><td><p>First paragraph of the article, long enough.</p><p>Second paragraph.</p></td></tr></table></body>',
  );
  assert.doesNotMatch(layout.body, /\|/);
  assert.match(layout.body, /First paragraph of the article, long enough\.\n\nSecond paragraph\./);
  const data = convert(
    '<body><p>Results of the vote, as counted on the night:</p><table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue | Green</td><td>12</td></tr><tr><td colspan="2">Total: 12</td></tr></table></body>',
  );
  assert.match(data.body, /\| Party \| Seats \|\n\| --- \| --- \|\n\| Blue \\\| Green \| 12 \|\n\| Total: 12 \| \|/);
});

test('file names: from the title, cut at a dash, usable on every system; the file name when the title gives none', () => {
  assert.equal(fileSlug('Growing tomatoes on a north-facing balcony'), 'growing-tomatoes-on-a-north-facing-balcony');
  const long = fileSlug(
    'A very long title that goes on and on about many different things until it no longer fits in any file name',
  );
  assert.ok(long.length <= 80 && !long.endsWith('-'), long);
  assert.equal(long, 'a-very-long-title-that-goes-on-and-on-about-many-different-things-until-it-no');
  assert.equal(fileSlug('CON'), 'con-article');
  assert.equal(fileSlug('Зимний город'), 'зимний-город');
  const untitled = convertPage(
    'my-saved_notes.txt',
    Buffer.from('This page has no title line, only a paragraph that runs well past any title. '.repeat(4)),
  );
  assert.equal(untitled.kind === 'converted' && untitled.slug, 'my-saved-notes');
  assert.equal(untitled.kind === 'converted' && untitled.title, 'My saved notes');
  const symbols = convertPage('x.txt', Buffer.from('???\n\nText.'));
  assert.equal(symbols.kind === 'converted' && symbols.slug, 'x');
});

test('formulas keep their TeX source, or their text', () => {
  const article = convert(
    '<body><p>The area is <math><semantics><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">\\pi r^2</annotation></semantics></math> for a circle, as everyone knows.</p><math display="block"><mi>a</mi><mo>&lt;</mo><mi>b</mi></math></body>',
  );
  assert.equal(article.body, 'The area is $\\pi r^2$ for a circle, as everyone knows.\n\n$$a\\lt b$$');
});

test('markup cannot be assembled from pieces of text around a removed element', () => {
  const article = convert(
    '<body><p>Look: &lt;<img src=x onerror=steal()>img src=x onerror=alert(1)&gt; and &lt;<span>script</span>&gt;alert(2)&lt;/script&gt; and a <a href="https://example.org" title="&quot;><script>x</script>">link</a>.</p></body>',
  );
  assert.doesNotMatch(article.body, /(?<!\\)</);
  assert.match(
    article.body,
    /Look: \\<img src=x onerror=alert\(1\)> and \\<script\\?>alert\(2\)\\<\/script> and a \[link\]\(https:\/\/example\.org\/ "\\"> ?\\<script>x\\<\/script>"\)\./,
  );
});
