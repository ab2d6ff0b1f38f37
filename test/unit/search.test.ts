import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { toFtsQuery } from '../../src/index/fts-query.js';
import { openIndex } from '../../src/index/database.js';
import { refreshIndex } from '../../src/index/refresh.js';
import { loadHits, rankBest, rankMatches } from '../../src/index/search.js';
import { emptyFilter } from '../../src/model/filter.js';
import { findLiteral, findMatches, mergeRanges } from '../../src/query/match.js';
import { MAX_QUERY_TERMS, parseQuery } from '../../src/query/parse.js';
import { codePointRanges, snippetAround, tidySnippet } from '../../src/query/snippet.js';
import { WORD_SEPARATOR } from '../../src/query/words.js';
import { copyFixture, removeFolder, tempFolder } from '../helpers/cli.js';

const marked = (text: string, ranges: { start: number; end: number }[]) => {
  let out = '';
  let cursor = 0;
  for (const range of ranges) {
    out += `${text.slice(cursor, range.start)}[${text.slice(range.start, range.end)}]`;
    cursor = range.end;
  }
  return out + text.slice(cursor);
};

test('every term becomes a quoted FTS5 string; exclusions follow NOT; fields become column filters', () => {
  assert.equal(toFtsQuery(parseQuery('belarus')), '"belarus"');
  assert.equal(toFtsQuery(parseQuery('a "b c" d*')), '("a") AND ("b c") AND ("d" *)');
  assert.equal(toFtsQuery(parseQuery('a OR b')), '("a") OR ("b")');
  assert.equal(toFtsQuery(parseQuery('a -b NOT c')), '(("a")) NOT (("b") OR ("c"))');
  assert.equal(
    toFtsQuery(parseQuery('title:a tag:"b c" author:d*')),
    '(search_title : "a") AND (search_tags : "b c") AND (search_authors : "d" *)',
  );
  // Quotes inside a term are doubled; FTS5 keywords and syntax inside a term are just text.
  assert.equal(toFtsQuery(parseQuery('NEAR(x')), '("NEAR") AND ("x")');
  assert.equal(toFtsQuery(parseQuery("it's")), `"it's"`);
  assert.equal(
    toFtsQuery({ kind: 'term', text: 'say "hi"', quoted: false, prefix: false, field: null }),
    '"say ""hi"""',
  );
  // Chinese is cut into words for FTS5 the way the index cut it.
  assert.equal(toFtsQuery(parseQuery('北京烤鸭')), `"${WORD_SEPARATOR}北京${WORD_SEPARATOR}烤鸭${WORD_SEPARATOR}" *`);
});

