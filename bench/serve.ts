/**
 * Serve benchmark: how long after an article is saved an open page of `folio serve` has reloaded with the new
 * text, on a generated archive, beside a full `folio export html` of the same archive (what a preview without an
 * export cache would cost at least). Each round appends a sentence to one article, waits for the reload event
 * on the page's event stream, then fetches the article's page and checks the sentence is there: the time is
 * save → page fetched with the change.
 *
 * Usage: node dist/bench/serve.js [count=10000] [rounds=5]
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const count = Number(process.argv[2] ?? 10000);
const rounds = Number(process.argv[3] ?? 5);
const corpus = join(projectRoot, 'bench', 'corpus', String(count));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function get(port: number, path: string): Promise<string> {
  return new Promise((resolveBody, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolveBody(body));
    }).on('error', reject).end();
  });
}

function nextReload(port: number): Promise<{ wait: Promise<void>; close: () => void }> {
  return new Promise((opened) => {
    let done!: () => void;
    const wait = new Promise<void>((resolveWait) => {
      done = resolveWait;
    });
    const req = request({ host: '127.0.0.1', port, path: '/__folio/events' }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (chunk.includes('event: reload')) done();
      });
      opened({ wait, close: () => req.destroy() });
    });
    req.on('error', () => {});
    req.end();
  });
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) writeCorpus(count, corpus);
  // Rounds edit an article: they work on a copy, so the corpus stays as generated for other benchmarks.
  const work = join(tmpdir(), `folio-serve-bench-${count}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(corpus, work, { recursive: true });
  try {
    await run(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function run(corpus: string): Promise<void> {
  const index = spawnSync(process.execPath, [folio, 'index'], { cwd: corpus, env, encoding: 'utf8' });
  if (index.status !== 0) throw new Error(index.stderr);

  const out = mkdtempSync(join(tmpdir(), 'folio-serve-bench-'));
  const exportTimes: number[] = [];
  for (let round = 0; round < Math.min(rounds, 3); round++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [folio, 'export', 'html', '--out', join(out, `site-${round}`)], { cwd: corpus, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    exportTimes.push(performance.now() - started);
  }
  rmSync(out, { recursive: true, force: true });

  const started = performance.now();
  const server = spawn(process.execPath, [folio, 'serve', '--port', '0'], { cwd: corpus, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolvePort, reject) => {
    let text = '';
    server.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /127\.0\.0\.1:(\d+)/.exec(text);
      if (match) resolvePort(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const startup = performance.now() - started;

  const article = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort()[0]!;
  const slug = article.replace(/\.md$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const times: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const reload = await nextReload(port);
      const marker = `benchmarkmarker${round}x${Date.now()}`;
      const saved = performance.now();
      appendFileSync(join(corpus, article), `\n${marker}\n`);
      await reload.wait;
      const body = await get(port, `/${slug}/`);
      if (!body.includes(marker)) throw new Error(`the page of ${article} does not show the change`);
      times.push(performance.now() - saved);
      reload.close();
    }
  } finally {
    server.kill('SIGINT');
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${count} articles, ${rounds} rounds`);
  console.log(`folio serve start-up (first export):     ${seconds(startup)}`);
  console.log(`save → reloaded page, median (range):    ${seconds(median(times))} (${seconds(Math.min(...times))}–${seconds(Math.max(...times))})`);
  console.log(`full folio export html, median (range):  ${seconds(median(exportTimes))} (${seconds(Math.min(...exportTimes))}–${seconds(Math.max(...exportTimes))})`);
  console.log(`ratio save→reload / full export:         ${(median(times) / median(exportTimes)).toFixed(2)}`);
}

await main();
