/**
 * The rules of `folio check` (src/check/rules.ts), one table per rule: what the index holds in, the problems out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECK_RULES, type CheckInput } from '../../src/check/rules.js';
import { problem, type Problem } from '../../src/model/problem.js';

function input(parts: Partial<CheckInput>): CheckInput {
  return {
    parseProblems: [],
    duplicateSlugs: [],
    links: [],
    paths: new Set(),
    fileExists: () => false,
    otherFiles: () => [],
    ...parts,
  };
}

const check = (parts: Partial<CheckInput>): Problem[] => CHECK_RULES.flatMap((rule) => rule(input(parts)));
const lines = (problems: Problem[]) =>
  problems.map((found) => `${found.path}:${found.line ?? ''}: ${found.severity}: ${found.message}`);

test('problems found while parsing are reported as they are', () => {
  const parsed = [problem('a.md', 'error', 'frontmatter: bad indentation', 3), problem('b.md', 'warning', 'no date')];
  assert.deepEqual(check({ parseProblems: parsed }), parsed);
});

test('a slug shared by several articles is reported on each, naming the others', () => {
  assert.deepEqual(
    lines(check({ duplicateSlugs: [{ slug: 'hello', paths: ['a/hello.md', 'b/hello.md', 'hello.markdown'] }] })),
    [
      "a/hello.md:: warning: slug 'hello' is also used by b/hello.md, hello.markdown",
      "b/hello.md:: warning: slug 'hello' is also used by a/hello.md, hello.markdown",
      "hello.markdown:: warning: slug 'hello' is also used by a/hello.md, b/hello.md",
    ],
  );
});

test('links: which are checked, and what each broken one says', () => {
  const paths = new Set(['posts/a.md', 'posts/b.md', 'about.md']);
  const files = new Set(['posts/img/ok.png']);
  const cases: [target: string, expected: string | null][] = [
    ['b.md', null],
    ['../about.md', null],
    ['b.md#section', null],
    ['missing.md', "broken link to 'missing.md' (no such article)"],
    ['../../outside.md', "broken link to '../../outside.md' (outside the archive)"],
    ['img/ok.png', null],
    ['img/gone.png', "broken link to 'img/gone.png' (no such file)"],
    ['../../pic.jpg', "broken link to '../../pic.jpg' (outside the archive: an export cannot carry it)"],
    ['img/with%20space.png', "broken link to 'img/with%20space.png' (no such file)"],
    // Not files of the archive: other sites, absolute paths of the published site, other kinds of file.
    ['https://example.org/x.md', null],
    ['mailto:someone@example.org', null],
    ['/about/', null],
    ['../about/', null],
    ['notes.txt', null],
    ['#top', null],
    // Named the tools' way: wikilinks by file name anywhere, Zola's @/ from the content folder, Hugo's ref.
    ['[[B]]', null],
    ['[[about#Team]]', null],
    ['[[#Heading of this one]]', null],
    ['[[#^b15695]]', null],
    ['[[ok.png\\|200]]', null],
    ['[[Budget 2025]]', "broken link to '[[Budget 2025]]' (no such article)"],
    ['[[ok.png]]', null],
    ['[[gone.png]]', "broken link to '[[gone.png]]' (no such file)"],
    ['@/posts/b.md', null],
    ['@/posts/c.md', "broken link to '@/posts/c.md' (no such article)"],
    ['ref:b.md', null],
    ['ref:/about.md', null],
    ['ref:team.md', "broken link to 'ref:team.md' (no such article)"],
  ];
  for (const [target, expected] of cases) {
    const found = check({
      links: [{ path: 'posts/a.md', target, line: 7 }],
      paths,
      fileExists: (path) => files.has(path),
      otherFiles: () => files,
    });
    assert.deepEqual(
      found.map((item) => item.message),
      expected === null ? [] : [expected],
      target,
    );
    for (const item of found) assert.equal(item.line, 7, `${target}: the line of the link`);
  }
});
