/**
 * The rules of folio.config.json (src/parse/config.ts), one row per rule: a text in, the settings and the
 * problems (with their lines) out. And the README's table of keys names exactly the keys the parser reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS, type ArchiveConfig } from '../../src/model/config.js';
import { parseConfig } from '../../src/parse/config.js';
import type { Problem } from '../../src/model/problem.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

const lines = (problems: Problem[]) =>
  problems.map((found) => `${found.line ?? ''}: ${found.severity}: ${found.message}`);

test('each key: a valid value is stored as read', () => {
  const cases: [json: string, expected: ArchiveConfig][] = [
    ['{"title": "My archive"}', { title: 'My archive' }],
    ['{"baseUrl": "https://example.org/blog/"}', { baseUrl: 'https://example.org/blog/' }],
    ['{"baseUrl": "HTTP://example.org"}', { baseUrl: 'HTTP://example.org' }],
    ['{"author": "Ada Byron"}', { defaultAuthors: ['Ada Byron'] }],
    ['{"authors": ["Ada Byron", "Mary Somerville"]}', { defaultAuthors: ['Ada Byron', 'Mary Somerville'] }],
    ['{"ignore": ["drafts/", "*.tmp.md"]}', { ignore: ['drafts/', '*.tmp.md'] }],
    ['{"ignore": []}', { ignore: [] }],
    ['{"sort": "title"}', { sort: 'title' }],
    ['{"lang": "de"}', { lang: 'de' }],
    ['{"lang": " pt-BR "}', { lang: 'pt-BR' }],
    ['{"lang": "zh-Hant-TW"}', { lang: 'zh-Hant-TW' }],
    ['{"theme": "site-theme"}', { theme: 'site-theme' }],
    ['{"template": ".templates/post.md"}', { template: '.templates/post.md' }],
    [
      '{"fields": {"date": "published_at", "tags": ["categories", " keywords "]}}',
      { fields: { date: ['published_at'], tags: ['categories', 'keywords'] }, fieldLines: { date: 1, tags: 1 } },
    ],
    ['{"bodyTags": false}', { bodyTags: false }],
    ['\uFEFF{"title": "after a byte order mark"}', { title: 'after a byte order mark' }],
    ['{}', {}],
  ];
  for (const [json, expected] of cases) {
    const { config, problems } = parseConfig(json);
    assert.deepEqual(config, expected, json);
    assert.deepEqual(problems, [], json);
  }
});

test('each key: a value of the wrong type is reported at its line and ignored', () => {
  const cases: [key: string, value: unknown, message: string][] = [
    ['title', 42, "'title' must be text; ignored"],
    ['baseUrl', 'example.org', "'baseUrl' must be an http(s) URL; ignored"],
    ['baseUrl', 'ftp://example.org/', "'baseUrl' must be an http(s) URL; ignored"],
    ['baseUrl', 'https://exa mple.org/', "'baseUrl' must be an http(s) URL; ignored"],
    ['author', ['Ada', 7], "'author' must be a name or a list of names; ignored"],
    ['authors', { name: 'Ada' }, "'authors' must be a name or a list of names; ignored"],
    ['ignore', 'drafts/', "'ignore' must be a list of patterns; ignored"],
    ['sort', 'newest', "'sort' must be one of date, title, path, words, updated; ignored"],
    ['lang', 'English', "'lang' must be a language tag (en, de, pt-BR, …); ignored"],
    ['lang', 'en_GB', "'lang' must be a language tag (en, de, pt-BR, …); ignored"],
    ['lang', '', "'lang' must be a language tag (en, de, pt-BR, …); ignored"],
    ['lang', ['en'], "'lang' must be a language tag (en, de, pt-BR, …); ignored"],
    ['theme', true, "'theme' must be the path of a theme folder; ignored"],
    ['theme', '  ', "'theme' must be the path of a theme folder; ignored"],
    ['template', null, "'template' must be the path of a Markdown file; ignored"],
    [
      'fields',
      ['date'],
      "'fields' must be a map of title, date, updated, author, tags, summary, lang to field names; ignored",
    ],
    ['bodyTags', 'yes', "'bodyTags' must be true or false; ignored"],
  ];
  for (const [key, value, message] of cases) {
    // The key on the third line, after a valid one, so the line is not the first by chance.
    const json = `{\n  "sort": "path",\n  ${JSON.stringify(key)}: ${JSON.stringify(value)}\n}`;
    const { config, problems } = parseConfig(json);
    assert.deepEqual(lines(problems), [`3: warning: ${message}`], json);
    assert.deepEqual(config, key === 'sort' ? {} : { sort: 'path' }, json);
  }
});

test('a key folio does not read is reported at its line and ignored', () => {
  const { config, problems } = parseConfig('{\n  "title": "Archive",\n  "language": "de",\n  "Theme": "x"\n}');
  assert.deepEqual(config, { title: 'Archive' });
  const known = CONFIG_KEYS.join(', ');
  assert.deepEqual(lines(problems), [
    `3: warning: 'language' is not a setting folio reads (${known}); ignored`,
    `4: warning: 'Theme' is not a setting folio reads (${known}); ignored`,
  ]);
});

test('fields: a bad entry is reported at its own line, the rest of the map is kept', () => {
  const json =
    '{\n  "fields": {\n    "date": 2024,\n    "tags": ["subjects", 7],\n    "author": "byline",\n    "colour": "hue",\n    "title": [" "]\n  }\n}';
  const { config, problems } = parseConfig(json);
  assert.deepEqual(config, { fields: { author: ['byline'] }, fieldLines: { author: 5 } });
  assert.deepEqual(lines(problems), [
    "3: warning: 'fields.date' must be a field name or a list of field names; ignored",
    "4: warning: 'fields.tags' must be a field name or a list of field names; ignored",
    "6: warning: 'fields.colour' is not a field folio reads (title, date, updated, author, tags, summary, lang); ignored",
    "7: warning: 'fields.title' must be a field name or a list of field names; ignored",
  ]);
});

test('lines: a key is found where it is a key, not where its name is a value or a nested key', () => {
  const cases: [json: string, expected: string[]][] = [
    [
      '{\n  "fields": {\n    "title": "headline"\n  },\n  "template": "title",\n  "title": 7\n}',
      ["6: warning: 'title' must be text; ignored"],
    ],
    // Given twice, the key JSON keeps is the last one, and so is the line.
    [
      '{\n  "sort": 1,\n  "sort": 2\n}',
      ["3: warning: 'sort' must be one of date, title, path, words, updated; ignored"],
    ],
    // A quote escaped in a value does not end the string early.
    [
      '{\n  "title": "a \\"sort\\": b",\n\n  "sort": 3\n}',
      ["4: warning: 'sort' must be one of date, title, path, words, updated; ignored"],
    ],
    // Keys of objects in a list are not the config's.
    [
      '{\n  "author": [{"sort": 1}],\n  "sort": 4\n}',
      [
        "2: warning: 'author' must be a name or a list of names; ignored",
        "3: warning: 'sort' must be one of date, title, path, words, updated; ignored",
      ],
    ],
    [
      '{"fields": {"date": 1},\n"fields ": 2}',
      [
        "1: warning: 'fields.date' must be a field name or a list of field names; ignored",
        "2: warning: 'fields ' is not a setting folio reads (title, baseUrl, author, authors, ignore, sort, lang, theme, template, fields, bodyTags); ignored",
      ],
    ],
  ];
  for (const [json, expected] of cases) assert.deepEqual(lines(parseConfig(json).problems), expected, json);
});

test('a file that is not a JSON object is one error, without a line, and nothing is used', () => {
  const cases: [text: string, message: RegExp][] = [
    ['{"title": "unclosed"', /^: error: not valid JSON: .+; ignored$/],
    ['', /^: error: not valid JSON: .+; ignored$/],
    ['["title"]', /^: error: must hold a JSON object; ignored$/],
    ['null', /^: error: must hold a JSON object; ignored$/],
    ['"title"', /^: error: must hold a JSON object; ignored$/],
  ];
  for (const [text, message] of cases) {
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config, {}, text);
    assert.equal(problems.length, 1, text);
    assert.match(lines(problems)[0]!, message, text);
  }
});

test("the README's table of configuration keys names every key the config reads, and no other", () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('### Configuration'),
    readme.indexOf('\n## ', readme.indexOf('### Configuration')),
  );
  const documented = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
  assert.deepEqual(documented, [...CONFIG_KEYS]);
});