test('FTS5 accepts the translation of deeply nested and very long queries', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5 (search_title, search_tags, search_authors, search_summary, search_body)`);
  db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)').run('a title', 'tag', 'someone', 'summary', 'body a b c');
  const run = (query: string) =>
    db
      .prepare('SELECT count(*) FROM t WHERE t MATCH ?')
      .pluck()
      .get(toFtsQuery(parseQuery(query)));
  // As deep as the parser allows, alternating AND, OR and NOT so that no level flattens away.
  const nest = (levels: number) => {
    let query = 'z';
    for (let depth = 0; depth < levels; depth++) {
      query =
        depth % 3 === 0
          ? `(a${depth} OR ${query})`
          : depth % 3 === 1
            ? `(b${depth} ${query})`
            : `(c${depth} -${query})`;
    }
    return query;
  };
  let levels = 1;
  while (
    levels < 100 &&
    (() => {
      try {
        parseQuery(nest(levels + 1));
        return true;
      } catch {
        return false;
      }
    })()
  )
    levels++;
  assert.ok(levels >= 20, `nesting allowed: ${levels}`);
  assert.doesNotThrow(() => run(nest(levels)));
  // As many terms as the parser allows, in one OR and as exclusions.
  assert.doesNotThrow(() => run(Array.from({ length: MAX_QUERY_TERMS }, (_, index) => `w${index}`).join(' OR ')));
  assert.doesNotThrow(() =>
    run(`a ${Array.from({ length: MAX_QUERY_TERMS - 1 }, (_, index) => `-w${index}`).join(' ')}`),
  );
  db.close();
});

test('findMatches highlights the words of positive terms, in their fields only', () => {
  const text = 'Belarus after the élection: elections, Democracy and democratic habits';
  const show = (query: string, part?: 'title' | 'text') => marked(text, findMatches(parseQuery(query), text, part));
  assert.equal(show('election'), 'Belarus after the [élection]: elections, Democracy and democratic habits');
  assert.equal(show('democr*'), 'Belarus after the élection: elections, [Democracy] and [democratic] habits');
  assert.equal(
    show('"after the election"'),
    'Belarus [after the élection]: elections, Democracy and democratic habits',
  );
  assert.equal(show('belarus -democracy'), '[Belarus] after the élection: elections, Democracy and democratic habits');
  assert.equal(show('title:belarus'), text);
  assert.equal(
    show('title:belarus', 'title'),
    '[Belarus] after the élection: elections, Democracy and democratic habits',
  );
  const tokyo = '東京の朝は静か。東京タワー';
  assert.equal(marked(tokyo, findMatches(parseQuery('東京'), tokyo)), '[東京]の朝は静か。[東京]タワー');
  assert.equal(marked(tokyo, findMatches(parseQuery('タワー'), tokyo)), '東京の朝は静か。東京[タワー]');
});

test('findLiteral finds text as typed, ignoring case only', () => {
  const text = 'Use C++ or c++; e-mail me. İstanbul';
  assert.equal(marked(text, findLiteral(text, 'c++')), 'Use [C++] or [c++]; e-mail me. İstanbul');
  assert.equal(marked(text, findLiteral(text, 'E-MAIL')), 'Use C++ or c++; [e-mail] me. İstanbul');
  assert.equal(marked(text, findLiteral(text, 'istanbul')), text);
  assert.equal(marked(text, findLiteral(text, 'i̇stanbul')), 'Use C++ or c++; e-mail me. [İstanbul]');
  assert.deepEqual(findLiteral(text, ''), []);
});

test('mergeRanges sorts and joins overlapping ranges', () => {
  assert.deepEqual(
    mergeRanges([
      { start: 5, end: 8 },
      { start: 0, end: 2 },
      { start: 7, end: 10 },
      { start: 2, end: 3 },
    ]),
    [
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ],
  );
});

test('snippets are one tidy line around the first match, cut at words', () => {
  const tidy = tidySnippet({ text: `  a${WORD_SEPARATOR}b\n\n c  `, ranges: [{ start: 2, end: 5 }] });
  assert.deepEqual(tidy, { text: 'ab c', ranges: [{ start: 0, end: 2 }] });

  const words = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
  const at = words.indexOf('word50');
  const snippet = snippetAround(words, [{ start: at, end: at + 6 }], 60);
  assert.ok(snippet.text.startsWith('…word'), snippet.text);
  assert.ok(snippet.text.endsWith('…'), snippet.text);
  assert.ok(snippet.text.length <= 62);
  assert.equal(snippet.text.slice(snippet.ranges[0]!.start, snippet.ranges[0]!.end), 'word50');
  assert.deepEqual(snippetAround('short text', []), { text: 'short text', ranges: [] });
});

test('JSON offsets count characters, not UTF-16 units', () => {
  const text = '😀 election';
  assert.deepEqual(codePointRanges(text, [{ start: 3, end: 11 }]), [[2, 10]]);
  assert.deepEqual(codePointRanges('ab', [{ start: 0, end: 1 }]), [[0, 1]]);
});

test('ranking: title and tag hits outrank body hits, ties go to the newest; snippets mark the matches', async () => {
  const root = copyFixture('search');
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    await refreshIndex(db, root);
    const query = { kind: 'query' as const, query: parseQuery('democracy') };
    const ranked = rankMatches(db, query, emptyFilter(), 'rank');
    assert.deepEqual(
      ranked.map((match) => match.path),
      ['en/an-undated-note.md', 'en/election-observers.md'],
    );
    assert.ok(ranked[0]!.score > ranked[1]!.score);
    const [hit] = loadHits(db, query, ranked.slice(1));
    assert.deepEqual(
      hit!.snippet.ranges.map((range) => hit!.snippet.text.slice(range.start, range.end)),
      ['democracy'],
    );

    const byDate = rankMatches(db, { kind: 'query', query: parseQuery('election') }, emptyFilter(), 'date');
    assert.deepEqual(
      byDate.map((match) => match.path.split('/')[1]),
      ['harbour-notes.md', 'election-observers.md', 'belarus-election.md', 'election-municipale.md', 'hostile.md'],
    );

    const literal = { kind: 'literal' as const, text: 'C++' };
    const exact = rankMatches(db, literal, emptyFilter(), 'rank');
    assert.deepEqual(
      exact.map((match) => match.path),
      ['tech/cpp-notes.md', 'tech/testing-node.md'],
    );
    const [first] = loadHits(db, literal, exact);
    assert.deepEqual(first!.titleMatches, [{ start: 15, end: 18 }]);
    // LIKE's wildcards in a literal are literal.
    for (const text of ['%', '_', 'c%', 'e_mail', '\\'])
      assert.deepEqual(rankMatches(db, { kind: 'literal', text }, emptyFilter(), 'rank'), [], text);
    assert.equal(rankMatches(db, { kind: 'literal', text: 'E-MAIL' }, emptyFilter(), 'rank').length, 2);

    // The best few are the start of the whole ranking, and the total counts every match.
    const matchers = [
      query,
      { kind: 'query' as const, query: parseQuery('election') },
      { kind: 'literal' as const, text: 'election' },
    ];
    for (const matcher of matchers) {
      for (const sort of ['rank', 'date'] as const) {
        const all = rankMatches(db, matcher, emptyFilter(), sort);
        for (const limit of [1, 2, all.length, all.length + 1]) {
          assert.deepEqual(rankBest(db, matcher, emptyFilter(), sort, limit), {
            matches: all.slice(0, limit),
            total: all.length,
          });
        }
        assert.deepEqual(
          rankBest(db, matcher, { ...emptyFilter(), drafts: true }, sort, 1).total,
          rankMatches(db, matcher, { ...emptyFilter(), drafts: true }, sort).length,
        );
      }
    }
  } finally {
    db.close();
    removeFolder(root);
  }
});

test('snippets are the same whether made hit by hit or for many hits at once', async () => {
  const root = tempFolder('many');
  mkdirSync(join(root, 'notes'));
  for (let index = 0; index < 80; index++) {
    writeFileSync(
      join(root, 'notes', `note-${index}.md`),
      `# Note ${index}\n\nSome words before the harbor number ${index}, and after.\n`,
    );
  }
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    await refreshIndex(db, root);
    const matcher = { kind: 'query' as const, query: parseQuery('harbor') };
    const ranked = rankMatches(db, matcher, emptyFilter(), 'rank');
    assert.equal(ranked.length, 80);
    const many = loadHits(db, matcher, ranked);
    const few = loadHits(db, matcher, ranked.slice(0, 10));
    assert.deepEqual(
      few.map((hit) => hit.snippet),
      many.slice(0, 10).map((hit) => hit.snippet),
    );
    for (const hit of many) {
      assert.deepEqual(
        hit.snippet.ranges.map((range) => hit.snippet.text.slice(range.start, range.end)),
        ['harbor'],
      );
    }
  } finally {
    db.close();
    removeFolder(root);
  }
});

