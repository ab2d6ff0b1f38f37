/**
 * A user theme: a folder whose files, when present, change the exported site's look. `style.css` replaces
 * folio's stylesheet; `head.html`, `header.html` and `footer.html` are inserted into every page (in `<head>`,
 * at the end of the site header, and at the start of the footer). These are the site owner's own files, so
 * they are used as written. Reads only; a missing theme folder is an error, missing files are not.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../model/errors.js';
import type { ThemeParts } from './pages.js';

export interface SiteTheme {
  parts: ThemeParts;
  /** Replaces the built-in stylesheet when set. */
  stylesheet?: string;
}

/** Reads the theme in `folder`. */
export function readTheme(folder: string): SiteTheme {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`--theme ${folder}: no such folder`);
  const read = (name: string) => {
    const file = join(folder, name);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const parts: ThemeParts = {};
  const head = read('head.html');
  const header = read('header.html');
  const footer = read('footer.html');
  if (head !== undefined) parts.head = head;
  if (header !== undefined) parts.header = header;
  if (footer !== undefined) parts.footer = footer;
  const stylesheet = read('style.css');
  return stylesheet === undefined ? { parts } : { parts, stylesheet };
}

/** The built-in stylesheet and search script, shipped beside the compiled code. */
export function builtInAsset(name: 'style.css' | 'search.js'): string {
  return readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
}
