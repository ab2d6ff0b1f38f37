/**
 * The soak run: the faults of test/e2e/faults.test.ts, many more times. Each round kills `index`, `import` or
 * `export html` with SIGKILL at a moment drawn from a seeded sequence, or runs an export or an import under a
 * file-size limit, or (as root, where a tmpfs can be mounted) on a small disk that fills up; then the next run
 * heals, and the round counts what was lost: articles missing from the index, imported articles half written or
 * missing, sites that are neither the old nor the new one, temporary files left behind.
 *
 * Usage: node dist/bench/soak.js [--rounds N] [--seed S] [--articles N]
 * Prints one line per round and a summary: runs, faults injected, articles lost (must be 0), broken outputs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import {
  delays,
  fingerprint,
  importLeftovers,
  leftoversBeside,
  markdownFiles,
  runFolioProcess,
  writeArticles,
  writePages,
} from '../test/helpers/faults.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const ROUNDS = option('rounds', 60);
const SEED = option('seed', 1);
const ARTICLES = option('articles', 300);

const root = mkdtempSync(join(tmpdir(), 'folio-soak-'));
const archive = join(root, 'archive');
const pages = join(root, 'pages');
const site = join(root, 'site');
const json = join(root, 'archive.json');
const folio = (...argv: string[]) => runFolioProcess(argv, { cwd: archive });

const totals = { runs: 0, faults: 0, articlesLost: 0, brokenOutputs: 0, leftovers: 0, unclean: 0 };
const problems: string[] = [];
const lose = (what: string) => problems.push(what);

async function main(): Promise<void> {
  writeArticles(archive, ARTICLES);
  writePages(pages, 60);
  const expectedArticles = () => markdownFiles(archive).filter((path) => !path.startsWith('imported/'));

  // Reference outputs, made without faults: a killed or failed export must leave one of these.
  await folio('index');
  const refSite = join(root, 'ref-site');
  await folio('export', 'html', '--out', refSite, '--no-feeds');
  const siteFingerprint = JSON.stringify([...fingerprint(refSite)]);
  await folio('export', 'html', '--out', site, '--no-feeds');
  await folio('export', 'json', '--out', json);
  const jsonText = readFileSync(json, 'utf8');
  const refArchive = join(root, 'ref-archive');
  execFileSync('cp', ['-a', archive, refArchive]);
  await runFolioProcess(['import', pages, '--into', 'imported'], { cwd: refArchive });
  const imported = new Map(
    markdownFiles(join(refArchive, 'imported')).map((name) => [
      name,
      readFileSync(join(refArchive, 'imported', name), 'utf8'),
    ]),
  );

  const tmpfs = join(root, 'small-disk');
  mkdirSync(tmpfs);
  let canMount = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', tmpfs], { stdio: 'ignore' });
    canMount = true;
  } catch {
    // Not root, or no mounts here: the file-size limit stands in for a full disk.
  }

  const next = delays(SEED, 100, 3000);
  const kinds = [
    'index',
    'import',
    'export',
    'limit-export',
    'limit-json',
    canMount ? 'full-disk' : 'limit-import',
  ] as const;
  for (let round = 0; round < ROUNDS; round++) {
    const kind = kinds[round % kinds.length]!;
    const delay = next();
    let outcome = '';
    totals.faults++;
    if (kind === 'index') {
      const run = await runFolioProcess(['index', ...(round % 2 === 0 ? ['--rebuild'] : [])], {
        cwd: archive,
        killAfterMs: delay,
      });
      outcome = run.signal ? `killed after ${delay} ms` : `finished before ${delay} ms`;
    } else if (kind === 'import') {
      rmSync(join(archive, 'imported'), { recursive: true, force: true });
      await folio('index');
      const run = await runFolioProcess(['import', pages, '--into', 'imported'], { cwd: archive, killAfterMs: delay });
      outcome = run.signal ? `killed after ${delay} ms` : `finished before ${delay} ms`;
      const target = join(archive, 'imported');
      if (existsSync(target)) {
        for (const name of markdownFiles(target))
          if (readFileSync(join(target, name), 'utf8') !== imported.get(name))
            lose(`round ${round}: imported/${name} half written`);
      }
      totals.runs++;
      const healed = await runFolioProcess(['import', pages, '--into', 'imported'], { cwd: archive });
      if (healed.code !== 0)
        lose(`round ${round}: the import after the kill exited ${healed.code}: ${healed.stderr.trim()}`);
      const names = markdownFiles(target);
      for (const [name, text] of imported) {
        if (!names.includes(name)) {
          totals.articlesLost++;
          lose(`round ${round}: imported/${name} missing`);
        } else if (readFileSync(join(target, name), 'utf8') !== text) {
          totals.articlesLost++;
          lose(`round ${round}: imported/${name} differs`);
        }
      }
      totals.leftovers += importLeftovers(target).length;
    } else if (kind === 'export') {
      const run = await runFolioProcess(['export', 'html', '--out', site, '--no-feeds'], {
        cwd: archive,
        killAfterMs: delay,
      });
      outcome = run.signal ? `killed after ${delay} ms` : `finished before ${delay} ms`;
      if (existsSync(site) && JSON.stringify([...fingerprint(site)]) !== siteFingerprint) {
        totals.brokenOutputs++;
        lose(`round ${round}: the site is not whole`);
      }
    } else if (kind === 'limit-export' || kind === 'limit-json' || kind === 'limit-import') {
      writeFileSync(join(archive, 'big.md'), `# Big\n\n${'A line of text that fills the page. '.repeat(9000)}\n`);
      await folio('index');
      const argv =
        kind === 'limit-export'
          ? ['export', 'html', '--out', site, '--no-feeds']
          : kind === 'limit-json'
            ? ['export', 'json', '--out', json]
            : ['import', pages, '--into', 'limited'];
      const run = await runFolioProcess(argv, { cwd: archive, shellPrefix: 'ulimit -f 200;' });
      outcome = `exit ${run.code}: ${run.stderr.trim().split('\n').at(-1)}`;
      if (run.code !== 2 || !/cannot write/.test(run.stderr)) {
        totals.unclean++;
        lose(`round ${round}: ${kind}: ${outcome}`);
      }
      rmSync(join(archive, 'big.md'));
      rmSync(join(archive, 'limited'), { recursive: true, force: true });
      await folio('index');
      if (kind === 'limit-export' && JSON.stringify([...fingerprint(site)]) !== siteFingerprint) {
        totals.brokenOutputs++;
        lose(`round ${round}: the site changed`);
      }
      if (kind === 'limit-json' && readFileSync(json, 'utf8') !== jsonText) {
        totals.brokenOutputs++;
        lose(`round ${round}: the JSON export changed`);
      }
    } else {
      // A disk of 256 KB: the site does not fit. The previous site on it (a small one) must survive.
      const small = join(tmpfs, 'site');
      const run = await runFolioProcess(
        ['export', 'html', '--out', small, '--no-feeds', '--tag', 'nothing-has-this-tag'],
        { cwd: archive },
      );
      const full = await runFolioProcess(['export', 'html', '--out', small, '--no-feeds'], { cwd: archive });
      outcome = `exit ${full.code}: ${full.stderr.trim().split('\n').at(-1)}`;
      if (run.code !== 0 || full.code !== 2 || !/no space left/.test(full.stderr)) {
        totals.unclean++;
        lose(`round ${round}: full disk: ${outcome}`);
      }
      if (!existsSync(join(small, 'index.html'))) {
        totals.brokenOutputs++;
        lose(`round ${round}: the small site is gone`);
      }
      totals.leftovers += leftoversBeside(small).length;
      rmSync(small, { recursive: true, force: true });
    }
    totals.runs++;
    // Back to the archive the reference site was made from.
    rmSync(join(archive, 'imported'), { recursive: true, force: true });
    // The next run heals: the index opens and lists every article; the export leaves nothing behind.
    const healed = await runFolioProcess(['export', 'html', '--out', site, '--no-feeds'], { cwd: archive });
    totals.runs++;
    if (healed.code !== 0)
      lose(`round ${round}: the export after the fault exited ${healed.code}: ${healed.stderr.trim()}`);
    if (JSON.stringify([...fingerprint(site)]) !== siteFingerprint) {
      totals.brokenOutputs++;
      lose(`round ${round}: the site after healing differs`);
    }
    totals.leftovers += leftoversBeside(site).length + leftoversBeside(json).length;
    const listed = await runFolioProcess(['list', '--format', 'paths', '--drafts'], { cwd: archive });
    totals.runs++;
    const paths = new Set(listed.stdout.split('\n').filter(Boolean));
    const missing = expectedArticles().filter((path) => !paths.has(path));
    totals.articlesLost += missing.length;
    if (missing.length > 0) lose(`round ${round}: ${missing.length} articles missing from the index`);
    console.log(`round ${round + 1}/${ROUNDS} ${kind}: ${outcome}`);
  }
  if (canMount) execFileSync('umount', [tmpfs]);
  console.log(
    `\nruns: ${totals.runs}, faults injected: ${totals.faults}, articles lost: ${totals.articlesLost}, ` +
      `broken outputs: ${totals.brokenOutputs}, unclean failures: ${totals.unclean}, leftovers: ${totals.leftovers}`,
  );
  for (const found of problems) console.log(`  ${found}`);
}

try {
  await main();
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exitCode =
  totals.articlesLost + totals.brokenOutputs + totals.unclean + totals.leftovers + problems.length === 0 ? 0 : 1;
