/**
 * folio's version, read from its package.json. The file is found by walking up from this module, so the
 * answer is the same whether the code runs from the compiled tree or from the bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/** The version field of folio's package.json. */
export function folioVersion(): string {
  if (version !== undefined) return version;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'folio' && parsed.version) return (version = parsed.version);
    }
    const parent = dirname(folder);
    if (parent === folder) return (version = 'unknown');
    folder = parent;
  }
}
