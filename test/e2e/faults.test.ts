/**
 * Faults, not bad input: the machine fails under folio and nothing is lost. Each test injects the fault into the
 * built CLI running as a child process — SIGKILL at moments drawn from a seeded sequence, a file-size limit,
 * two commands at once, files vanishing mid-export — then checks that the index opens and is complete after the
 * next refresh, that no half-written article or site took the place of a whole one, and that no temporary
 * files or folders are left once the next run is done. bench/soak.ts runs the same faults many more times.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeFolder, tempFolder } from '../helpers/cli.js';
import {
  delays,
  fingerprint,
  importLeftovers,
  leftoversBeside,
  markdownFiles,
  runFolioProcess,
  writeArticles,
  writePages,
  type Run,
} from '../helpers/faults.js';

const ARTICLES = 80;
const SEED = 20_241_203;

const folio = (cwd: string, ...args: string[]) => runFolioProcess(args, { cwd });

/** Asserts a run ended by itself, with `code`, and that whatever it said on stderr is folio's own lines. */
function assertClean(run: Run, code: number, label: string): void {
  assert.equal(run.signal, null, `${label}: ended by ${run.signal}`);
  assert.equal(run.code, code, `${label}: exit ${run.code}\n${run.stderr}`);
  for (const line of run.stderr.split('\n').filter(Boolean)) assert.match(line, /^folio: /, `${label}: ${line}`);
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:|SQLITE|call stack/, label);
}

/** The index opens, and after a refresh lists exactly the archive's articles. */
async function assertIndexComplete(root: string, label: string): Promise<void> {
  const refreshed = await folio(root, 'index');
  assertClean(refreshed, 0, `${label}: index`);
  const listed = await folio(root, 'list', '--format', 'paths', '--drafts');
  assertClean(listed, 0, `${label}: list`);
  assert.deepEqual(
    listed.stdout.split('\n').filter(Boolean).sort(),
    markdownFiles(root),
    `${label}: every article listed`,
  );
  const stray = readdirSync(join(root, '.folio')).filter(
    (name) => !/^(?:index|render-cache)\.db(?:-wal|-shm|-journal)?$/.test(name),
  );
  assert.deepEqual(stray, [], `${label}: nothing but the index in .folio`);
}

test('kill -9 during index, at moments drawn from a seed: the next refresh opens the index and it is complete', {
  timeout: 180_000,
}, async () => {
  const root = tempFolder('fault-index');
  try {
    writeArticles(root, ARTICLES);
    const next = delays(SEED, 100, 1500);
    for (let run = 0; run < 4; run++) {
      // Half the runs rebuild from nothing; the others refresh after files changed, were added or removed.
      if (run % 2 === 1) {
        writeArticles(root, 10, ARTICLES + run * 10);
        rmSync(join(root, markdownFiles(root)[run]!));
      }
      const args = run % 2 === 0 ? ['index', '--rebuild'] : ['index'];
      await runFolioProcess(args, { cwd: root, killAfterMs: next() });
      await assertIndexComplete(root, `run ${run}`);
    }
  } finally {
    removeFolder(root);
  }
});

test('kill -9 during export html: the folder holds a whole site, the old or the new, and the next export tidies up', {
  timeout: 240_000,
}, async () => {
  const root = tempFolder('fault-export');
  try {
    const archive = join(root, 'archive');
    writeArticles(archive, ARTICLES);
    // Two states of the archive, each with its site exported cleanly once: a killed export must leave one of them.
    const sites = [join(root, 'ref-a'), join(root, 'ref-b')];
    const extra = join(archive, 'extra.md');
    assertClean(await folio(archive, 'export', 'html', '--out', sites[0]!), 0, 'reference a');
    writeFileSync(extra, '---\ntitle: The extra article\ndate: 2030-01-01\n---\nIt comes and goes.\n');
    assertClean(await folio(archive, 'export', 'html', '--out', sites[1]!), 0, 'reference b');
    const references = sites.map((site) => JSON.stringify([...fingerprint(site)]));

    const out = join(root, 'site');
    assertClean(await folio(archive, 'export', 'html', '--out', out), 0, 'first export');
    const next = delays(SEED + 1, 150, 2500);
    for (let run = 0; run < 4; run++) {
      if (run % 2 === 0) rmSync(extra, { force: true });
      else writeFileSync(extra, '---\ntitle: The extra article\ndate: 2030-01-01\n---\nIt comes and goes.\n');
      await runFolioProcess(['export', 'html', '--out', out], { cwd: archive, killAfterMs: next() });
      if (existsSync(out)) {
        assert.ok(
          references.includes(JSON.stringify([...fingerprint(out)])),
          `run ${run}: the folder holds a whole site`,
        );
      } else {
        // Killed between moving the old site aside and the new one in: the old one waits beside it, whole.
        assert.ok(
          leftoversBeside(out).some((name) => name.includes('.folio-old-')),
          `run ${run}: the previous site is kept`,
        );
      }
    }
    const last = await folio(archive, 'export', 'html', '--out', out);
    assertClean(last, 0, 'export after the kills');
    assert.equal(JSON.stringify([...fingerprint(out)]), references[existsSync(extra) ? 1 : 0]);
    assert.deepEqual(leftoversBeside(out), [], 'no staging folders left');
    await assertIndexComplete(archive, 'after the exports');
  } finally {
    removeFolder(root);
  }
});

