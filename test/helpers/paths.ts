/**
 * Where things are when tests run from `dist/test/…`: the project root, the built CLI, the fixtures.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';

function findProjectRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('package.json not found above the tests');
    folder = parent;
  }
  return folder;
}

export const PROJECT_ROOT = findProjectRoot();
export const FOLIO_BIN = join(PROJECT_ROOT, 'bin', 'folio.js');
export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');

/** Path of a file under the project's `test/` folder (sources, not the compiled copy). */
export function testPath(...parts: string[]): string {
  return resolve(PROJECT_ROOT, 'test', ...parts);
}
