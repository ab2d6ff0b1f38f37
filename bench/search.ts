/**
 * Search benchmark: `folio search` against `rg -l -i` on the same generated archive, each as a whole process,
 * for five queries (a rare word, a word in ~1% of articles, one in ~50%, a phrase and a prefix; see the planted
 * words in corpus.ts). The runs of folio and ripgrep alternate, so both meet the same load on a shared machine.
 *
 * folio runs with a warm index (built before timing) and `--drafts`, so that it reports the same files as
 * ripgrep: `--format paths` prints every match, ranked, as `rg -l` prints every matching file; the table
 * (best 20 with snippets) is timed too. Needs ripgrep (`apt-get install ripgrep`).
 *
 * Usage: node dist/bench/search.js [count…] [--runs N]   (default: 10000; corpora are generated when missing)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

// Node reads this certificate bundle at every start, which users do not pay: no command timed here has it.
delete process.env.NODE_EXTRA_CA_CERTS;

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag === -1 ? 10 : Number(args[runsFlag + 1]);
const counts = args
  .filter((_arg, index) => runsFlag === -1 || (index !== runsFlag && index !== runsFlag + 1))
  .map(Number)
  .filter((count) => count > 0);

/** What each benchmark looks for: the folio query and the ripgrep pattern that finds the same files. */
const QUERIES = [
  { label: 'rare word', folio: 'zyzzogeton', rg: 'zyzzogeton' },
  { label: 'word in ~1%', folio: 'quokka', rg: 'quokka' },
  { label: 'word in ~50%', folio: 'harbor', rg: 'harbor' },
  { label: 'phrase', folio: '"fundamental difference"', rg: 'fundamental difference' },
  { label: 'prefix', folio: 'democr*', rg: 'democr' },
];

interface Contender {
  label: string;
  command: string[];
  times: number[];
  lines: number;
}

function run(command: string[]): { ms: number; lines: number } {
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return { ms, lines: result.stdout.split('\n').filter(Boolean).length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

if (spawnSync('rg', ['--version']).status !== 0) {
  console.error('ripgrep is needed: apt-get install ripgrep');
  process.exit(2);
}
console.log(
  `node ${process.version}, ${(await import('node:os')).availableParallelism()} cores, ${runs} runs each, alternating\n`,
);

for (const count of counts.length > 0 ? counts : [10000]) {
  const corpus = join(projectRoot, 'bench', 'corpus', String(count));
  if (!existsSync(corpus)) writeCorpus(count, corpus);
  // Build (or refresh) the index before timing: these are warm searches.
  spawnSync(process.execPath, [folio, 'index', '-C', corpus], { stdio: 'inherit' });
  const baseline: Contender = { label: 'node -e 0', command: [process.execPath, '-e', '0'], times: [], lines: 0 };
  const rows: string[][] = [];
  for (const query of QUERIES) {
    const contenders: Contender[] = [
      {
        label: 'folio paths',
        command: [process.execPath, folio, 'search', '-C', corpus, '--drafts', '--format', 'paths', query.folio],
        times: [],
        lines: 0,
      },
      {
        label: 'folio table',
        command: [process.execPath, folio, 'search', '-C', corpus, '--drafts', query.folio],
        times: [],
        lines: 0,
      },
      { label: 'rg -l -i', command: ['rg', '-l', '-i', query.rg, corpus], times: [], lines: 0 },
    ];
    for (const contender of contenders) run(contender.command);
    for (let round = 0; round < runs; round++) {
      for (const contender of query === QUERIES[0] ? [baseline, ...contenders] : contenders) {
        const { ms, lines } = run(contender.command);
        contender.times.push(ms);
        contender.lines = lines;
      }
    }
    const [paths, table, rg] = contenders as [Contender, Contender, Contender];
    if (paths.lines !== rg.lines)
      console.error(`warning: ${query.label}: folio found ${paths.lines} files, rg ${rg.lines}`);
    rows.push([
      `${query.label} (${query.folio})`,
      String(rg.lines),
      `${median(rg.times).toFixed(0)} (${range(rg.times)})`,
      `${median(paths.times).toFixed(0)} (${range(paths.times)})`,
      `${(median(paths.times) / median(rg.times)).toFixed(2)}×`,
      `${median(table.times).toFixed(0)} (${range(table.times)})`,
      `${(median(table.times) / median(rg.times)).toFixed(2)}×`,
    ]);
  }
  const header = ['query', 'files', 'rg -l -i ms', 'folio paths ms', 'paths/rg', 'folio table ms', 'table/rg'];
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]!.length)));
  const table = [header, ...rows]
    .map((row) =>
      row
        .map((cell, index) => cell.padEnd(widths[index]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
  const summary = `${count} articles; node -e 0: ${median(baseline.times).toFixed(0)} ms (${range(baseline.times)}); medians and ranges in ms\n${table}`;
  console.log(`${summary}\n`);
  appendFileSync(join(projectRoot, 'bench', 'results.txt'), `# ${new Date().toISOString()} search\n${summary}\n\n`);
}
