/**
 * The layers of src/, kept by a test rather than by memory. Each folder may import only from the folders below it
 * in LAYERS (and from itself), and only cli/ may reach for commander, chalk or the process: the core takes its
 * inputs as arguments and returns values, so it can be used and tested without a terminal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../helpers/paths.js';

/** Lowest first. A folder missing here fails the test, so a new one gets a place on purpose. */
const LAYERS = [
  'model',
  'workers',
  'parse',
  'query',
  'render',
  'archive',
  'index',
  'watch',
  'check',
  'import',
  'write',
  'export',
  'serve',
  'cli',
];
const CLI_ONLY = /^(commander|chalk)$/;
// The process's input, output, environment and fate belong to cli/. Its id is not among them: the writers name
// their temporary files after it, and ask whether another process is alive (kill with signal 0) before removing
// what that process left behind.
const PROCESS_USE = /(?:^|[^.\w$])process\.(?:env|argv|exit|exitCode|stdout|stderr|stdin|cwd|chdir|on|once)\b/m;

const SRC = join(PROJECT_ROOT, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'browser' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of static and dynamic imports, with comments removed first. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm))
    found.push(match[1]!);
  return found;
}

function layerOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!;
}

const files = sourceFiles(SRC);

test('every folder of src/ has a layer', () => {
  const folders = [...new Set(files.map(layerOf))].filter((name) => !name.endsWith('.ts')).sort();
  assert.deepEqual(
    folders.filter((folder) => !LAYERS.includes(folder)),
    [],
  );
});

test('a layer imports only from the layers below it', () => {
  const wrong: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = layerOf(resolve(dirname(file), specifier));
      if (to !== from && LAYERS.indexOf(to) > LAYERS.indexOf(from))
        wrong.push(`${relative(SRC, file)} imports ${specifier} (${from} → ${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('only cli/ imports commander or chalk, or uses the process', () => {
  const wrong: string[] = [];
  for (const file of files) {
    if (layerOf(file) === 'cli') continue;
    const text = readFileSync(file, 'utf8');
    for (const specifier of importsOf(text)) {
      if (CLI_ONLY.test(specifier) || specifier === 'node:process' || specifier === 'process')
        wrong.push(`${relative(SRC, file)} imports ${specifier}`);
    }
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    if (PROCESS_USE.test(code)) wrong.push(`${relative(SRC, file)} uses process`);
  }
  assert.deepEqual(wrong, []);
});

test('the import scan sees what it checks', () => {
  // Guards the guard: the patterns above must find these, or the tests before pass on nothing.
  assert.deepEqual(
    importsOf("import { a } from '../index/x.js';\nconst m = await import('./y.js');\nimport './z.js';"),
    ['../index/x.js', './y.js', './z.js'],
  );
  assert.ok(PROCESS_USE.test('const width = process.stdout.columns;'));
  assert.ok(!PROCESS_USE.test('worker.process.env'));
});
