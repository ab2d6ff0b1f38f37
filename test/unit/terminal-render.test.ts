import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/model/article.js';
import { parseArticle } from '../../src/parse/article.js';
import { splitFrontmatter } from '../../src/parse/frontmatter.js';
import { renderArticle } from '../../src/render/terminal/render-article.js';
import { grammarFor, loadHighlighter } from '../../src/render/terminal/syntax.js';
import { plainTheme, tagTheme } from '../../src/render/theme.js';
import { textWidth } from '../../src/render/text-width.js';
import { chalkTheme } from '../../src/cli/chalk-theme.js';
import { osc8 } from '../../src/cli/hyperlinks.js';
import { random } from '../../bench/corpus.js';
import { findMatches } from '../../src/query/match.js';
import { parseQuery } from '../../src/query/parse.js';
import { testPath } from '../helpers/paths.js';

function article(title = 'A title'): Article {
  return parseArticle('a.md', `---\ntitle: ${JSON.stringify(title)}\n---\n`).parsed.article;
}

/** SGR colour codes and well-formed OSC 8 hyperlinks: what folio itself may write. */
const OWN_SEQUENCES = /\u001b\[[0-9;]*m|\u001b\]8;;[\x21-\x7e]*\u001b\\/g;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A random article using every construct, nested at random: what the width property is checked on. */
function randomMarkdown(seed: number): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = [
    'alpha',
    'βήτα',
    'гамма',
    '東京の朝は静かだ。',
    '😀',
    'e\u0301te\u0301',
    'https://example.com/a/long/path/segment',
    'supercalifragilisticexpialidocious-and-then-some',
    '**bold**',
    '*em*',
    '`code span`',
    '~~gone~~',
    '[link](https://example.org/x)',
    '![pic](https://example.org/p.png)',
    '[^n]',
    'x\u001b[2Jy',
    '&amp;',
    'word',
    'a',
    'the',
    '長い長い長い長い長い長い長い長い',
  ];
  const sentence = () => Array.from({ length: 3 + Math.floor(next() * 25) }, () => pick(words)).join(' ');
  const block = (depth: number): string => {
    const kind = depth > 4 ? 0 : Math.floor(next() * 9);
    switch (kind) {
      case 1:
        return `${'#'.repeat(1 + Math.floor(next() * 6))} ${sentence()}`;
      case 2:
        return Array.from(
          { length: 1 + Math.floor(next() * 4) },
          (_, i) => `${next() < 0.5 ? '-' : `${i + 1}.`} ${sentence()}\n${indent(block(depth + 1), 3)}`,
        ).join('\n');
      case 3:
        return `> ${block(depth + 1)
          .split('\n')
          .join('\n> ')}`;
      case 4:
        return `\`\`\`${pick(['js', 'python', '', 'sql', 'nonsense'])}\n${sentence()}\n\t${sentence()}\n\`\`\``;
      case 5: {
        const columns = 1 + Math.floor(next() * 6);
        const row = () => `| ${Array.from({ length: columns }, sentence).join(' | ')} |`;
        return `${row()}\n|${' --- |'.repeat(columns)}\n${row()}\n${row()}`;
      }
      case 6:
        return '---';
      case 7:
        return `- [${next() < 0.5 ? 'x' : ' '}] ${sentence()}`;
      case 8:
        return `<div>${sentence()}</div>`;
      default:
        return sentence();
    }
  };
  const indent = (text: string, by: number) =>
    text
      .split('\n')
      .map((line) => ' '.repeat(by) + line)
      .join('\n');
  return `${Array.from({ length: 3 + Math.floor(next() * 10) }, () => block(0)).join('\n\n')}\n\n[^n]: ${sentence()}\n`;
}

