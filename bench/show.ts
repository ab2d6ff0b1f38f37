/**
 * `folio show` benchmarks: the largest article of the 10,000-article corpus (with its warm index) and a 1 MB
 * article, each as a whole process, beside `node -e 0` and `lowdown -tterm` (a C renderer, when installed)
 * on the same Markdown. Also times the renderer alone, in this process, to separate rendering from start-up.
 *
 * Usage: node dist/bench/show.js   (corpora are generated into bench/corpus/ when missing)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/parse/article.js';
import { splitFrontmatter } from '../src/parse/frontmatter.js';
import { renderArticle } from '../src/render/terminal/render-article.js';
import { plainTheme } from '../src/render/theme.js';
import { chalkTheme } from '../src/cli/chalk-theme.js';
import { writeCorpus } from './corpus.js';
import { formatMeasurements, measure, type Measurement } from './measure.js';

// Node reads this certificate bundle at every start, which users do not pay: no command timed here has it.
delete process.env.NODE_EXTRA_CA_CERTS;

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const corpus = join(projectRoot, 'bench', 'corpus', '10000');
const large = join(projectRoot, 'bench', 'corpus', 'show-1mb');
const bodies = join(projectRoot, 'bench', 'corpus', 'show-bodies');

if (!existsSync(corpus)) writeCorpus(10000, corpus);
const articles = listMarkdown(corpus);
const largest = articles.reduce((best, file) => (statSync(file).size > statSync(best).size ? file : best));
const megabyte = writeMegabyteArticle(articles);

// Warm indexes: `show` refreshes first, and only the refresh of an unchanged archive belongs in the figures.
for (const root of [corpus, large]) spawnSync(process.execPath, [folio, 'index', '-C', root], { stdio: 'ignore' });

mkdirSync(bodies, { recursive: true });
const largestBody = join(bodies, 'largest.md');
const megabyteBody = join(bodies, 'one-megabyte.md');
writeFileSync(largestBody, splitFrontmatter(readFileSync(largest, 'utf8')).body);
writeFileSync(megabyteBody, splitFrontmatter(readFileSync(megabyte, 'utf8')).body);

const lowdown = spawnSync('lowdown', ['-v'], { stdio: 'ignore' }).error === undefined;
const show = (root: string, file: string, extra: string[] = []) => [
  process.execPath,
  folio,
  'show',
  '-C',
  root,
  relative(root, file),
  '--no-pager',
  '--width',
  '80',
  ...extra,
];

const results: Measurement[] = [];
const baseline = measure('node -e 0', [process.execPath, '-e', '0'], { runs: 15, warmup: 2 });
results.push(baseline);
const sizeOf = (file: string) => `${Math.round(statSync(file).size / 1024)} KB`;
results.push(measure(`show largest of 10,000 (${sizeOf(largest)})`, show(corpus, largest), { runs: 15, warmup: 2 }));
results.push(
  measure(`show largest, colour`, show(corpus, largest), { runs: 15, warmup: 2, env: { FORCE_COLOR: '3' } }),
);
results.push(measure(`show largest --raw`, show(corpus, largest, ['--raw']), { runs: 15, warmup: 2 }));
// By slug the index answers at once; by a prefix it rescans the archive first.
const slug = basename(largest, '.md');
results.push(
  measure(`show largest by slug`, [...show(corpus, largest).slice(0, 5), slug, '--no-pager'], { runs: 15, warmup: 2 }),
);
results.push(
  measure(`show largest by prefix (rescans)`, [...show(corpus, largest).slice(0, 5), slug.slice(0, 12), '--no-pager'], {
    runs: 7,
    warmup: 1,
  }),
);
results.push(measure(`show 1 MB article (${sizeOf(megabyte)})`, show(large, megabyte), { runs: 7, warmup: 1 }));
results.push(
  measure(`show 1 MB article, colour`, show(large, megabyte), { runs: 7, warmup: 1, env: { FORCE_COLOR: '3' } }),
);
if (lowdown) {
  results.push(
    measure('lowdown -tterm, largest', ['lowdown', '-tterm', '--term-width=80', largestBody], { runs: 15, warmup: 2 }),
  );
  results.push(
    measure('lowdown -tterm, 1 MB', ['lowdown', '-tterm', '--term-width=80', megabyteBody], { runs: 7, warmup: 1 }),
  );
}

const table = formatMeasurements(results, baseline);
console.log(
  `node ${process.version}, ${(await import('node:os')).availableParallelism()} cores${lowdown ? '' : ' (lowdown not installed: apt-get install lowdown)'}\n`,
);
console.log(table);

// The renderer alone, warm, in this process.
const inProcess: string[] = [];
for (const [label, file] of [
  ['largest', largest],
  ['1 MB', megabyte],
] as const) {
  const text = readFileSync(file, 'utf8');
  const { article } = parseArticle(relative(corpus, file), text).parsed;
  const body = splitFrontmatter(text).body;
  for (const [themeName, theme] of [
    ['plain', plainTheme],
    ['colour', chalkTheme(3)],
  ] as const) {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      await renderArticle(article, body, { width: 80, theme });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    inProcess.push(
      `render ${label}, ${themeName}: median ${times[2]!.toFixed(1)} ms (${times[0]!.toFixed(1)}–${times[4]!.toFixed(1)})`,
    );
  }
}
console.log(`\n${inProcess.join('\n')}`);
appendFileSync(
  join(projectRoot, 'bench', 'results.txt'),
  `# ${new Date().toISOString()} show\n${table}\n${inProcess.join('\n')}\n\n`,
);

function listMarkdown(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name));
}

/** A deterministic article of about 1 MB: the bodies of corpus articles, in path order, one after another. */
function writeMegabyteArticle(files: string[]): string {
  const file = join(large, 'one-megabyte.md');
  if (existsSync(file)) return file;
  mkdirSync(large, { recursive: true });
  const parts = ['---\ntitle: One megabyte of articles\ndate: 2024-01-01\n---\n'];
  let size = 0;
  for (const source of [...files].sort()) {
    if (size >= 1024 * 1024) break;
    const body = splitFrontmatter(readFileSync(source, 'utf8')).body;
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  writeFileSync(file, parts.join('\n\n'));
  return file;
}
