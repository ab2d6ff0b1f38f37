import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuery } from '../../src/query/parse.js';
import { searchWords } from '../../src/query/words.js';
import { MAX_TERM_LENGTH, TermCounter } from '../../src/export/search/term-counter.js';
import { findCandidates, matchesArticle, type DocRecord, type IndexSource } from '../../src/export/search/evaluate.js';
import { docChunk, docFile, DOCS_PER_FILE, MANIFEST_FILE, shardFile } from '../../src/export/search/files.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { copyFixture, removeFolder, runFolio, tempFolder } from '../helpers/cli.js';
import { cpSync } from 'node:fs';

/** Reads the site's index files as the browser would run them: each calls __folioSearch(kind, key, data). */
function fileSource(site: string): IndexSource & { loaded: string[] } {
  const loaded: string[] = [];
  const cache = new Map<string, unknown>();
  const read = <T>(file: string): Promise<T> => {
    if (cache.has(file)) return Promise.resolve(cache.get(file) as T);
    loaded.push(file);
    const text = readFileSync(join(site, file), 'utf8');
    const match = /^__folioSearch\("[mtd]",("[^"]*"|\d+),([\s\S]*)\);\n$/.exec(text);
    assert.ok(match, `${file} is not an index script`);
    cache.set(file, JSON.parse(match[2]!));
    return Promise.resolve(cache.get(file) as T);
  };
  return {
    loaded,
    manifest: () => read(MANIFEST_FILE),
    shard: (key) => read(shardFile(key)),
    doc: async (index) => (await read<DocRecord[]>(docFile(docChunk(index))))[index % DOCS_PER_FILE]!,
  };
}

async function search(source: IndexSource, text: string): Promise<string[]> {
  const query = parseQuery(text);
  const { ranked, exact } = await findCandidates(query, source);
  const titles: string[] = [];
  for (const index of ranked) {
    const doc: DocRecord = await source.doc(index);
    if (exact || matchesArticle(query, doc)) titles.push(doc.t);
  }
  return titles;
}

test('the site index answers the query language of folio search', async () => {
  const root = tempFolder('articles');
  const site = join(root, 'site');
  try {
    cpSync(join(PROJECT_ROOT, 'articles'), join(root, 'archive'), { recursive: true, filter: (source) => !source.includes('.folio') });
    const result = await runFolio(['export', 'html', '--out', site, '--no-feeds'], { cwd: join(root, 'archive') });
    assert.equal(result.code, 0, result.stderr);
    const source = fileSource(site);
    const cases: [string, string[]][] = [
      ['election', ["L'élection municipale, vue d'un bureau de vote", 'Elections in Russia and Belarus: what is the fundamental difference?', 'Counting the vote at School No. 12']],
      ['ÉLECTION municipale', ["L'élection municipale, vue d'un bureau de vote"]],
      ['"fundamental difference"', ['Elections in Russia and Belarus: what is the fundamental difference?']],
      ['"difference fundamental"', []],
      ['東京', ['東京の朝', 'How long does an article take to read?']],
      ['title:東京', ['東京の朝']],
      ['tag:sqlite', ['Full-text search with SQLite in a few lines']],
      ['author:berg', ['Full-text search with SQLite in a few lines', 'Halving our C++ build times without new hardware']],
      ['sqlit*', ['Full-text search with SQLite in a few lines']],
      ['sqlite -fts5', []],
      ['снег OR sqlite', ['Full-text search with SQLite in a few lines', 'Заметки о зимнем городе']],
      ['belarus -"fundamental difference"', ['Counting the vote at School No. 12', 'Выбары без выбару']],
      ['nothingmatcheshere', []],
    ];
    for (const [query, expected] of cases) assert.deepEqual((await search(source, query)).sort(), [...expected].sort(), query);

    const fresh = fileSource(site);
    await findCandidates(parseQuery('election'), fresh);
    assert.deepEqual(fresh.loaded.filter((file) => file.startsWith('search/terms/')).length, 1, 'one word loads one shard');
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
    const source = fileSource(site);
    const queries = ['election', '"free election"', '東京', '北京', '서울', 'title:election', 'elect*', 'election -belarus', 'harbour OR harbor',
      'tag:travel', 'author:okafor', 'election "free election"', '-"free election" election', '(belarus OR tokyo) -observers', 'ÉLECTION', 'снег'];
    for (const query of queries) {
      const cli = await runFolio(['search', query, '--format', 'json'], { cwd: root });
      assert.ok(cli.code === 0 || cli.code === 1, `${query}: ${cli.stderr}`);
      const expected = cli.code === 1 ? [] : (JSON.parse(cli.stdout) as { title: string }[]).map((record) => record.title).sort();
      assert.deepEqual((await search(source, query)).sort(), expected, query);
    }
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
    assert.deepEqual(counted.newTerms === '' ? [] : counted.newTerms.split('\n'), [...new Set(words)], JSON.stringify(text));
    assert.equal(counted.length, words.length, JSON.stringify(text));
    assert.deepEqual([...counted.values], [...new Set(words)].map((word) => words.filter((other) => other === word).length * 8));
  }
});