test('no rendered line is wider than the width, for random articles at random widths', async () => {
  const next = random(2024);
  for (let seed = 1; seed <= 80; seed++) {
    const markdown = randomMarkdown(seed);
    const width = 20 + Math.floor(next() * 130);
    for (const theme of [plainTheme, chalkTheme(3)]) {
      const { lines } = await renderArticle(
        article('A title that is long enough to wrap at narrow widths, 東京'),
        markdown,
        {
          width,
          theme,
          markers: theme === plainTheme,
          hyperlink: osc8,
          // Highlighting compiles its grammars anew for each render: slow, so only some articles get it.
          highlightCode: seed % 5 === 0,
        },
      );
      for (const line of lines) {
        const visible = line.replace(OWN_SEQUENCES, '');
        assert.ok(
          textWidth(visible) <= width,
          `seed ${seed}, width ${width}: ${textWidth(visible)} columns: ${JSON.stringify(visible)}`,
        );
        assert.ok(!CONTROL.test(visible), `seed ${seed}: control character in ${JSON.stringify(visible)}`);
      }
    }
  }
});

test('escape sequences and control characters from an article never reach the output', async () => {
  const source = readFileSync(testPath('fixtures', 'hostile', 'hostile.md'), 'utf8');
  const { article: parsed } = parseArticle('hostile.md', source).parsed;
  for (const hyperlink of [undefined, osc8]) {
    const { lines } = await renderArticle(parsed, splitFrontmatter(source).body, {
      width: 80,
      theme: chalkTheme(3),
      ...(hyperlink ? { hyperlink } : {}),
    });
    const output = lines.join('\n');
    const left = output.replace(OWN_SEQUENCES, '');
    assert.ok(!CONTROL.test(left), JSON.stringify(left.match(CONTROL)));
    // What the article wrote is there, made visible.
    for (const shown of [
      '\\x1b[2J',
      '\\x1b]0;owned\\x07',
      '\\x9b31m',
      'x\\x08y',
      '\\u202eevil',
      '\\x1b[31mred',
      '\\x1b[8m hidden',
      'Note \\x1b[31m text',
    ]) {
      assert.ok(left.includes(shown), `${shown} missing`);
    }
    // The only hyperlinks are to checked addresses.
    for (const [, url] of output.matchAll(/\u001b\]8;;([^\u001b]*)\u001b\\/g)) {
      if (url !== '') assert.match(url!, /^(?:https?|mailto):[\x21-\x7e]+$/);
    }
    assert.ok(!output.includes('\u001b]8;;javascript'), 'a javascript: link is never a hyperlink');
  }
});

test('Markdown nested thousands of levels deep is shown as plain text, with a note', async () => {
  const deepList = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n');
  const deepQuote = `${'>'.repeat(20000)} quoted`;
  const deepMarkers = `${'- '.repeat(20000)}x`;
  for (const body of [deepList, deepQuote, deepMarkers]) {
    const { lines, notes } = await renderArticle(article(), body, { width: 80, theme: plainTheme });
    assert.match(notes.join(' '), /shown as plain text: it is nested more than \d+ levels deep/);
    const output = lines.join('\n');
    assert.ok(output.includes(body.includes('quoted') ? 'quoted' : body.includes('item 999') ? 'item 999' : 'x'));
    for (const line of lines) assert.ok(textWidth(line) <= 80);
  }
});

test('paragraphs with pathological runs of delimiters keep their text without formatting', async () => {
  const bodies = [
    '**_a'.repeat(30000),
    'a_'.repeat(60000),
    '[*a'.repeat(20000),
    `Intro *fine*.\n\n${'***a'.repeat(20000)}\n\nOutro **fine**.`,
  ];
  for (const body of bodies) {
    const { lines, notes } = await renderArticle(article(), body, { width: 100, theme: tagTheme });
    assert.match(notes.join(' '), /1 paragraph shown without formatting/);
    const output = lines.join('');
    if (body.startsWith('Intro')) {
      assert.ok(
        output.includes('Intro <emphasis>fine</emphasis>.') && output.includes('Outro <strong>fine</strong>.'),
        'other paragraphs keep their formatting',
      );
    }
    assert.equal(
      output.split('').filter((char) => char === 'a').length >= body.split('').filter((char) => char === 'a').length,
      true,
      'no text is lost',
    );
  }
});

