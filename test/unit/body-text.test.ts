import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, inlineText, analyseBody, shorten, bodyText } from '../../src/parse/body-text.js';

test('Markdown syntax is removed and the words are kept', () => {
  const body = analyseBody(
    '# Title\n\nSome **bold** and _italic_ text with `code` and a [link](other.md "t").\n\n- item one\n- [x] done\n\n> quoted\n',
  );
  assert.equal(body.text, 'Title\nSome bold and italic text with code and a link.\nitem one\ndone\nquoted');
  assert.equal(body.firstHeading, 'Title');
  assert.equal(body.firstParagraph, 'Some bold and italic text with code and a link.');
  assert.deepEqual(body.links, [{ target: 'other.md', line: 3 }]);
});

test('snake_case and arithmetic keep their underscores and stars', () => {
  assert.equal(analyseBody('use snake_case_names and 2 * 3').text, 'use snake_case_names and 2 * 3');
});

test('code blocks are searchable text but never the summary or a heading', () => {
  const body = analyseBody('```sh\n# not a heading\nrm -rf /tmp/x\n```\n\nThe paragraph.');
  assert.equal(body.firstHeading, null);
  assert.equal(body.firstParagraph, 'The paragraph.');
  assert.match(body.text, /rm -rf/);
});

test('a setext heading is a title', () => {
  assert.equal(analyseBody('Meeting notes\n=============\n\nText.').firstHeading, 'Meeting notes');
  assert.equal(analyseBody('Meeting notes\n=============\n\nText.').firstParagraph, 'Text.');
});

test('tables, images, HTML and entities become plain text', () => {
  const body = analyseBody('| a | b |\n|---|--:|\n| 1 | 2 |\n\n![alt text](img.png) <b>bold</b> &amp; &#x41; &#27;');
  assert.equal(body.text, 'a b\n1 2\nalt text bold & A');
});

test('entities never produce control characters', () => {
  assert.doesNotMatch(analyseBody('&#27;[2J &#x9b; &#0;').text, /[\u0000-\u001f\u007f-\u009f]/);
});

test('HTML comments are dropped, even across lines', () => {
  assert.equal(analyseBody('before <!-- hidden -->\n<!--\nmany\nlines\n-->\nafter').text, 'before\nafter');
});

test('word counts treat each Chinese or Japanese character as a word', () => {
  assert.equal(countWords('one two three').words, 3);
  assert.equal(countWords('東京の朝').words, 4);
  assert.equal(countWords("it's e-mail, don't").words, 3);
  assert.equal(countWords('').readingMinutes, 0);
  assert.equal(countWords('word').readingMinutes, 1);
  assert.equal(countWords(Array(460).fill('word').join(' ')).readingMinutes, 2);
});

test('pathological inline runs finish in linear time', () => {
  const hostile =
    '['.repeat(200_000) + '*_'.repeat(100_000) + '<'.repeat(100_000) + '`'.repeat(50_000) + ']('.repeat(100_000);
  const body = analyseBody(hostile);
  assert.ok(body.text.length > 0);
});

test('deep nesting does not overflow the stack', () => {
  const deep = Array.from({ length: 20_000 }, (_, i) => `${'  '.repeat(i % 500)}- ${'>'.repeat(i % 100)} item`).join(
    '\n',
  );
  assert.ok(analyseBody(deep).words > 0);
});

test('shorten cuts at a word boundary', () => {
  assert.equal(shorten('one two three four', 12), 'one two…');
  assert.equal(shorten('short', 12), 'short');
});

test('code spans keep their underscores and stars; unclosed backticks are text', () => {
  assert.equal(analyseBody('in your `_posts` folder and `a*b*c`').text, 'in your _posts folder and a*b*c');
  assert.equal(analyseBody('a `` code with ` inside `` b').text, 'a code with ` inside b');
  assert.equal(analyseBody('one ` lonely backtick').text, 'one ` lonely backtick');
});

test('bodyText is the text analyseBody gives', () => {
  const bodies = [
    '# Title\n\nA *first* paragraph with a [link](other.md) and `code`.\n\n```js\nlet x = 1;\n```\n\n- item one\n- item two\n\n> quoted\n',
    'Setext\n======\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- hidden -->\nText &amp; more 東京の朝\n',
    '',
  ];
  for (const body of bodies) assert.equal(bodyText(body), analyseBody(body, 7).text);
});

test('code spans keep the spacing of the line around them: no space appears before punctuation', () => {
  assert.equal(inlineText('Use `npm ci`, then `npm test`;', 1), 'Use npm ci, then npm test;');
  assert.equal(inlineText('query it with `MATCH`.', 1), 'query it with MATCH.');
  assert.equal(inlineText('`x` and `y`', 1), 'x and y');
  assert.equal(inlineText('a`b`c', 1), 'abc');
});

test('a link whose text is code reads as its text, as every renderer shows it', () => {
  const body = analyseBody(
    'see [`x`](https://example.com/x) here\n\n[[`8ea1fc5f3b`](https://example.com/commit/8ea1fc5f3b)] fixed',
  );
  assert.equal(body.text, 'see x here\n[8ea1fc5f3b] fixed');
  assert.deepEqual(
    body.links.map((link) => link.target),
    ['https://example.com/x', 'https://example.com/commit/8ea1fc5f3b'],
  );
});

test('emphasis follows CommonMark: stars pair inside words, underscores only at their edges', () => {
  assert.equal(
    analyseBody('日本の茶道は**静か**です and 2*3*4 but snake_case_name and a * b').text,
    '日本の茶道は静かです and 234 but snake_case_name and a * b',
  );
  assert.equal(analyseBody('\\*not emphasis\\* and \\[not a link\\](x)').text, '*not emphasis* and [not a link](x)');
});

test('indented code is kept as written, but an indented list continuation is prose', () => {
  assert.equal(analyseBody('Text.\n\n    code *stays*\n').text, 'Text.\ncode *stays*');
  assert.equal(analyseBody('- item\n\n    more *text*\n').text, 'item\nmore text');
});
