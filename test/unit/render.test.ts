import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeBlock, safeLine } from '../../src/render/safe-text.js';
import { prepareTextWidth, textWidth, truncateToWidth } from '../../src/render/text-width.js';
import { renderTable } from '../../src/cli/print/table.js';
import { plainTheme } from '../../src/render/theme.js';

test('control characters become visible escapes', () => {
  assert.equal(safeLine('a\u001b[2Jb\u0007\u009b\u202e\tc\nd'), 'a\\x1b[2Jb\\x07\\x9b\\u202e c d');
  assert.equal(safeBlock('line\u001b]0;x\u0007\n\tnext\u0008'), 'line\\x1b]0;x\\x07\n\tnext\\x08');
});

test('display width counts CJK and emoji as two columns, combining marks as none', async () => {
  await prepareTextWidth(['😀']);
  assert.equal(textWidth('abc'), 3);
  assert.equal(textWidth('東京'), 4);
  assert.equal(textWidth('e\u0301'), 1);
  assert.equal(textWidth('😀'), 2);
});

test('truncation respects display width and never splits a character', () => {
  assert.equal(truncateToWidth('東京の朝は静か', 7), '東京の…');
  assert.equal(textWidth(truncateToWidth('東京の朝は静か', 7)), 7);
  assert.equal(truncateToWidth('short', 10), 'short');
  assert.equal(truncateToWidth('e\u0301e\u0301e\u0301e\u0301', 3), 'e\u0301e\u0301…');
});

test('tables fit the width: no line is wider, low-priority columns go first', async () => {
  const columns = [
    { header: 'DATE', min: 10, max: 10, dropOrder: 2 },
    { header: 'TITLE', min: 10, grow: true, dropOrder: 0 },
    { header: 'TAGS', min: 8, max: 20, dropOrder: 3 },
  ];
  const rows = [['2024-01-01', 'A very long title that will not fit at all in narrow terminals', 'one, two, three']];
  for (const width of [20, 30, 40, 60, 100]) {
    for (const line of await renderTable(columns, rows, width, plainTheme))
      assert.ok(textWidth(line) <= width, `${width}: ${line}`);
  }
  assert.deepEqual(await renderTable(columns, rows, 25, plainTheme), ['DATE        TITLE', '2024-01-01  A very long…']);
  assert.deepEqual(await renderTable(columns, rows, 20, plainTheme), ['TITLE', 'A very long title t…']);
  assert.equal(
    (await renderTable(columns, [['2024-01-01', 'Short', 'x']], 80, plainTheme))[1],
    '2024-01-01  Short       x',
  );
});

test('narrow text is measured without loading anything; Cyrillic and Latin accents are one column', () => {
  assert.equal(textWidth('Заметки о городе'), 16);
  assert.equal(textWidth('Tomás Ruiz'), 10);
  assert.equal(truncateToWidth('Заметки о зимнем городе', 10), 'Заметки о…');
});

test('the quick measure agrees with string-width on every script it handles', async () => {
  const stringWidth = (await import('string-width')).default;
  const samples = [
    'Tomás Ruiz',
    'Заметки',
    'Ελλάδα',
    '東京の朝',
    '佐藤 花',
    '서울 경제',
    'ｆｕｌｌ',
    '「引用」…',
    'a—b “c”',
    'ガ',
    'e\u0301',
    '😀',
    'ק',
    'ไทย',
  ];
  await prepareTextWidth(samples);
  for (const sample of samples) assert.equal(textWidth(sample), stringWidth(sample), sample);
});

test('long text is measured and segmented in linear time, with the same result', async () => {
  const { graphemes } = await import('../../src/render/text-width.js');
  const stringWidth = (await import('string-width')).default;
  const samples = ['東京の朝は静かだ。', 'e\u0301👍🏽 ', '🇫🇷🇩🇪', 'Ж', '한국어', 'ไทย '];
  await prepareTextWidth(samples);
  for (const sample of samples) {
    const text = sample.repeat(Math.ceil(3000 / sample.length));
    assert.equal(textWidth(text), stringWidth(text), sample);
    const clusters = [...graphemes(text)].map((cluster) => cluster.segment);
    assert.deepEqual(
      clusters,
      [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((cluster) => cluster.segment),
      sample,
    );
  }
});

test('text of one-unit characters is cut into the clusters the segmenter finds, line breaks and controls included', async () => {
  const { graphemes } = await import('../../src/render/text-width.js');
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const samples = [
    'plain ASCII, with punctuation!',
    'Tomás Ruiz – ½ © ®',
    'two\r\nlines\rand\nmore\r',
    '\u0000\u001b[31m\u007f\u0085\u00ad',
    'ƒ ǅ ʤ ˚',
    'e\u0301\r\n',
  ];
  for (const text of samples) {
    const found = [...graphemes(text)];
    assert.deepEqual(
      found.map((cluster) => cluster.segment),
      [...segmenter.segment(text)].map((cluster) => cluster.segment),
      JSON.stringify(text),
    );
    assert.deepEqual(
      found.map((cluster) => cluster.index),
      [...segmenter.segment(text)].map((cluster) => cluster.index),
      JSON.stringify(text),
    );
  }
});
