import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutSpans, wrapSpans } from '../../src/render/terminal/wrap.js';
import { BREAK, lineWidth, span, type Line } from '../../src/render/terminal/spans.js';
import { paintLine } from '../../src/render/terminal/paint.js';
import { fitColumns } from '../../src/render/terminal/table.js';
import { toOpenable, viewLink } from '../../src/render/terminal/links.js';
import { decodeCommon, entityDecoder } from '../../src/render/terminal/entities.js';
import { markHits, type HitMatcher } from '../../src/render/terminal/hits.js';
import { findMatches } from '../../src/query/match.js';
import { parseQuery } from '../../src/query/parse.js';
import { tagTheme } from '../../src/render/theme.js';
import { prepareTextWidth, textWidth } from '../../src/render/text-width.js';

// Emoji and combining marks are measured by string-width, loaded on demand.
await prepareTextWidth(['😀']);

const text = (lines: Line[]) => lines.map((line) => line.map((piece) => piece.text).join(''));
const tags = (line: Line) => paintLine(line, tagTheme);

test('wrapping breaks at spaces and keeps styles across the break', () => {
  const lines = wrapSpans([span('one two '), span('three four', ['strong']), span(' five')], 10);
  assert.deepEqual(text(lines), ['one two', 'three four', 'five']);
  assert.deepEqual(lines.map(tags), ['one two', '<strong>three four</strong>', 'five']);
  assert.deepEqual(text(wrapSpans([span('a'), BREAK, span('b')], 10)), ['a', 'b']);
  assert.deepEqual(text(wrapSpans([], 10)), ['']);
});

test('a word wider than the line is cut between characters, never inside one', () => {
  assert.deepEqual(text(wrapSpans([span('abcdefghij klm')], 4)), ['abcd', 'efgh', 'ij', 'klm']);
  const cut = wrapSpans([span('😀😀😀e\u0301e\u0301')], 3);
  for (const line of text(cut)) assert.ok(textWidth(line) <= 3, line);
  assert.equal(text(cut).join(''), '😀😀😀e\u0301e\u0301');
});

test('Chinese and Japanese break between characters but not before closing punctuation', () => {
  const lines = text(wrapSpans([span('東京の朝は静かだ。電車が動き出す')], 10));
  assert.deepEqual(lines, ['東京の朝は', '静かだ。電', '車が動き出', 'す']);
  const kinsoku = text(wrapSpans([span('あいうえお。かき')], 10));
  assert.deepEqual(kinsoku, ['あいうえ', 'お。かき'], 'a line never starts with 。');
  assert.deepEqual(text(wrapSpans([span('Latin and 日本語 mixed')], 12)), ['Latin and 日', '本語 mixed']);
});

test('every wrapped line fits, whatever the width', () => {
  const spans = [span('Wörter, 東京の朝, emoji 😀👍🏽 and https://example.com/a/very/long/path/that/goes/on — done.')];
  for (let width = 2; width <= 40; width++) {
    for (const line of wrapSpans(spans, width))
      assert.ok(lineWidth(line) <= width, `${width}: ${JSON.stringify(line)}`);
  }
});

test('code is cut at the width with every space kept', () => {
  assert.deepEqual(text(cutSpans([span('a  b'), span('cdef', ['keyword'])], 3)), ['a  ', 'bcd', 'ef']);
  assert.deepEqual(cutSpans([span('ab', ['keyword'])], 3).map(tags), ['<keyword>ab</keyword>']);
});

test('painting groups neighbouring spans that share a style', () => {
  assert.equal(
    tags([span('a ', ['strong']), span('b', ['strong', 'emphasis']), span(' c')]),
    '<strong>a <emphasis>b</emphasis></strong> c',
  );
  const link = { url: 'https://example.com' };
  const painted = paintLine(
    [span('x', ['link'], link), span('y', ['link', 'code'], link)],
    tagTheme,
    (inner, url) => `[${url}|${inner}]`,
  );
  assert.equal(painted, '[https://example.com|<link>x<code>y</code></link>]');
});

