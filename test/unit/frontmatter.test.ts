import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { splitFrontmatter } from '../../src/parse/frontmatter.js';

test('YAML between --- fences is parsed; the body starts after the closing fence', () => {
  const split = splitFrontmatter('---\ntitle: Hello\ntags: [a, b]\n---\n\nBody text\n');
  assert.equal(split.format, 'yaml');
  assert.deepEqual(split.data, { title: 'Hello', tags: ['a', 'b'] });
  assert.equal(split.body, '\nBody text\n');
  assert.equal(split.bodyLine, 5);
  assert.deepEqual(split.issues, []);
  assert.equal(split.fieldLines.tags, 3);
});

test('YAML dates stay strings as written (no time zone shift, no Date objects)', () => {
  const split = splitFrontmatter(
    "---\ndate: 2024-03-01\nat: '2020-04-03T20:26:28.000Z'\nyes: yes\nversion: 1.10\n---\n",
  );
  assert.deepEqual(split.data, { date: '2024-03-01', at: '2020-04-03T20:26:28.000Z', yes: 'yes', version: 1.1 });
});

test('TOML between +++ fences is parsed, dates keep their written form', () => {
  const split = splitFrontmatter(
    '+++\ntitle = "Hugo"\ndate = 2024-03-01\nat = 2020-04-03T20:26:28Z\n[params]\nauthor = "Kim"\n+++\nBody',
  );
  assert.equal(split.format, 'toml');
  assert.deepEqual(split.data, {
    title: 'Hugo',
    date: '2024-03-01',
    at: '2020-04-03T20:26:28Z',
    params: { author: 'Kim' },
  });
  assert.equal(split.body, 'Body');
});

test('a JSON object at the top is frontmatter; a Hugo shortcode is not', () => {
  const split = splitFrontmatter('{\n  "title": "J",\n  "tags": ["x"]\n}\n\nBody');
  assert.equal(split.format, 'json');
  assert.deepEqual(split.data, { title: 'J', tags: ['x'] });
  assert.equal(split.body, '\nBody');
  assert.equal(split.bodyLine, 5);
  assert.equal(splitFrontmatter('{{< figure src="x" >}}\n').format, 'none');
  assert.equal(splitFrontmatter('{"title": "one line"}\nBody').data.title, 'one line');
});

test('---json and ---toml name their language after the fence', () => {
  assert.deepEqual(splitFrontmatter('---json\n{"a": 1}\n---\n').data, { a: 1 });
  assert.deepEqual(splitFrontmatter('---toml\na = 1\n---\n').data, { a: 1 });
  assert.deepEqual(splitFrontmatter('---yml\na: 1\n---\n').data, { a: 1 });
});

test('code languages are refused, never run: js, javascript, JS with spaces, coffee', () => {
  const marker = globalThis as { FOLIO_PWNED?: unknown };
  for (const language of ['js', 'javascript', 'JS', ' JavaScript ', 'coffee', 'constructor', 'toString']) {
    const split = splitFrontmatter(`---${language}\n{ title: (globalThis.FOLIO_PWNED = 1, 'ran') }\n---\n# Heading\n`);
    assert.deepEqual(split.data, {}, language);
    assert.equal(split.issues[0]?.severity, 'error', language);
    assert.match(split.issues[0]!.message, /refused/, language);
    assert.equal(split.body, '# Heading\n', language);
  }
  assert.equal(marker.FOLIO_PWNED, undefined);
});

test('an opening fence without a closing one is an error, and the whole file stays the body', () => {
  const text = '---\ntitle: Never closed\n\nText';
  const split = splitFrontmatter(text);
  assert.equal(split.body, text);
  assert.deepEqual(split.issues, [
    { line: 1, severity: 'error', message: "frontmatter opened with '---' is never closed" },
  ]);
});

test('a line of four dashes is a thematic break, not a fence; ---- does not close one', () => {
  assert.equal(splitFrontmatter('----\ntext\n').format, 'none');
  const split = splitFrontmatter('---\na: 1\n----\nb: 2\n---\nbody');
  assert.equal(split.issues.length > 0 || split.body === 'body', true);
  assert.equal(split.body, 'body');
});

test('malformed YAML is reported with its file line and simple fields are salvaged', () => {
  const split = splitFrontmatter('---\ntitle: Broken\ntags: [one, two\ndate: 2024-01-01\n---\nbody');
  assert.equal(split.issues.length, 1);
  assert.equal(split.issues[0]!.severity, 'error');
  assert.equal(split.issues[0]!.line, 4);
  assert.equal(split.data.title, 'Broken');
  assert.equal(split.body, 'body');
});

test('malformed TOML is reported with its file line', () => {
  const split = splitFrontmatter('+++\ntitle = "x"\ndate = = 1\n+++\n');
  assert.equal(split.issues[0]!.line, 3);
  assert.match(split.issues[0]!.message, /^TOML: /);
});

test('malformed JSON is reported', () => {
  const split = splitFrontmatter('{\n  "title": "x",\n  oops\n}\n');
  assert.equal(split.issues[0]!.severity, 'error');
  assert.match(split.issues[0]!.message, /^JSON: /);
});

