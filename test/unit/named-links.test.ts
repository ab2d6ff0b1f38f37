import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleLink } from '../../src/export/article-job.js';
import { archiveNames, hugoRefsAsLinks, namedLink, resolveNamedLink } from '../../src/parse/article-links.js';
import { analyseBody } from '../../src/parse/body-text.js';
import { createHtmlRenderer } from '../../src/render/html.js';

const names = archiveNames([
  'Projects/Harbour survey.md',
  'Projects/Method.md',
  'Archive/Method.md',
  'Kickoff meeting.md',
  'inside/roadmap-2024.md',
  'about/index.md',
  'functions/strings/Trim.md',
]);
const resolve = (from: string, href: string) => resolveNamedLink(from, namedLink(href)!, names)?.path ?? null;

test('wikilinks name notes by file name or the end of their path, in any case', () => {
  assert.equal(resolve('Daily/x.md', '[[Kickoff meeting]]'), 'Kickoff meeting.md');
  assert.equal(resolve('Daily/x.md', '[[harbour survey#Method]]'), 'Projects/Harbour survey.md');
  assert.equal(resolve('Daily/x.md', '[[Projects/Method]]'), 'Projects/Method.md');
  assert.equal(
    resolve('Archive/x.md', '[[Method]]'),
    'Archive/Method.md',
    "the note in the linking note's folder wins",
  );
  assert.equal(resolve('Daily/x.md', '[[Kickoff meeting.md]]'), 'Kickoff meeting.md');
  assert.equal(resolve('Daily/x.md', '[[Budget 2025]]'), null);
  assert.equal(resolve('Daily/x.md', '[[#Later heading]]'), 'Daily/x.md', 'a heading of the note itself');
  assert.deepEqual(namedLink('[[Method#Sampling]]'), { style: 'wiki', name: 'Method', fragment: '#sampling' });
  assert.deepEqual(
    namedLink('[[Method#Twice a Day]]'),
    { style: 'wiki', name: 'Method', fragment: '#twice-a-day' },
    'a heading as the site spells its id',
  );
  assert.deepEqual(
    namedLink('[[Method#^b15695]]'),
    { style: 'wiki', name: 'Method', fragment: '' },
    'a paragraph has no id on the page',
  );
  assert.equal(namedLink('https://example.org/[[x]]'), null);
});

test('Zola @/ links are paths from the content folder; Hugo refs are tried from the page, then from there', () => {
  assert.equal(resolve('x.md', '@/inside/roadmap-2024.md'), 'inside/roadmap-2024.md');
  assert.equal(resolve('functions/strings/Trim.md', 'ref:about/index.md'), 'about/index.md');
  assert.equal(resolve('about/index.md', 'ref:/functions/strings/Trim.md'), 'functions/strings/Trim.md');
  assert.equal(resolve('about/index.md', 'ref:Trim.md'), 'functions/strings/Trim.md');
  assert.equal(resolve('about/index.md', 'ref:about'), 'about/index.md');
  assert.equal(resolve('about/index.md', 'ref:team.md'), null);
  assert.equal(
    hugoRefsAsLinks('[us]({{< relref "about/index.md" >}}) and {{% ref "a b.md" %}}'),
    '[us](ref:about/index.md) and [a b.md](ref:a%20b.md)',
  );
});

test('the index reads wikilinks and Hugo refs as links, and their text as text', () => {
  const body = analyseBody(
    'See [[Method#Sampling|the notes]] and [[Kickoff meeting]].\n\n[us]({{< ref "about/index.md" >}})\n',
    1,
  );
  assert.deepEqual(body.links, [
    { target: '[[Method#Sampling]]', line: 1 },
    { target: '[[Kickoff meeting]]', line: 1 },
    { target: 'ref:about/index.md', line: 3 },
  ]);
  assert.equal(body.text.split('\n')[0], 'See the notes and Kickoff meeting.');
});

test('wikilinks and Hugo refs inside code stay text; a picture embed is a picture', () => {
  const { html } = createHtmlRenderer().render(
    [
      'Code: `[[Method]]` and `{{< ref "about/index.md" >}}`.',
      '',
      '```',
      '[[Method]] {{< ref "about/index.md" >}}',
      '```',
      '',
      '![[harbour.png|300]] ![[harbour.png|The harbour at dawn]]',
    ].join('\n'),
    { rewriteImage: (src) => (src === '[[harbour.png]]' ? 'media/harbour.png' : undefined) },
  );
  assert.match(
    html,
    /<code>\[\[Method\]\]<\/code> and <code>\{\{&lt; ref &quot;about\/index.md&quot; &gt;\}\}<\/code>/,
  );
  assert.match(html, /<pre><code>\[\[Method\]\] \{\{&lt; ref &quot;about\/index.md&quot; &gt;\}\}<\/code><\/pre>/);
  assert.match(
    html,
    /<img src="media\/harbour.png" alt="" loading="lazy"> <img src="media\/harbour.png" alt="The harbour at dawn" loading="lazy">/,
  );
});

test("an export links a wikilink to its note's page and shows an unknown one as text", () => {
  const dirByPath = new Map([
    ['Projects/Method.md', 'projects/method/'],
    ['Kickoff meeting.md', 'kickoff-meeting/'],
  ]);
  const rewriteLink = (href: string) => articleLink(href, 'Daily/x.md', 'daily/x/', dirByPath);
  const { html } = createHtmlRenderer().render(
    'Read [[Method#Sampling|the notes]], [[Kickoff meeting]] and [[Budget 2025]].',
    { rewriteLink },
  );
  assert.match(html, /<a href="\.\.\/\.\.\/projects\/method\/(?:index\.html)?#sampling">the notes<\/a>/);
  assert.match(html, /<a href="\.\.\/\.\.\/kickoff-meeting\/(?:index\.html)?">Kickoff meeting<\/a>/);
  assert.match(html, /and Budget 2025\./);
  assert.doesNotMatch(html, /\[\[/);
});
