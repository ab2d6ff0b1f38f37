/**
 * Import benchmark: `folio import` of generated saved pages (see pages.ts) into an empty archive, as a whole
 * process beside `node -e 0`; then the same import again (every page already there, so all are skipped), and a
 * dry run.
 *
 * Usage: npm run bench:import [-- <count>…]   (pages are generated into bench/pages/<count> when missing)
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMeasurements, measure, type Measurement } from './measure.js';
import { writePages } from './pages.js';

// Node reads this certificate bundle at every start, which users do not pay: no command timed here has it.
delete process.env.NODE_EXTRA_CA_CERTS;

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const folio = join(projectRoot, 'bin', 'folio.js');
const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((count) => count > 0);

const baseline = measure('node -e 0', [process.execPath, '-e', '0'], { runs: 10, warmup: 2 });
console.log(`node ${process.version}, ${(await import('node:os')).availableParallelism()} cores\n`);

for (const count of counts.length > 0 ? counts : [300, 1000]) {
  const pages = join(projectRoot, 'bench', 'pages', String(count));
  if (!existsSync(pages)) writePages(count, pages);
  const megabytes =
    readdirSync(pages).reduce((total, name) => total + statSync(join(pages, name)).size, 0) / 1024 / 1024;
  const archive = join(projectRoot, 'bench', 'pages', `${count}-archive`);
  const fresh = () => {
    rmSync(archive, { recursive: true, force: true });
    mkdirSync(archive);
  };
  const command = [process.execPath, folio, 'import', pages, '-C', archive, '--into', 'imported'];
  const results: Measurement[] = [baseline];
  results.push(measure(`import ${count} pages (${megabytes.toFixed(0)} MB)`, command, { runs: 3, setup: fresh }));
  results.push(measure(`import again, all skipped (${count})`, command, { runs: 3 }));
  results.push(measure(`import --dry-run (${count})`, [...command, '--dry-run'], { runs: 3, setup: fresh }));
  const table = formatMeasurements(results, baseline);
  console.log(`${table}\n`);
  appendFileSync(
    join(projectRoot, 'bench', 'results.txt'),
    `# ${new Date().toISOString()} import ${count} pages\n${table}\n\n`,
  );
}
