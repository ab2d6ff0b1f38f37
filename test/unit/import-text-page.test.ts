import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertTextPage } from '../../src/import/text-page.js';
import { isRefusal, type ImportedArticle } from '../../src/import/imported-article.js';
import { splitFrontmatter } from '../../src/parse/frontmatter.js';
import { FIXTURES, PROJECT_ROOT } from '../helpers/paths.js';

const page = (name: string) => readFileSync(join(FIXTURES, 'import', 'pages', name), 'utf8');
const words = (text: string) => text.split(/\s+/).filter(Boolean);

function convert(text: string): ImportedArticle {
  const result = convertTextPage(text);
  if (isRefusal(result)) assert.fail(`refused: ${result.refused}`);
  return result;
}

test('the saved seed page becomes the sample article, word for word', () => {
  const sample = splitFrontmatter(
    readFileSync(join(PROJECT_ROOT, 'articles', 'elections-in-russia-and-belarus.md'), 'utf8'),
  );
  const article = convert(page('elections-in-russia-and-belarus.txt'));
  assert.equal(article.title, sample.data.title);
  assert.deepEqual(article.authors, [sample.data.author]);
  assert.deepEqual(words(article.body), words(sample.body));
  // Not only the same words: the same paragraphs, in the same text.
  assert.equal(article.body.trim(), sample.body.trim());
  assert.doesNotMatch(article.body, /top of page|bottom of page/i);
  assert.equal(article.date, null, 'the page states no date, so none is invented');
});

test('a byline with "By" and a date under the title become metadata; chrome at both ends goes', () => {
  const article = convert(page('with-byline.txt'));
  assert.equal(article.title, 'The case for boring technology');
  assert.deepEqual(article.authors, [{ name: 'Jonas Berg' }]);
  assert.equal(article.date, '2023-11-02');
  assert.match(article.body, /^Every team has a budget/);
  assert.match(
    article.body,
    /1\. Choose the tool your team can debug\.\n2\. Write down why you chose it\.\n3\. Revisit/,
  );
  assert.doesNotMatch(article.body, /top of page|bottom of page|Jonas Berg|2023-11-02/);
});

test('without a byline: no author; bullets, quotes and literal markup keep every word', () => {
  const source = page('no-byline.txt');
  const article = convert(source);
  assert.equal(article.title, 'Notes on reading slowly');
  assert.deepEqual(article.authors, []);
  assert.match(article.body, /^I used to read fifty books a year\./);
  assert.match(article.body, /\n- reading on paper, away from the desk;\n- a pencil/);
  assert.match(article.body, /\n> "We read to know we are not alone\."\n> -- often attributed to C\. S\. Lewis\n/);
  // Text that looks like HTML stays visible text in Markdown.
  assert.match(article.body, /contains \\<b>markup\\<\/b> or \\&amp; entities/);
  assert.doesNotMatch(article.body, /Share this page|Home > Notes|Back to top/);
  // Every word of the article's text is there, in order (markup escapes aside).
  const kept = words(
    article.body
      .replace(/\\([<&])/g, '$1')
      .replace(/^> /gm, '')
      .replace(/^- /gm, ''),
  );
  const expected = words(source.split('\n').slice(4, -2).join('\n')).filter((word) => word !== '-');
  assert.deepEqual(kept, expected);
});

test('a Cyrillic page: title, a "Name: role" byline and bullet characters', () => {
  const article = convert(page('minsk-spring.txt'));
  assert.equal(article.title, 'Вясна ў Мінску');
  assert.deepEqual(article.authors, [{ name: 'Алесь Коваль', role: 'журналіст, аўтар кнігі «Горад пад снегам»' }]);
  assert.match(article.body, /\n- вуліцы сталі шумнымі;\n- дзеці вярнуліся ў двары;\n/);
  assert.match(article.body, /Вясна ў Мінску — гэта не пара года, а настрой\.$/);
});

test('empty and chrome-only pages are refused with a reason', () => {
  assert.deepEqual(convertTextPage(''), { refused: 'empty file (nothing to import)' });
  assert.deepEqual(convertTextPage(' \n\n\t\n'), { refused: 'empty file (nothing to import)' });
  assert.deepEqual(convertTextPage('top of page\n\nBack to top\n'), {
    refused: 'nothing but page chrome (nothing to import)',
  });
});

test('a first line that is a paragraph is not a title', () => {
  const long = 'This text starts with a sentence that runs on and on. '.repeat(5).trim();
  const article = convert(`${long}\n\nSecond paragraph.`);
  assert.equal(article.title, null);
  assert.match(article.body, /^This text starts/);
});

test('a subtitle with a colon is not taken for a byline', () => {
  const article = convert('A title\n\nUpdate: the vote is tomorrow\n\nBody text.');
  assert.deepEqual(article.authors, []);
  assert.match(article.body, /^Update: the vote is tomorrow/);
});

test('a Markdown heading on the first line gives the title without its marks', () => {
  const article = convert('# Already Markdown\n\nSome *emphasis* and a [link](https://example.org).');
  assert.equal(article.title, 'Already Markdown');
  assert.equal(article.body, 'Some *emphasis* and a [link](https://example.org).');
});

test('indentation is a quote only when most paragraphs are not indented', () => {
  const quoted = convert('Title\n\nProse.\n\n    An indented passage.\n\nMore prose.');
  assert.match(quoted.body, /\n> An indented passage\.\n/);
  const style = convert('Title\n\n    First paragraph.\n\n    Second paragraph.\n\nLast.');
  assert.equal(style.body, 'First paragraph.\n\nSecond paragraph.\n\nLast.');
});

test('an indented passage of hundreds of thousands of lines is converted, not refused', () => {
  const lines = Array.from({ length: 200_000 }, (_, i) => `    line ${i}`).join('\n');
  const article = convert(`Title\n\nProse.\n\n${lines}\n\nMore prose.`);
  assert.match(article.body, /\n> line 199999\n/);
});

test('script links and escape sequences never reach the Markdown', () => {
  const article = convert(
    'Title\n\nA [trap](javascript:alert(1)) and \u001b[31mred\u001b[0m text.\n\n[ref]: javascript:alert(2)',
  );
  assert.doesNotMatch(article.body, /\]\(javascript:/);
  assert.doesNotMatch(article.body, /^\[ref\]:/m);
  assert.doesNotMatch(article.body, /\u001b|\[31m/);
  assert.match(article.body, /red text/);
});