test('kill -9 during import: no half-written article, and the next import finishes the job and tidies up', {
  timeout: 240_000,
}, async () => {
  const root = tempFolder('fault-import');
  try {
    const pages = join(root, 'pages');
    writePages(pages, 40);
    const reference = join(root, 'reference');
    writeArticles(reference, 10);
    const archive = join(root, 'archive');
    cpSync(reference, archive, { recursive: true });
    assertClean(await folio(reference, 'import', pages, '--into', 'imported'), 0, 'reference import');
    const expected = new Map(
      markdownFiles(join(reference, 'imported')).map((name) => [
        name,
        readFileSync(join(reference, 'imported', name), 'utf8'),
      ]),
    );
    assert.equal(expected.size, 40);

    const next = delays(SEED + 2, 150, 2500);
    const target = join(archive, 'imported');
    for (let run = 0; run < 3; run++) {
      await runFolioProcess(['import', pages, '--into', 'imported'], { cwd: archive, killAfterMs: next() });
      if (!existsSync(target)) continue;
      for (const name of markdownFiles(target)) {
        assert.equal(readFileSync(join(target, name), 'utf8'), expected.get(name), `run ${run}: ${name} is whole`);
      }
    }
    const last = await folio(archive, 'import', pages, '--into', 'imported');
    assertClean(last, 0, 'import after the kills');
    assert.deepEqual(markdownFiles(target), [...expected.keys()]);
    for (const [name, text] of expected) assert.equal(readFileSync(join(target, name), 'utf8'), text, name);
    assert.deepEqual(importLeftovers(target), [], 'no temporary files left');
    await assertIndexComplete(archive, 'after the imports');
  } finally {
    removeFolder(root);
  }
});

test('a file-size limit during export html, export json --out and import: one line, exit 2, the previous output untouched', {
  timeout: 300_000,
}, async () => {
  const root = tempFolder('fault-limit');
  try {
    const archive = join(root, 'archive');
    writeArticles(archive, ARTICLES);
    const site = join(root, 'site');
    const json = join(root, 'archive.json');
    assertClean(await folio(archive, 'export', 'html', '--out', site, '--no-feeds'), 0, 'first export');
    assertClean(await folio(archive, 'export', 'json', '--out', json), 0, 'first json');
    const before = { site: JSON.stringify([...fingerprint(site)]), json: readFileSync(json, 'utf8') };
    // 200 blocks of 1 KB: more than the index needs to refresh, less than the big article's page or the JSON export.
    const limited = (...args: string[]) => runFolioProcess(args, { cwd: archive, shellPrefix: 'ulimit -f 200;' });

    writeFileSync(join(archive, 'big.md'), `# Big\n\n${'A line of text that fills the page. '.repeat(9000)}\n`);
    assertClean(await folio(archive, 'index'), 0, 'index the big article');
    const html = await limited('export', 'html', '--out', site, '--no-feeds');
    assertClean(html, 2, 'export html');
    assert.match(html.stderr, /^folio: [^\n]*cannot write \(file larger than the file-size limit\)\n$/);
    assert.equal(JSON.stringify([...fingerprint(site)]), before.site, 'the previous site is untouched');
    assert.deepEqual(leftoversBeside(site), []);

    const data = await limited('export', 'json', '--out', json);
    assertClean(data, 2, 'export json');
    assert.match(data.stderr, /^folio: [^\n]*archive\.json: cannot write \(file larger than the file-size limit\)\n$/);
    assert.equal(readFileSync(json, 'utf8'), before.json, 'the previous JSON export is untouched');
    assert.deepEqual(leftoversBeside(json), []);

    const pages = join(root, 'pages');
    writePages(pages, 3);
    writeFileSync(join(pages, 'page-001.txt'), `Long page\n\n${'Words upon words in a saved page. '.repeat(9000)}\n`);
    const imported = await limited('import', pages, '--into', 'imported');
    assertClean(imported, 2, 'import');
    assert.match(
      imported.stderr,
      /folio: cannot write imported\/long-page\.md \(file larger than the file-size limit\); the pages before it were imported\n$/,
    );
    assert.deepEqual(importLeftovers(join(archive, 'imported')), []);
    for (const name of markdownFiles(join(archive, 'imported')))
      assert.match(readFileSync(join(archive, 'imported', name), 'utf8'), /\n$/, name);
    assert.ok(!markdownFiles(join(archive, 'imported')).includes('long-page.md'), 'no half-written article');
  } finally {
    removeFolder(root);
  }
});

