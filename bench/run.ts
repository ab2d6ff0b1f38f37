/**
 * The speed goals, measured side by side: on a generated archive (10,000 articles unless told), a cold index
 * against SQLite's FTS5 ingesting the same raw files on one thread (fts-floor.ts), warm `list --format paths`
 * and `list --limit 20` against `node -e 0`, and warm `search W --format paths` against `rg -l -i W` for a rare
 * word, one in ~1% and one in ~50% of the articles. Each comparison alternates its commands round by round, so
 * both meet the same load on a shared machine, and prints the ratio of the medians beside its goal, with the
 * range of the per-round ratios and the ratio of CPU times (steadier on a busy machine). The warm comparisons
 * run twice: as they are, and with `folio watch` running beside, which spares the commands their scan. Every command runs without NODE_EXTRA_CA_CERTS (Node reads that bundle at
 * each start, which users do not pay). Then `list` after one edit and `tags`, for the record.
 *
 * Usage: npm run bench [-- <count>…] [-- --runs N] [-- --warm]   (corpora are generated into bench/corpus/<count>
 * when missing; --warm skips the cold index and its floor)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';
import { formatMeasurements, measure, type Measurement } from './measure.js';

// Every child process inherits this environment.
delete process.env.NODE_EXTRA_CA_CERTS;

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const floor = join(projectRoot, 'dist', 'bench', 'fts-floor.js');
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag === -1 ? 10 : Number(args[runsFlag + 1]);
/** `--warm`: only the warm comparisons, on an index left by an earlier run (a cold index of 100,000 takes minutes). */
const warmOnly = args.includes('--warm');
const counts = args
  .filter((_arg, index) => runsFlag === -1 || (index !== runsFlag && index !== runsFlag + 1))
  .map(Number)
  .filter((count) => count > 0);
const hasRipgrep = spawnSync('rg', ['--version']).status === 0;

