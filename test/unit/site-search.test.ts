import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuery } from '../../src/query/parse.js';
import { searchWords } from '../../src/query/words.js';
import { MAX_TERM_LENGTH, TermCounter } from '../../src/export/search/term-counter.js';
import {
  findCandidates,
  matchesArticle,
  matchingArticles,
  suggestQuery,
  type DocRecord,
  type IndexSource,
  type SiteFilter,
} from '../../src/export/search/evaluate.js';
import { siteFiles } from '../../src/export/search/site-files.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';
import { cpSync } from 'node:fs';

async function search(source: IndexSource, text: string): Promise<string[]> {
  const query = parseQuery(text);
  const { ranked, exact, forms } = await findCandidates(query, source);
  const titles: string[] = [];
  for (const index of ranked) {
    const doc: DocRecord = await source.doc(index);
    if (exact || matchesArticle(query, doc, forms)) titles.push(doc.t);
  }
  return titles;
}

test('the site index answers the query language of folio search', async () => {
  const root = tempFolder('articles');
  const site = join(root, 'site');
  try {
    cpSync(join(PROJECT_ROOT, 'articles'), join(root, 'archive'), {
      recursive: true,
      filter: (source) => !source.includes('.folio'),
    });
    const result = await runFolio(['export', 'html', '--out', site, '--no-feeds'], { cwd: join(root, 'archive') });
    assert.equal(result.code, 0, result.stderr);
    const source = siteFiles(site);
    const cases: [string, string[]][] = [
      [
        'election',
        [
          "L'élection municipale, vue d'un bureau de vote",
          'Elections in Russia and Belarus: what is the fundamental difference?',
          'Counting the vote at School No. 12',
        ],
      ],
      ['ÉLECTION municipale', ["L'élection municipale, vue d'un bureau de vote"]],
      ['"fundamental difference"', ['Elections in Russia and Belarus: what is the fundamental difference?']],
      ['"difference fundamental"', []],
      ['東京', ['東京の朝', 'How long does an article take to read?']],
      ['title:東京', ['東京の朝']],
      ['tag:sqlite', ['Full-text search with SQLite in a few lines']],
      [
        'author:berg',
        ['Full-text search with SQLite in a few lines', 'Halving our C++ build times without new hardware'],
      ],
      ['sqlit*', ['Full-text search with SQLite in a few lines']],
      ['sqlite -fts5', []],
      ['снег OR sqlite', ['Full-text search with SQLite in a few lines', 'Заметки о зимнем городе']],
      ['belarus -"fundamental difference"', ['Counting the vote at School No. 12', 'Выбары без выбару']],
      ['nothingmatcheshere', []],
    ];
    for (const [query, expected] of cases)
      assert.deepEqual((await search(source, query)).sort(), [...expected].sort(), query);

    const fresh = siteFiles(site);
    await findCandidates(parseQuery('election'), fresh);
    assert.deepEqual(
      fresh.loaded.filter((file) => file.startsWith('search/terms/')).length,
      1,
      'one word loads one shard',
    );
  } finally {
    removeFolder(root);
  }
});