test('two exports into one folder at once, in either order: both succeed and the folder holds one whole site', {
  timeout: 180_000,
}, async () => {
  const root = tempFolder('fault-twice');
  try {
    const archive = join(root, 'archive');
    writeArticles(archive, ARTICLES);
    const reference = join(root, 'reference');
    assertClean(await folio(archive, 'export', 'html', '--out', reference), 0, 'reference');
    const expected = JSON.stringify([...fingerprint(reference)]);
    const out = join(root, 'site');
    for (let round = 0; round < 2; round++) {
      // Three at once, started in a different order each round, some with a head start.
      const runs = [0, 1, 2].map(
        (index) =>
          new Promise<Run>((resolve) => {
            setTimeout(
              () => void folio(archive, 'export', 'html', '--out', out).then(resolve),
              ((index + round) % 3) * 40,
            );
          }),
      );
      for (const [index, run] of (await Promise.all(runs)).entries())
        assertClean(run, 0, `round ${round}, export ${index}`);
      assert.equal(JSON.stringify([...fingerprint(out)]), expected, `round ${round}`);
      assert.deepEqual(leftoversBeside(out), [], `round ${round}: no staging folders left`);
    }
  } finally {
    removeFolder(root);
  }
});

test('import while index --rebuild runs: both succeed, and the index lists every article', {
  timeout: 120_000,
}, async () => {
  const root = tempFolder('fault-rebuild');
  try {
    const archive = join(root, 'archive');
    writeArticles(archive, ARTICLES);
    const pages = join(root, 'pages');
    writePages(pages, 20);
    assertClean(await folio(archive, 'index'), 0, 'first index');
    for (const [first, second] of [
      [
        ['index', '--rebuild'],
        ['import', pages, '--into', 'a'],
      ],
      [
        ['import', pages, '--into', 'b'],
        ['index', '--rebuild'],
      ],
    ] as const) {
      const runs = await Promise.all([folio(archive, ...first), folio(archive, ...second)]);
      for (const run of runs) assertClean(run, 0, `${first[0]} with ${second[0]}`);
    }
    await assertIndexComplete(archive, 'after both');
    assert.equal(markdownFiles(archive).length, ARTICLES + 20);
  } finally {
    removeFolder(root);
  }
});

test('articles deleted and renamed while an export reads them: no crash, and the site is whole', {
  timeout: 120_000,
}, async () => {
  const root = tempFolder('fault-vanish');
  try {
    const archive = join(root, 'archive');
    const paths = writeArticles(archive, ARTICLES);
    const out = join(root, 'site');
    assertClean(await folio(archive, 'index'), 0, 'index');
    const next = delays(SEED + 3, 0, 1);
    // While the export runs, files are renamed back and forth and some deleted, as fast as the loop goes.
    let moving = true;
    const mover = (async () => {
      let step = 0;
      while (moving) {
        const path = join(archive, paths[Math.floor(next() * paths.length)]!);
        try {
          if (step % 3 === 2) rmSync(path);
          else renameSync(path, `${path}.moved.md`);
        } catch {
          // Already moved or deleted.
        }
        step++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const run = await folio(archive, 'export', 'html', '--out', out);
    moving = false;
    await mover;
    assertClean(run, 0, 'export');
    // Every page the home page links to is there.
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...home.matchAll(/href="([^"#?]+\/index\.html)"/g)]
      .map((match) => match[1]!)
      .filter((href) => !href.startsWith('http'));
    assert.ok(links.length > 0);
    for (const href of links) assert.ok(existsSync(join(out, decodeURIComponent(href))), href);
    assert.ok(existsSync(join(out, '.folio-site')));
    await assertIndexComplete(archive, 'after the export');
  } finally {
    removeFolder(root);
  }
});
