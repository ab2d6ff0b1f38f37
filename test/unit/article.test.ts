import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/parse/article.js';

const parse = (path: string, text: string, options = {}) => parseArticle(path, text, options);

test('frontmatter fields become the article', () => {
  const { parsed, problems } = parse(
    'posts/hello.md',
    '---\ntitle: Hello\ndate: 2024-03-01\nauthor: Ada\ntags: [a, b]\nlang: en\ncustom: 1\n---\n\nFirst paragraph.\n',
  );
  const article = parsed.article;
  assert.deepEqual(problems, []);
  assert.equal(article.id, 'posts__hello');
  assert.equal(article.slug, 'hello');
  assert.equal(article.title, 'Hello');
  assert.equal(article.titleSource, 'frontmatter');
  assert.equal(article.date?.value, '2024-03-01');
  assert.equal(article.dateSource, 'frontmatter');
  assert.deepEqual(article.authors, ['Ada']);
  assert.deepEqual(article.tags, ['a', 'b']);
  assert.equal(article.summary, 'First paragraph.');
  assert.equal(article.lang, 'en');
  assert.equal(article.draft, false);
  assert.equal(article.data.custom, 1);
});

test('title falls back to the first H1, then the file name', () => {
  assert.equal(parse('a.md', '# From heading\n\ntext').parsed.article.title, 'From heading');
  assert.equal(parse('a.md', '# From heading\n\ntext').parsed.article.titleSource, 'heading');
  const fromName = parse('notes/2020-01-02-my_first-post.md', 'text').parsed.article;
  assert.equal(fromName.title, 'My first post');
  assert.equal(fromName.titleSource, 'file name');
});

test('date falls back to the file name, then the folders', () => {
  const jekyll = parse('_posts/2015-06-30-post.md', '---\ntitle: x\n---\n').parsed.article;
  assert.equal(jekyll.date?.day, '2015-06-30');
  assert.equal(jekyll.dateSource, 'file name');
  assert.equal(jekyll.slug, 'post');
  assert.equal(parse('2021/05/06/post.md', 'x').parsed.article.dateSource, 'path');
  assert.equal(parse('post.md', 'x').parsed.article.dateSource, 'none');
});

test('updated reads updated or lastmod', () => {
  assert.equal(parse('a.md', '---\nlastmod: 2024-05-01\n---\n').parsed.article.updated?.value, '2024-05-01');
});

test('authors: a string, a list, or maps with a name; a default from the config', () => {
  assert.deepEqual(parse('a.md', '---\nauthors: [A, B]\n---\n').parsed.article.authors, ['A', 'B']);
  assert.deepEqual(parse('a.md', '---\nauthor:\n  name: Pavel\n  role: Ambassador\n---\n').parsed.article.authors, [
    'Pavel',
  ]);
  assert.deepEqual(parse('a.md', 'x', { defaultAuthors: ['Me'] }).parsed.article.authors, ['Me']);
});

test('tags: a list or a comma-separated string; # dropped; duplicates in any case removed', () => {
  assert.deepEqual(parse('a.md', '---\ntags: one, Two ,#three\n---\n').parsed.article.tags, ['one', 'Two', 'three']);
  assert.deepEqual(parse('a.md', '---\ntags: [x, X, 2024]\n---\n').parsed.article.tags, ['x', '2024']);
});

test('a title that is a number is read as text, with a warning at its line', () => {
  const { parsed, problems } = parse('a.md', '---\ndate: 2024-01-01\ntitle: 1984\n---\n');
  assert.equal(parsed.article.title, '1984');
  assert.deepEqual(problems, [
    { path: 'a.md', line: 3, severity: 'warning', message: 'title is a number, read as text' },
  ]);
});

test('fields of the wrong type are reported and ignored', () => {
  const { parsed, problems } = parse('a.md', '---\ntags: {a: 1}\ndraft: maybe\nauthor: [1, {x: 1}]\n---\n');
  assert.deepEqual(parsed.article.tags, []);
  assert.equal(parsed.article.draft, false);
  assert.deepEqual(parsed.article.authors, ['1']);
  assert.equal(problems.length, 3);
  assert.ok(problems.every((found) => found.severity === 'warning' && found.line !== undefined));
});

test('an invalid date is reported and the file name date is used instead', () => {
  const { parsed, problems } = parse('2024-02-02-x.md', '---\ndate: 2024-13-45\n---\n');
  assert.equal(parsed.article.date?.day, '2024-02-02');
  assert.equal(parsed.article.dateSource, 'file name');
  assert.match(problems[0]!.message, /not a valid date/);
  assert.equal(problems[0]!.line, 2);
});

test('draft: true, or published: false', () => {
  assert.equal(parse('a.md', '---\ndraft: true\n---\n').parsed.article.draft, true);
  assert.equal(parse('a.md', '---\npublished: false\n---\n').parsed.article.draft, true);
});

test('summary: summary or description, else the first paragraph', () => {
  assert.equal(parse('a.md', '---\ndescription: "A *short* one"\n---\nBody.').parsed.article.summary, 'A short one');
  assert.equal(
    parse('a.md', '# T\n\nThe first paragraph\ncontinues here.\n\nSecond.').parsed.article.summary,
    'The first paragraph continues here.',
  );
});

test('slug: from the frontmatter, else the path; page bundles take the folder name', () => {
  assert.equal(parse('a.md', '---\nslug: "Hello World!"\n---\n').parsed.article.slug, 'hello-world');
  assert.equal(parse('posts/my-post/index.md', 'x').parsed.article.slug, 'my-post');
  assert.equal(parse('Élection Présidentielle.md', 'x').parsed.article.slug, 'election-presidentielle');
  assert.equal(parse('ru/Зимний город.md', 'x').parsed.article.slug, 'зимний-город');
});

test('control characters in a title are kept as data and reported', () => {
  const { parsed, problems } = parse('a.md', '---\ntitle: "Evil \\e[2J title"\n---\n');
  assert.equal(parsed.article.title, 'Evil \u001b[2J title');
  assert.match(problems[0]!.message, /control characters/);
});

test('an empty file is an article with fallbacks and a warning', () => {
  const { parsed, problems } = parse('empty-note.md', '');
  assert.equal(parsed.article.title, 'Empty note');
  assert.equal(parsed.article.words, 0);
  assert.deepEqual(
    problems.map((found) => found.message),
    ['empty file'],
  );
});

test('CRLF text (already normalised by decoding) keeps body lines right', () => {
  const { parsed } = parse('a.md', '---\ntitle: T\n---\n\nBody');
  assert.equal(parsed.bodyLine, 4);
});

test('TOML date-times keep the form they were written in, with no milliseconds added', () => {
  const { parsed } = parse(
    'a.md',
    '+++\ndate = 2021-06-07T10:00:00+02:00\nlocal = 2021-06-07T10:00:00\nfrac = 2021-06-07T10:00:00.250Z\nday = 2021-06-08\n+++\nText.\n',
  );
  assert.equal(parsed.article.date?.value, '2021-06-07T10:00:00+02:00');
  assert.equal(parsed.article.date?.day, '2021-06-07');
  assert.equal(parsed.article.data.local, '2021-06-07T10:00:00');
  assert.equal(parsed.article.data.frac, '2021-06-07T10:00:00.250Z');
  assert.equal(parsed.article.data.day, '2021-06-08');
});