test('frontmatter that is not a map is an error and gives no fields', () => {
  for (const block of ['- a\n- b', 'just a string', '42']) {
    const split = splitFrontmatter(`---\n${block}\n---\n`);
    assert.deepEqual(split.data, {});
    assert.match(split.issues[0]!.message, /not a map of fields/);
  }
});

test('empty frontmatter is fine', () => {
  const split = splitFrontmatter('---\n---\nBody');
  assert.deepEqual(split.data, {});
  assert.deepEqual(split.issues, []);
  assert.equal(split.body, 'Body');
});

test('a YAML alias bomb is refused quickly instead of expanding', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  const split = splitFrontmatter(`---\n${levels.join('\n')}\ntitle: Bomb\n---\n`);
  assert.match(split.issues[0]!.message, /aliases/);
  assert.equal(split.data.title, 'Bomb');
  assert.equal(split.data.i, undefined);
});

test('duplicate YAML keys are a warning; the last value wins', () => {
  const split = splitFrontmatter('---\ntitle: one\ntitle: two\n---\n');
  assert.equal(split.issues[0]!.severity, 'warning');
  assert.equal(split.issues[0]!.line, 3);
  assert.equal(split.data.title, 'two');
});

test('__proto__ in frontmatter stays a plain key and pollutes nothing', () => {
  const split = splitFrontmatter('---\n__proto__:\n  polluted: yes\n---\n');
  assert.equal(Object.hasOwn(split.data, '__proto__'), true);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('deeply nested or huge frontmatter is refused rather than kept', () => {
  const deep = `---\nx: ${'['.repeat(40)}1${']'.repeat(40)}\n---\n`;
  assert.deepEqual(splitFrontmatter(deep).issues, [
    { line: 2, severity: 'error', message: 'frontmatter is nested more than 32 levels deep' },
  ]);
});

test('frontmatter nested thousands of levels deep says so, with the limit, in every language', {
  timeout: 10_000,
}, () => {
  const expected = [{ severity: 'error', message: 'frontmatter is nested more than 32 levels deep' }];
  const blockYaml = Array.from({ length: 3000 }, (_, level) => `${' '.repeat(level)}k:`).join('\n');
  for (const [name, text] of [
    ['YAML flow', `---\ntitle: Deep\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nBody`],
    ['YAML block', `---\ntitle: Deep\n${blockYaml} x\n---\nBody`],
    ['YAML dashes', `---\ntitle: Deep\nx:\n${'- '.repeat(5000)}x\n---\nBody`],
    ['TOML', `+++\ntitle = "Deep"\nx = ${'['.repeat(5000)}${']'.repeat(5000)}\n+++\nBody`],
    ['JSON', `{"title": "Deep", "x": ${'['.repeat(50_000)}${']'.repeat(50_000)}}\nBody`],
  ] as const) {
    const split = splitFrontmatter(text);
    assert.deepEqual(
      split.issues.map(({ severity, message }) => ({ severity, message })),
      expected,
      name,
    );
    assert.doesNotMatch(JSON.stringify(split.issues), /call stack/, name);
    assert.match(split.body, /Body/, name);
  }
  // The title of a YAML block is kept all the same.
  assert.equal(
    splitFrontmatter(`---\ntitle: Deep\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`).data.title,
    'Deep',
  );
});

test('fenced frontmatter goes through gray-matter with options, so its global cache of file texts stays empty', () => {
  const grayMatter = createRequire(import.meta.url)('gray-matter') as { cache: Record<string, unknown> };
  for (const text of [
    '---\ntitle: A\n---\nbody',
    '+++\ntitle = "B"\n+++\n',
    '---json\n{"title": "C"}\n---\n',
    '---\n---\n',
  ]) {
    splitFrontmatter(text);
    splitFrontmatter(text);
  }
  assert.deepEqual(Object.keys(grayMatter.cache), []);
});

test('YAML may close with ..., and errors are placed at their file line in every language', () => {
  assert.deepEqual(splitFrontmatter('---\ntitle: Dots\n...\nbody').data, { title: 'Dots' });
  assert.equal(splitFrontmatter('---\ntitle: Dots\n...\nbody').body, 'body');
  assert.equal(splitFrontmatter('---\na: 1\nb: 2\nc: [\n---\n').issues[0]!.line, 5);
  assert.equal(splitFrontmatter('---toml\na = 1\n\nb = = 2\n---\n').issues[0]!.line, 4);
  assert.equal(splitFrontmatter('---json\n{\n  "a": 1,\n  oops\n}\n---\n').issues[0]!.line, 4);
});

test('the yaml package prints nothing of an article to stderr: a map used as a key is parsed without a process warning', () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  process.on('warning', onWarning);
  try {
    const split = splitFrontmatter('---\ntitle: Keys\n{ a: 1 }: value\n---\n');
    assert.equal(split.data.title, 'Keys');
  } finally {
    process.off('warning', onWarning);
  }
  assert.deepEqual(warnings, []);
});