test('table columns get their natural width when they fit, and share the room fairly when not', () => {
  const cell = (value: string) => [span(value)];
  const table = [
    [cell('Name'), cell('Note')],
    [cell('a'), cell('a rather long note that wants many columns')],
  ];
  assert.deepEqual(fitColumns(table, 100), [4, 42]);
  assert.deepEqual(fitColumns(table, 30), [4, 26]);
  // Too narrow for the longest words: the widest column gives way first.
  assert.deepEqual(fitColumns([[cell('abcdefgh'), cell('abcdefghijklmnop')]], 10), [5, 5]);
  for (const room of [4, 7, 13, 29]) {
    const widths = fitColumns(table, room);
    assert.ok(widths.reduce((sum, width) => sum + width, 0) <= Math.max(room, 4), `${room}: ${widths}`);
  }
});

test('only web and mail links with no control characters can become terminal hyperlinks', () => {
  assert.equal(toOpenable('https://example.com/a b'), 'https://example.com/a%20b');
  assert.equal(
    toOpenable('https://ru.wikipedia.org/wiki/Москва'),
    'https://ru.wikipedia.org/wiki/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0',
  );
  assert.equal(toOpenable('mailto:someone@example.com'), 'mailto:someone@example.com');
  assert.equal(toOpenable('javascript:alert(1)'), undefined);
  assert.equal(toOpenable('../notes/other.md'), undefined);
  assert.equal(toOpenable('https://example.com/\u001b]8;;x'), undefined);
  assert.equal(toOpenable(`https://example.com/${'a'.repeat(3000)}`), undefined);
  // Destinations arrive decoded from the reader (parse/markdown-destinations.ts); they are not decoded twice.
  assert.deepEqual(viewLink('https://example.com/?a=1&b=2', 'text', decodeCommon), {
    shown: 'https://example.com/?a=1&b=2',
    openable: 'https://example.com/?a=1&b=2',
  });
  assert.deepEqual(viewLink('https://example.org', 'https://example.org', decodeCommon, true), {
    shown: '',
    openable: 'https://example.org',
  });
  assert.deepEqual(viewLink('#section', 'see below', decodeCommon), { shown: '' });
  assert.deepEqual(viewLink('javascript:x\u001b[2J', 'x', decodeCommon), { shown: 'javascript:x\\x1b[2J' });
});

test('character references are decoded; the full table is loaded only for rare names', async () => {
  assert.equal(
    decodeCommon('&amp; &lt;b&gt; &copy; &#233; &#x1F600; &#0; &#xD800; &eacute;'),
    '& <b> © é 😀 \ufffd \ufffd &eacute;',
  );
  assert.equal(await entityDecoder('plain &amp; common'), decodeCommon);
  const full = await entityDecoder('caf&eacute; &Zopf;');
  assert.equal(full('caf&eacute; &Zopf; &amp;'), 'café ℤ &');
});

test('search hits are marked across spans, folded, with phrases and prefixes', () => {
  const query = parseQuery('election "free vote" democr* title:harbor');
  const matcher: HitMatcher = (text, part) =>
    findMatches(query, text, part).map((range) => [range.start, range.end] as const);
  const marked = markHits(
    [span('The Élection was a '), span('free', ['strong']), span(' vote for democracy, not elections; harbor.')],
    matcher,
  );
  assert.equal(
    tags(marked),
    'The <match>Élection</match> was a <strong><match>free</match></strong><match> vote</match> for <match>democracy</match>, not elections; harbor.',
  );
  assert.equal(
    tags(markHits([span('The harbor')], matcher, 'title')),
    'The <match>harbor</match>',
    'a field term marks its field only',
  );
  assert.equal(
    tags(
      markHits([span('東京の朝、京都')], (text, part) =>
        findMatches(parseQuery('東京'), text, part).map((range) => [range.start, range.end] as const),
      ),
    ),
    '<match>東京</match>の朝、京都',
  );
});
