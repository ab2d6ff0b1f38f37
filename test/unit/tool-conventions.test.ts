import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/parse/article.js';
import { splitNameList } from '../../src/parse/author-names.js';

const parse = (path: string, text: string) => parseArticle(path, text);

test('a date in a URL field dates an article that has no date field', () => {
  const zola = parse('Rust-1.88.0.md', '+++\npath = "2025/06/26/Rust-1.88.0"\ntitle = "Announcing"\n+++\n\ntext\n')
    .parsed.article;
  assert.equal(zola.date?.value, '2025-06-26');
  assert.equal(zola.dateSource, 'url');
  const inside = parse('inside-rust/x.md', '+++\npath = "inside-rust/2024/03/11/x"\n+++\ntext').parsed.article;
  assert.equal(inside.date?.value, '2024-03-11');
  const alias = parse('post/index.md', '---\naliases: [/old/, /2019-02-03-post.html]\n---\ntext').parsed.article;
  assert.equal(alias.date?.value, '2019-02-03');
  assert.equal(alias.dateSource, 'url');
  const permalink = parse('2001-01-01-name.md', '---\npermalink: /2020/05/06/name/\n---\ntext').parsed.article;
  assert.equal(permalink.dateSource, 'url', 'a URL field comes before the file name');
});

test('a date field beats a URL field; a URL without a calendar day dates nothing', () => {
  const stated = parse('a.md', '---\ndate: 2024-01-02\npath: 2025/06/26/a\n---\ntext').parsed.article;
  assert.equal(stated.date?.value, '2024-01-02');
  assert.equal(stated.dateSource, 'frontmatter');
  const impossible = parse('a.md', '---\npath: 2025/13/40/a\nurl: /releases/1.88.0\n---\ntext').parsed.article;
  assert.equal(impossible.dateSource, 'none');
});

test("tags come from each tool's own fields", () => {
  const zola = parse(
    'a.md',
    '+++\ntitle = "A"\n[taxonomies]\ntags = ["rust", "release"]\ncategories = ["news"]\n+++\ntext',
  ).parsed.article;
  assert.deepEqual(zola.tags, ['rust', 'release', 'news']);
  const hugo = parse('a.md', '---\ntags: [a]\ncategories: [Docs, a]\nkeywords: [templates]\n---\ntext').parsed.article;
  assert.deepEqual(hugo.tags, ['a', 'Docs', 'templates']);
  assert.deepEqual(parse('a.md', '---\ncategory: release\n---\ntext').parsed.article.tags, ['release']);
  assert.deepEqual(parse('a.md', '---\ncategories: jekyll update\n---\ntext').parsed.article.tags, [
    'jekyll',
    'update',
  ]);
  assert.deepEqual(parse('a.md', '---\nkeywords: release notes, templates\n---\ntext').parsed.article.tags, [
    'release notes',
    'templates',
  ]);
  const bad = parse('a.md', '---\ncategories: {a: 1}\n---\ntext');
  assert.deepEqual(bad.parsed.article.tags, []);
  assert.match(bad.problems[0]!.message, /categories is a map, expected a list/);
  assert.equal(bad.problems[0]!.line, 2);
});

test('an author string that plainly lists people is split', () => {
  assert.deepEqual(splitNameList('Ruy Adorno and Rafael Gonzaga'), ['Ruy Adorno', 'Rafael Gonzaga']);
  assert.deepEqual(splitNameList('Rafael Gonzaga & Marco Ippolito'), ['Rafael Gonzaga', 'Marco Ippolito']);
  assert.deepEqual(splitNameList('Li Wei, Sara Costa, and Jon Berg'), ['Li Wei', 'Sara Costa', 'Jon Berg']);
  assert.deepEqual(splitNameList('Matt Cowley, Claudio Wunder'), ['Matt Cowley', 'Claudio Wunder']);
  assert.deepEqual(splitNameList("Amanieu d'Antras and Antoine du Hamel"), ["Amanieu d'Antras", 'Antoine du Hamel']);
  assert.deepEqual(splitNameList('Julian Duque (@julianduque) & Yosuke Furukawa (@yosuke-furukawa)'), [
    'Julian Duque (@julianduque)',
    'Yosuke Furukawa (@yosuke-furukawa)',
  ]);
  assert.deepEqual(splitNameList('davidtwco and wesleywiser'), ['davidtwco', 'wesleywiser']);
  assert.deepEqual(splitNameList('Eric, Felix, Joel and Mara'), ['Eric', 'Felix', 'Joel', 'Mara']);
});

test('an author string that may be one name is kept whole', () => {
  for (const name of [
    'Johnson & Johnson',
    'Procter and Gamble',
    'The Rust Release Team',
    'Jane Lusby, on behalf of The Rust Project Teams',
    'Jane Losare-Lusby and the Governance Reform WG',
    'Smith, John',
    'Ana & Tom Becker',
    'Simon and Schuster Editors',
    'Antoine du Hamel',
    'Mary-Jane Watson',
  ]) {
    assert.deepEqual(splitNameList(name), [name], name);
  }
});

test('authors are split in strings and lists, not in maps (which keep their role)', () => {
  const article = parse(
    'a.md',
    '---\nauthors: ["Ana Ruiz and Tom Becker", {name: "Li Wei and Sara Costa", role: Editors}]\n---\ntext',
  ).parsed.article;
  assert.deepEqual(article.authors, ['Ana Ruiz', 'Tom Becker', 'Li Wei and Sara Costa']);
});

test('section pages and template pages are not articles; dated or written pages are', () => {
  assert.match(parse('content/_index.md', '+++\ntitle = "Blog"\n+++\nIntro text.').notAnArticle ?? '', /section page/);
  assert.match(parse('releases/latest.md', '+++\ntemplate = "latest.html"\n+++\n').notAnArticle ?? '', /template/);
  assert.match(parse('blog/index.md', '---\ntitle: Blog\nlayout: blog-category\n---\n').notAnArticle ?? '', /template/);
  assert.match(
    parse('index.md', '---\nlayout: home\n---\n{% for post in site.posts %}\n{{ post.title }}\n{% endfor %}\n')
      .notAnArticle ?? '',
    /template/,
  );
  assert.equal(
    parse('blog/index.md', '---\ntitle: Blog\nlayout: page\n---\nWelcome to my blog.').notAnArticle,
    undefined,
  );
  assert.equal(
    parse('post.md', '---\ntitle: Empty post\nlayout: post\ndate: 2024-01-01\n---\n').notAnArticle,
    undefined,
  );
  assert.equal(parse('_posts/2024-01-01-empty.md', '---\nlayout: post\n---\n').notAnArticle, undefined);
  assert.equal(parse('empty.md', '').notAnArticle, undefined);
  assert.equal(parse('index.md', '# Home\n\nNotes.').notAnArticle, undefined);
});
