/**
 * Index and list benchmarks on generated archives of 1,000 and 10,000 articles: a cold index, a warm `list`
 * (nothing changed), and a refresh after one edit, each as a whole process beside `node -e 0`.
 *
 * Usage: npm run bench [-- <count>…]   (corpora are generated into bench/corpus/<count> when missing)
 */
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';
import { formatMeasurements, measure, type Measurement } from './measure.js';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const counts = process.argv.slice(2).map(Number).filter((count) => count > 0);

const baseline = measure('node -e 0', [process.execPath, '-e', '0'], { runs: 10, warmup: 2 });
console.log(`node ${process.version}, ${(await import('node:os')).availableParallelism()} cores\n`);

for (const count of counts.length > 0 ? counts : [1000, 10000]) {
  const corpus = join(projectRoot, 'bench', 'corpus', String(count));
  if (!existsSync(corpus)) writeCorpus(count, corpus);
  const index = join(corpus, '.folio');
  const results: Measurement[] = [baseline];

  results.push(measure(`cold index (${count})`, [process.execPath, folio, 'index', '-C', corpus], {
    runs: 3,
    setup: () => rmSync(index, { recursive: true, force: true }),
  }));
  results.push(measure(`warm list --limit 20 (${count})`, [process.execPath, folio, 'list', '-C', corpus, '--limit', '20'], { runs: 10, warmup: 1 }));
  results.push(measure(`warm list, all (${count})`, [process.execPath, folio, 'list', '-C', corpus], { runs: 5, warmup: 1 }));
  results.push(measure(`warm list --format paths (${count})`, [process.execPath, folio, 'list', '-C', corpus, '--format', 'paths'], { runs: 5, warmup: 1 }));

  const edited = join(corpus, '2010', readdirFirst(join(corpus, '2010')));
  const original = readFileSync(edited, 'utf8');
  let edits = 0;
  results.push(measure(`list after one edit (${count})`, [process.execPath, folio, 'list', '-C', corpus, '--limit', '20'], {
    runs: 5,
    setup: () => writeFileSync(edited, `${original}\nEdit number ${++edits}.\n`),
  }));
  writeFileSync(edited, original);
  results.push(measure(`tags (${count})`, [process.execPath, folio, 'tags', '-C', corpus], { runs: 5, warmup: 1 }));

  const table = formatMeasurements(results, baseline);
  console.log(`${table}\n`);
  appendFileSync(join(projectRoot, 'bench', 'results.txt'), `# ${new Date().toISOString()} ${count} articles\n${table}\n\n`);
}

function readdirFirst(folder: string): string {
  return readdirSync(folder).filter((name) => name.endsWith('.md')).sort()[0]!;
}
