/**
 * Export benchmark: `folio export html` and `folio export json` of a generated archive, beside Hugo building a
 * minimal site over the same folder (when `hugo` is installed), in alternating rounds so that both see the same
 * machine. `export html` runs three ways each round: without the render cache (as a first export), again with
 * nothing changed (everything from the cache), and after one article was edited (one article rendered). Reports wall time, CPU time (user + system) and peak memory per run (GNU time), and the bytes the
 * exported site's search makes a browser load for typical queries.
 *
 * The index is made before the rounds, so every export starts from a warm index. The edited article is the
 * newest one that is not a draft (an edited draft changes nothing in the site).
 *
 * Usage: node dist/bench/export.js [count=10000 | corpus folder] [rounds=3]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseQuery } from '../src/query/parse.js';
import { findCandidates, matchesArticle } from '../src/export/search/evaluate.js';
import { siteFiles } from '../src/export/search/site-files.js';
import { writeCorpus } from './corpus.js';

// Node reads this certificate bundle at every start, which users do not pay: no command timed here has it.
delete process.env.NODE_EXTRA_CA_CERTS;

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const given = process.argv[2] ?? '10000';
const count = /^\d+$/.test(given) ? Number(given) : 0;
const rounds = Number(process.argv[3] ?? 3);
const source = count > 0 ? join(projectRoot, 'bench', 'corpus', String(count)) : resolve(given);
const work = join(tmpdir(), `folio-export-bench-${count || 'corpus'}`);
// Rounds edit an article: they work on a copy (without its index), so the corpus stays as it was for others.
const corpus = join(work, 'archive');

interface Run {
  wall: number;
  cpu: number;
  peakMb: number;
}

/** Runs a command under GNU time and returns its wall time, CPU time and peak memory. */
function timed(command: string[], cwd = projectRoot): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  const [wall, user, system, kb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { wall, cpu: user + system, peakMb: kb / 1024 };
}

function hugoSite(): string | null {
  if (spawnSync('hugo', ['version']).status !== 0) return null;
  const site = join(work, 'hugo');
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    join(site, 'hugo.toml'),
    `baseURL = "https://example.org/"\ntitle = "Bench"\ncontentDir = ${JSON.stringify(corpus)}\n` +
      '[taxonomies]\ntag = "tags"\nauthor = "author"\n',
  );
  // Minimal templates doing what folio's pages do: article with byline, tags and neighbours; paginated lists.
  writeFileSync(
    join(site, 'layouts', '_default', 'single.html'),
    '<!doctype html><html><head><title>{{ .Title }}</title></head><body>' +
      '<h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} · {{ .ReadingTime }} min</p>{{ range .Params.tags }}<a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}' +
      '{{ .Content }}{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n',
  );
  writeFileSync(
    join(site, 'layouts', '_default', 'list.html'),
    '<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>' +
      '{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Summary }}</li>{{ end }}</ul></body></html>\n',
  );
  return site;
}

function summary(label: string, runs: Run[]): string {
  const range = (values: number[], digits: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return `${median.toFixed(digits)} (${sorted[0]!.toFixed(digits)}–${sorted.at(-1)!.toFixed(digits)})`;
  };
  return `${label.padEnd(34)} wall ${range(
    runs.map((run) => run.wall),
    1,
  ).padEnd(18)} s   cpu ${range(
    runs.map((run) => run.cpu),
    1,
  ).padEnd(18)} s   peak ${range(
    runs.map((run) => run.peakMb),
    0,
  )} MB`;
}

/** Bytes a browser loads to run `query` on the search page and show its first ten results. */
async function bytesForQuery(site: string, query: string): Promise<{ bytes: number; files: number; results: number }> {
  let bytes = 0;
  let files = 0;
  for (const page of ['search/index.html', 'assets/search.js', 'assets/style.css']) {
    bytes += statSync(join(site, page)).size;
    files++;
  }
  const source = siteFiles(site);
  const node = parseQuery(query);
  const { ranked, exact, forms } = await findCandidates(node, source);
  let shown = 0;
  for (const index of ranked) {
    if (shown === 10) break;
    const doc = await source.doc(index);
    if (exact || matchesArticle(node, doc, forms)) shown++;
  }
  return { bytes: bytes + source.bytes, files: files + source.loaded.length, results: exact ? ranked.length : shown };
}