test('a body over the size limit is shown as plain text', async () => {
  const { lines, notes } = await renderArticle(article(), '# Big\n\n**text** here', {
    width: 80,
    theme: plainTheme,
    limits: { maxLength: 5, maxDepth: 48, maxDelimiters: 1000, inlineBudgetMs: 1000 },
  });
  assert.match(notes[0]!, /shown as plain text: it is longer than/);
  assert.ok(lines.includes('**text** here'));
});

test('a body of hundreds of thousands of lines renders without exhausting the stack', async () => {
  // Lines were once gathered with push(...lines), which overflows the stack past about 100,000 arguments.
  const paragraph = Array.from({ length: 300_000 }, (_, i) => `line ${i}`).join('\n');
  for (const body of [paragraph, `- ${paragraph}`]) {
    const { lines } = await renderArticle(article(), body, {
      width: 40,
      theme: plainTheme,
      limits: { maxLength: 10, maxDepth: 48, maxDelimiters: 1000, inlineBudgetMs: 1000 },
    });
    assert.ok(lines.length > 300_000);
    assert.equal(lines.at(-1), 'line 299999');
  }
  const list = Array.from({ length: 150_000 }, (_, i) => `- item ${i}`).join('\n');
  const { lines } = await renderArticle(article(), list, { width: 40, theme: plainTheme });
  assert.equal(lines.at(-1), '• item 149999');
});

test('once the inline time budget is spent, the remaining paragraphs stay plain', async () => {
  const { lines, notes } = await renderArticle(article(), 'one *a*\n\ntwo *b*', {
    width: 80,
    theme: tagTheme,
    limits: { maxLength: 1e6, maxDepth: 48, maxDelimiters: 1000, inlineBudgetMs: -1 },
  });
  assert.deepEqual(notes, ['2 paragraphs shown without formatting (too many *, _, ~ or [ to parse in time)']);
  assert.ok(lines.includes('one *a*'));
});

test('the first heading is dropped when it repeats the title', async () => {
  const render = async (body: string) =>
    (await renderArticle(article('Café notes'), body, { width: 40, theme: plainTheme })).lines;
  assert.ok(!(await render('# Cafe *notes*\n\nText.')).includes('Cafe notes'));
  assert.ok((await render('# Another heading\n\nText.')).includes('Another heading'));
});

test('search hits are marked in the title and the body, code included', async () => {
  const { lines } = await renderArticle(article('Harbor lights'), 'The **harbor** at night.\n\n```\nharbor = 1\n```', {
    width: 60,
    theme: tagTheme,
    hits: (text, part) =>
      findMatches(parseQuery('harbor'), text, part).map((range) => [range.start, range.end] as const),
  });
  const output = lines.join('\n');
  assert.ok(output.includes('<title><match>Harbor</match> lights</title>'));
  assert.ok(output.includes('<strong><match>harbor</match></strong>'));
  assert.ok(output.includes('<code><match>harbor</match> = 1</code>'));
});

test('every language name in the grammar table loads a grammar highlight.js ships', async () => {
  for (const name of [
    'js',
    'ts',
    'py',
    'sh',
    'sql',
    'go',
    'rust',
    'yaml',
    'html',
    'c++',
    'dockerfile',
    'diff',
    'toml',
    'postgres',
  ]) {
    assert.notEqual(grammarFor(name), undefined, name);
  }
  assert.equal(grammarFor('../../etc/passwd'), undefined);
  assert.equal(grammarFor('constructor'), undefined);
  const source = readFileSync(testPath('..', 'src', 'render', 'code-languages.ts'), 'utf8');
  const grammars = new Set(
    [...source.matchAll(/: '([a-z0-9]+)'/g)].map((match) => match[1]!).filter((name) => grammarFor(name) !== undefined),
  );
  const highlighter = await loadHighlighter(grammars);
  assert.ok(highlighter);
  for (const name of grammars) assert.ok(highlighter('x = 1', name), `${name} highlights`);
  assert.equal(highlighter('x', 'cobol'), null);
});