test('the site finds the same articles as folio search, for every kind of query', async () => {
  const root = copyFixture('search');
  const site = tempFolder('site');
  try {
    const result = await runFolio(['export', 'html', '--out', site, '--no-feeds', '--force'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    const source = siteFiles(site);
    const queries = [
      'election',
      '"free election"',
      '東京',
      '北京',
      '서울',
      'title:election',
      'elect*',
      'election -belarus',
      'harbour OR harbor',
      'tag:travel',
      'author:okafor',
      'election "free election"',
      '-"free election" election',
      '(belarus OR tokyo) -observers',
      'ÉLECTION',
      'снег',
    ];
    for (const query of queries) {
      const cli = await runFolio(['search', query, '--format', 'json'], { cwd: root });
      assert.ok(cli.code === 0 || cli.code === 1, `${query}: ${cli.stderr}`);
      const expected =
        cli.code === 1 ? [] : (JSON.parse(cli.stdout) as { title: string }[]).map((record) => record.title).sort();
      assert.deepEqual((await search(source, query)).sort(), expected, query);
    }
  } finally {
    removeFolder(root);
    removeFolder(site);
  }
});

/** What the site shows for a query: the titles of its matches in order, as the search page lists and counts them. */
async function siteTitles(source: IndexSource, text: string, filter: SiteFilter = {}): Promise<string[]> {
  const query = parseQuery(text);
  const matching = await matchingArticles(query, await findCandidates(query, source, filter), source);
  assert.ok(matching !== null, `${text}: the site can count its matches`);
  return Promise.all(matching.map(async (index) => (await source.doc(index)).t));
}

async function cliTitles(root: string, args: string[]): Promise<string[]> {
  const cli = await runFolio(['search', ...args, '--format', 'json'], { cwd: root });
  assert.ok(cli.code === 0 || cli.code === 1, `${args.join(' ')}: ${cli.stderr}`);
  return cli.code === 1 ? [] : (JSON.parse(cli.stdout) as { title: string }[]).map((record) => record.title);
}

test('the site stems, counts, filters and suggests as folio search does, in five languages', {
  timeout: 300_000,
}, async () => {
  const root = copyFixture('site-stemming');
  const site = tempFolder('site');
  try {
    const result = await runFolio(['export', 'html', '--out', site, '--no-feeds', '--force'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    const source = siteFiles(site);
    const queries = [
      'release',
      'releases',
      'released',
      'vulnerability',
      'vulnerabilities',
      'выборы',
      'выборах',
      'газеты',
      'wahl',
      'zeitungen',
      'journal',
      'journaux',
      'élections',
      'ciudad',
      'periódicos',
      '"event loop"',
      'event loop',
      'releas*',
      'release -vulnerability',
      'title:releases',
      'tag:politics',
      'released "event loop"',
      'wahlen OR выборах',
      'releasing',
    ];
    for (const query of queries) {
      const cli = await cliTitles(root, [query]);
      const shown = await siteTitles(source, query);
      // One set, one count; and the articles holding the word as typed first on both sides.
      assert.deepEqual([...shown].sort(), [...cli].sort(), query);
      assert.equal(shown.length, cli.length, query);
      const typed = await cliTitles(root, [`"${query.replace(/"/g, '')}"`]);
      if (!/[*:"-]|\bOR\b/.test(query) && typed.length < cli.length) {
        assert.deepEqual(shown.slice(0, typed.length).sort(), [...typed].sort(), `${query}: the forms as typed first`);
        assert.deepEqual(
          cli.slice(0, typed.length).sort(),
          [...typed].sort(),
          `${query}: the forms as typed first (folio search)`,
        );
      }
    }
    const filters: [SiteFilter, string[]][] = [
      [{ tag: 'politics' }, ['--tag', 'politics']],
      [{ year: '2024' }, ['--since', '2024', '--until', '2024']],
      [{ author: 'Ines Halloran' }, ['--author', 'Ines Halloran']],
      [{ tag: 'security', year: '2023' }, ['--tag', 'security', '--since', '2023', '--until', '2023']],
    ];
    for (const query of ['release', 'elections', 'выборы OR wahl OR ciudad OR journal OR release']) {
      for (const [filter, flags] of filters) {
        assert.deepEqual(
          (await siteTitles(source, query, filter)).sort(),
          (await cliTitles(root, [query, ...flags])).sort(),
          `${query} ${flags.join(' ')}`,
        );
      }
      assert.deepEqual(
        await siteTitles(source, query, { sort: 'date' }),
        await cliTitles(root, [query, '--sort', 'date']),
        `${query}: newest first`,
      );
    }
    for (const [typo, expected] of [
      ['vulnerabilty', 'vulnerability'],
      ['выбарах', 'выборах'],
      ['zeitunk', 'zeitung'],
      ['security vulnerabilty', 'security vulnerability'],
    ] as const) {
      const cli = await runFolio(['search', typo], { cwd: root });
      assert.equal(cli.code, 1);
      assert.equal(cli.stderr, `folio: no match; did you mean ${expected}?\n`, typo);
      assert.equal(await suggestQuery(typo, parseQuery(typo), source), expected, typo);
    }
    // A word the site holds, in no article with the rest of the query: nothing to correct.
    assert.equal(await suggestQuery('vulnerability zeitung', parseQuery('vulnerability zeitung'), source), null);
    // Only the stemmers of the languages present are copied, and a query loads only those it needs.
    assert.deepEqual(readdirSync(join(site, 'search', 'stem')).sort(), ['de.js', 'en.js', 'es.js', 'fr.js', 'ru.js']);
  } finally {
    removeFolder(root);
    removeFolder(site);
  }
});

test('the term counter of the index builder finds exactly the words of searchWords', () => {
  const samples = [
    'Plain ASCII text, with punctuation: e-mail, node:test, C++ and 3.14!',
    'Mixed line: café, Élection, naïve.\nNext line is plain.\n\nЗаметки о зимнем городе\n東京の朝は静かです。\n서울에서 만나요',
    'Tabs\tand  spaces, UPPER lower MiXeD 123abc abc123',
    'soft\u00adhyphen and ﬁ ligature and ｆｕｌｌ width',
    `${'word '.repeat(50)}\n${'слово '.repeat(20)}`,
    'Windows line\r\nends, a bell\u0007 and DEL\u007f inside',
    `${'x'.repeat(100)} ${'y'.repeat(101)} ${'é'.repeat(101)} short`,
    '',
    '\n\n\n',
  ];
  for (const text of samples) {
    const words = searchWords(text).filter((word) => word.length <= MAX_TERM_LENGTH);
    const counted = new TermCounter(1).count({ title: '', tags: [], authors: [], summary: '', text });
    assert.deepEqual(
      counted.newTerms === '' ? [] : counted.newTerms.split('\n'),
      [...new Set(words)],
      JSON.stringify(text),
    );
    assert.equal(counted.length, words.length, JSON.stringify(text));
    assert.deepEqual(
      [...counted.values],
      [...new Set(words)].map((word) => words.filter((other) => other === word).length * 8),
    );
  }
});