test('a snippet shows a phrase whole, and never repeats a first line that is the title', async () => {
  const root = tempFolder('phrases');
  mkdirSync(join(root, 'notes'));
  // The phrase sits where a cut after a fixed number of words would split it.
  const filler = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
  writeFileSync(
    join(root, 'notes', 'loop.md'),
    `---\ntitle: Timers\n---\nTimers fire later than after an event loop turn, ${filler}.\n`,
  );
  writeFileSync(join(root, 'notes', 'sqlite.md'), '# Running the latest SQLite\n\nThe latest SQLite runs fine here.\n');
  const { db } = openIndex(join(root, '.folio', 'index.db'));
  try {
    await refreshIndex(db, root);
    for (const text of ['"event loop"', 'timers "event loop"']) {
      const matcher = { kind: 'query' as const, query: parseQuery(text) };
      const [hit] = loadHits(db, matcher, rankMatches(db, matcher, emptyFilter(), 'rank'));
      assert.ok(
        hit!.snippet.ranges.some((range) => hit!.snippet.text.slice(range.start, range.end) === 'event loop'),
        marked(hit!.snippet.text, hit!.snippet.ranges),
      );
    }
    const matcher = { kind: 'query' as const, query: parseQuery('sqlite') };
    const [hit] = loadHits(db, matcher, rankMatches(db, matcher, emptyFilter(), 'rank'));
    assert.equal(hit!.article.title, 'Running the latest SQLite');
    assert.equal(hit!.snippet.text, 'The latest SQLite runs fine here.');
  } finally {
    db.close();
    removeFolder(root);
  }
  // A match the length would cut is kept whole.
  const text = `${'a '.repeat(70)}the event loop turns`;
  const at = text.indexOf('event loop');
  const snippet = snippetAround(
    text,
    [
      { start: 2, end: 3 },
      { start: at, end: at + 10 },
    ],
    150,
  );
  assert.ok(snippet.text.includes('event loop'), snippet.text);
  assert.equal(marked(snippet.text, snippet.ranges).includes('[event loop]'), true);
});
