/**
 * Serve benchmark: how long after an article is saved an open page of `folio serve` has reloaded with the new
 * text, on a generated archive, beside a full `folio export html` of the same archive (what a preview without an
 * export cache would cost at least) and a re-export after one edit into the same folder. Each round appends a
 * sentence to the newest article while Chromium (playwright-core, /usr/bin/chromium) has its page open, and
 * times save → the page reloaded by itself and showing the sentence. Without Chromium it waits for the reload
 * event on the page's event stream and fetches the page instead. serve's stderr is kept and shown if it fails.
 *
 * Usage: node dist/bench/serve.js [count=10000 | corpus folder] [rounds=5]
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const given = process.argv[2] ?? '10000';
const count = /^\d+$/.test(given) ? Number(given) : 0;
const rounds = Number(process.argv[3] ?? 5);
const corpus = count > 0 ? join(projectRoot, 'bench', 'corpus', String(count)) : resolve(given);
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
    })
      .on('error', reject)
      .end();
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
  const work = join(tmpdir(), `folio-serve-bench-${count || 'corpus'}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(corpus, work, { recursive: true, filter: (source) => !source.endsWith('.folio') });
  try {
    await run(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Chromium through playwright-core, when both are there. */
/** The page's document, as the browser sees it when the check runs there. */
declare const document: { body: { innerText: string } };

interface Page {
  goto(url: string): Promise<unknown>;
  waitForFunction<T>(
    fn: (arg: T) => boolean,
    arg: T,
    options?: { timeout: number; polling?: number | 'raf' },
  ): Promise<unknown>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
async function openBrowser(profile: string): Promise<Browser | undefined> {
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) return undefined;
  try {
    const playwright = createRequire(import.meta.url)('playwright-core') as {
      chromium: { launchPersistentContext(dir: string, options: object): Promise<Browser> };
    };
    return await playwright.chromium.launchPersistentContext(profile, {
      executablePath: chromium,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  } catch {
    return undefined;
  }
}

async function run(corpus: string): Promise<void> {
  const index = spawnSync(process.execPath, [folio, 'index'], { cwd: corpus, env, encoding: 'utf8' });
  if (index.status !== 0) throw new Error(index.stderr);
  // The newest article that is not a draft: its page is the one the rounds edit and watch.
  const listed = spawnSync(process.execPath, [folio, 'list', '--format', 'json', '--limit', '1'], {
    cwd: corpus,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) throw new Error(listed.stderr);
  const [newest] = JSON.parse(listed.stdout) as { path: string; slug: string }[];
  if (!newest) throw new Error('the archive has no article');

  const out = mkdtempSync(join(tmpdir(), 'folio-serve-bench-'));
  const exportTimes: number[] = [];
  const reexportTimes: number[] = [];
  const site = join(out, 'site');
  for (let round = 0; round < Math.min(rounds, 3); round++) {
    rmSync(site, { recursive: true, force: true });
    rmSync(join(corpus, '.folio', 'render-cache.db'), { force: true });
    let started = performance.now();
    let result = spawnSync(process.execPath, [folio, 'export', 'html', '--out', site], {
      cwd: corpus,
      env,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    exportTimes.push(performance.now() - started);
    appendFileSync(join(corpus, newest.path), `\nEdited before export ${round}.\n`);
    started = performance.now();
    result = spawnSync(process.execPath, [folio, 'export', 'html', '--out', site], {
      cwd: corpus,
      env,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    reexportTimes.push(performance.now() - started);
  }
  rmSync(out, { recursive: true, force: true });

  const started = performance.now();
  const server = spawn(process.execPath, [folio, 'serve', '--port', '0'], {
    cwd: corpus,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    let text = '';
    server.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /127\.0\.0\.1:(\d+)/.exec(text);
      if (match) resolvePort(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  const startup = performance.now() - started;

  const pageUrl = `http://127.0.0.1:${port}/${newest.slug}/`;
  const profile = mkdtempSync(join(tmpdir(), 'folio-serve-bench-chromium-'));
  const browser = await openBrowser(profile);
  const times: number[] = [];
  try {
    const page = browser ? await browser.newPage() : undefined;
    if (page) await page.goto(pageUrl);
    for (let round = 0; round < rounds; round++) {
      const marker = `benchmarkmarker${round}x${Date.now()}`;
      if (page) {
        const saved = performance.now();
        appendFileSync(join(corpus, newest.path), `\n${marker}\n`);
        // A function, not a string: Playwright evaluates a string as an expression, and a function's text is
        // truthy at once.
        await page.waitForFunction((expected: string) => document.body.innerText.includes(expected), marker, {
          timeout: 600_000,
          polling: 20,
        });
        times.push(performance.now() - saved);
      } else {
        const reload = await nextReload(port);
        const saved = performance.now();
        appendFileSync(join(corpus, newest.path), `\n${marker}\n`);
        await reload.wait;
        const body = await get(port, `/${newest.slug}/`);
        if (!body.includes(marker)) throw new Error(`the page of ${newest.path} does not show the change`);
        times.push(performance.now() - saved);
        reload.close();
      }
    }
  } finally {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
    server.kill('SIGINT');
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const range = (values: number[]) =>
    `${seconds(median(values))} (${seconds(Math.min(...values))}–${seconds(Math.max(...values))})`;
  const report = [
    `${count || given}: ${rounds} rounds, ${browser ? 'Chromium page' : 'event stream + fetch'}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
    `folio serve start-up (first export):       ${seconds(startup)}`,
    `save → reloaded page, median (range):      ${range(times)}`,
    `full folio export html, median (range):    ${range(exportTimes)}`,
    `re-export after one edit, median (range):  ${range(reexportTimes)}`,
    `ratio save→reload / full export:           ${(median(times) / median(exportTimes)).toFixed(2)}`,
  ].join('\n');
  console.log(report);
}

await main();