if (!existsSync(source)) writeCorpus(count, source);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(source, corpus, { recursive: true, filter: (path) => !path.endsWith('.folio') });
spawnSync(process.execPath, [folio, 'index', '-C', corpus], { stdio: 'ignore' });
const hugo = hugoSite();
const results: Record<string, Run[]> = {
  'folio export html': [],
  'folio export html, nothing changed': [],
  'folio export html, one edit': [],
  'folio export json --out': [],
  'folio export json --jsonl > file': [],
  'hugo (minimal site)': [],
};
const clearRenderCache = () => {
  for (const name of readdirSync(join(corpus, '.folio')))
    if (name.startsWith('render-cache.db')) rmSync(join(corpus, '.folio', name));
};
// The article edited between the second and third export of a round: the newest that is not a draft.
const newest = spawnSync(process.execPath, [folio, 'list', '-C', corpus, '--format', 'paths', '--limit', '1'], {
  encoding: 'utf8',
}).stdout.trim();
if (newest === '') throw new Error(`${corpus}: no article to edit`);
const edited = resolve(corpus, newest);
// Every run writes a fresh folder, and all are removed at the end: on an ext4 file system without a journal,
// creating files within minutes of deleting thousands makes each new inode cost a scan past the freed ones,
// which added seconds of system time to whichever run followed a deletion.
let site = '';
for (let round = 0; round < rounds; round++) {
  site = join(work, `site-${round}`);
  const exportHtml = () =>
    timed([
      process.execPath,
      folio,
      'export',
      'html',
      '-C',
      corpus,
      '--out',
      site,
      '--base-url',
      'https://example.org/',
    ]);
  clearRenderCache();
  results['folio export html']!.push(exportHtml());
  results['folio export html, nothing changed']!.push(exportHtml());
  appendFileSync(edited, `\nEdited in round ${round}.\n`);
  results['folio export html, one edit']!.push(exportHtml());
  clearRenderCache();
  results['folio export json --out']!.push(
    timed([process.execPath, folio, 'export', 'json', '-C', corpus, '--out', join(work, 'archive.json')]),
  );
  results['folio export json --jsonl > file']!.push(
    timed([
      'sh',
      '-c',
      `"${process.execPath}" "${folio}" export json --jsonl -C "${corpus}" > "${join(work, 'archive.jsonl')}"`,
    ]),
  );
  if (hugo)
    results['hugo (minimal site)']!.push(timed(['hugo', '--quiet', '-d', join(work, `hugo-out-${round}`)], hugo));
}

const lines = [
  `${count || source}: ${rounds} rounds, node ${process.version}, load average ${(await import('node:os'))
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
];
for (const [label, runs] of Object.entries(results)) if (runs.length > 0) lines.push(summary(label, runs));
lines.push(
  '',
  'bytes loaded by the search page for one query (page, script, stylesheet, index shards, first 10 results):',
);
for (const query of [
  'zyzzogeton',
  'quokka',
  'harbor',
  '"fundamental difference"',
  'democr*',
  'harbor quokka',
  '東京',
  'title:harbor',
]) {
  const { bytes, files, results: found } = await bytesForQuery(site, query);
  lines.push(
    `  ${query.padEnd(26)} ${(bytes / 1024).toFixed(0).padStart(5)} KB in ${String(files).padStart(2)} files (${found} results)`,
  );
}
const report = lines.join('\n');
console.log(report);
appendFileSync(join(projectRoot, 'bench', 'results.txt'), `# ${new Date().toISOString()} export\n${report}\n\n`);
rmSync(work, { recursive: true, force: true });