/** Wall time and CPU time (user + system) of one run of `command`, through GNU time when it is there. */
function timeOnce(command: string[]): { ms: number; cpuMs?: number; rssMb?: number } {
  const withTime = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M %U %S', ...command] : command;
  const started = performance.now();
  const result = spawnSync(withTime[0]!, withTime.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command.join(' ')}: exit ${result.status}: ${result.stderr}`);
  const usage = /(\d+) (\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stderr ?? '');
  return usage ? { ms, cpuMs: (Number(usage[2]) + Number(usage[3])) * 1000, rssMb: Number(usage[1]) / 1024 } : { ms };
}

interface Side {
  label: string;
  command: string[];
  setup?: () => void;
  times: number[];
  cpu: number[];
  rss: number[];
}

const side = (label: string, command: string[], setup?: () => void): Side => ({
  label,
  command,
  ...(setup ? { setup } : {}),
  times: [],
  cpu: [],
  rss: [],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const span = (values: number[], digits = 0) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

/** Runs `subject` and `peer` alternately, `rounds` times after one unmeasured run of each. */
function alternate(subject: Side, peer: Side, rounds: number, warmup = true): void {
  if (warmup)
    for (const one of [subject, peer]) {
      one.setup?.();
      timeOnce(one.command);
    }
  for (let round = 0; round < rounds; round++) {
    for (const one of round % 2 === 0 ? [subject, peer] : [peer, subject]) {
      one.setup?.();
      const { ms, cpuMs, rssMb } = timeOnce(one.command);
      one.times.push(ms);
      if (cpuMs !== undefined) one.cpu.push(cpuMs);
      if (rssMb !== undefined) one.rss.push(rssMb);
    }
  }
}

interface GoalRow {
  task: string;
  subject: Side;
  peer: Side;
  goal: number;
}

function formatGoals(rows: GoalRow[]): string {
  const ms = (one: Side) => {
    const cpu = one.cpu.length > 0 ? `, CPU ${median(one.cpu).toFixed(0)}` : '';
    const rss = one.rss.length > 0 ? `, ${Math.max(...one.rss).toFixed(0)} MB` : '';
    return `${median(one.times).toFixed(0)} (${span(one.times)}${cpu}${rss})`;
  };
  const cells = rows.map(({ task, subject, peer, goal }) => {
    const ratio = median(subject.times) / median(peer.times);
    const perRound = subject.times.map((time, index) => time / peer.times[index]!);
    const cpuRatio =
      subject.cpu.length > 0 && peer.cpu.length > 0 ? `${(median(subject.cpu) / median(peer.cpu)).toFixed(2)}×` : '';
    return [
      task,
      ms(subject),
      `${peer.label} ${ms(peer)}`,
      `${ratio.toFixed(2)}×`,
      span(perRound, 2),
      cpuRatio,
      `≤ ${goal}×`,
      ratio <= goal ? 'met' : 'missed',
    ];
  });
  const header = [
    'task',
    'folio ms (range, CPU, peak)',
    'peer ms (range, CPU, peak)',
    'ratio',
    'per round',
    'CPU ratio',
    'goal',
    '',
  ];
  const widths = header.map((cell, index) => Math.max(cell.length, ...cells.map((row) => row[index]!.length)));
  return [header, ...cells]
    .map((row) =>
      row
        .map((cell, index) => cell.padEnd(widths[index]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Starts `folio watch` on `corpus` and resolves once it watches. */
async function startWatch(corpus: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [folio, 'watch', '-C', corpus], { stdio: ['ignore', 'pipe', 'inherit'] });
  let said = '';
  for await (const chunk of child.stdout!) {
    said += String(chunk);
    if (said.includes('watching')) return child;
  }
  throw new Error(`folio watch did not start: ${said}`);
}

console.log(
  `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}, ${runs} rounds\n`,
);

for (const count of counts.length > 0 ? counts : [10000]) {
  const corpus = join(projectRoot, 'bench', 'corpus', String(count));
  if (!existsSync(corpus)) writeCorpus(count, corpus);
  const index = join(corpus, '.folio');
  const large = count >= 50000;
  const node0 = () => side('node -e 0', [process.execPath, '-e', '0']);
  const rows: GoalRow[] = [];

  if (warmOnly) {
    spawnSync(process.execPath, [folio, 'index', '-C', corpus], { stdio: 'inherit' });
  } else {
    // Cold index against the floor: fewer rounds, each takes seconds.
    const cold = side('cold index', [process.execPath, folio, 'index', '-C', corpus], () =>
      rmSync(index, { recursive: true, force: true }),
    );
    const fts = side('FTS5 floor', [process.execPath, floor, corpus]);
    alternate(cold, fts, large ? 2 : 3, false);
    rows.push({ task: `cold index ÷ FTS5 floor (${count})`, subject: cold, peer: fts, goal: 1.2 });
  }

  const warmRows = (withWatch: boolean) => {
    const note = withWatch ? ', folio watch running' : '';
    const paths = side('list --format paths', [process.execPath, folio, 'list', '-C', corpus, '--format', 'paths']);
    const listBase = node0();
    alternate(paths, listBase, runs);
    rows.push({
      task: `warm list --format paths ÷ node -e 0 (${count}${note})`,
      subject: paths,
      peer: listBase,
      goal: 3,
    });

    const limit = side('list --limit 20', [process.execPath, folio, 'list', '-C', corpus, '--limit', '20']);
    const limitBase = node0();
    alternate(limit, limitBase, runs);
    rows.push({ task: `warm list --limit 20 ÷ node -e 0 (${count}${note})`, subject: limit, peer: limitBase, goal: 3 });

    if (hasRipgrep) {
      for (const [label, word] of [
        ['rare', 'zyzzogeton'],
        ['1 %', 'quokka'],
        ['50 %', 'harbor'],
      ] as const) {
        const search = side(`search ${word}`, [
          process.execPath,
          folio,
          'search',
          '-C',
          corpus,
          '--drafts',
          '--format',
          'paths',
          word,
        ]);
        const rg = side('rg -l -i', ['rg', '-l', '-i', word, corpus]);
        alternate(search, rg, runs);
        rows.push({
          task: `warm search ${word} (${label}) --format paths ÷ rg -l -i (${count}${note})`,
          subject: search,
          peer: rg,
          goal: large ? 1 : 2,
        });
      }
    } else if (!withWatch) console.error('ripgrep is not installed (apt-get install ripgrep): search is not compared');
  };
  warmRows(false);
  // The same with `folio watch` running beside: the commands ask it instead of scanning the files.
  const watcher = await startWatch(corpus);
  try {
    warmRows(true);
  } finally {
    watcher.kill('SIGINT');
    await once(watcher, 'exit');
  }

  const goals = formatGoals(rows);
  console.log(`${count} articles, medians in ms\n${goals}\n`);

  // For the record: a refresh after one edit and `tags`, beside node -e 0.
  const baseline = measure('node -e 0', [process.execPath, '-e', '0'], { runs: 5, warmup: 1 });
  const others: Measurement[] = [baseline];
  const edited = join(
    corpus,
    '2010',
    readdirSync(join(corpus, '2010'))
      .filter((name) => name.endsWith('.md'))
      .sort()[0]!,
  );
  const original = readFileSync(edited, 'utf8');
  let edits = 0;
  others.push(
    measure(
      `list --limit 20 after one edit (${count})`,
      [process.execPath, folio, 'list', '-C', corpus, '--limit', '20'],
      {
        runs: 5,
        setup: () => writeFileSync(edited, `${original}\nEdit number ${++edits}.\n`),
      },
    ),
  );
  writeFileSync(edited, original);
  others.push(measure(`tags (${count})`, [process.execPath, folio, 'tags', '-C', corpus], { runs: 5, warmup: 1 }));
  const rest = formatMeasurements(others, baseline);
  console.log(`${rest}\n`);
  appendFileSync(
    join(projectRoot, 'bench', 'results.txt'),
    `# ${new Date().toISOString()} ${count} articles, load ${loadavg()[0]!.toFixed(1)}\n${goals}\n\n${rest}\n\n`,
  );
}
