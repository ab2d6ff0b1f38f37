/**
 * A user theme: a folder whose files, when present, change the exported site's look. `style.css` replaces
 * folio's stylesheet; `head.html`, `header.html` and `footer.html` are inserted into every page (in `<head>`,
 * at the end of the site header, and at the start of the footer); `i18n/<lang>.json` gives the site's words in
 * that language (any of the keys of i18n/words.ts, over folio's own). These are the site owner's own files, so
 * they are used as written. Reads only; a missing theme folder, or a words file that is not a JSON object of
 * known words, is an error; missing files are not.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../model/errors.js';
import { primaryLanguage, validWords } from './i18n/languages.js';
import type { SiteWords } from './i18n/words.js';
import type { ThemeParts } from './pages.js';

export interface SiteTheme {
  parts: ThemeParts;
  /** Replaces the built-in stylesheet when set. */
  stylesheet?: string;
  /** The theme's own words, by language tag as the file is named (`ru`, `pt-BR`). */
  words: Record<string, Partial<SiteWords>>;
}

/** The theme's words for `lang`: its file for the whole tag (`pt-BR.json`) over its file for the language (`pt.json`). */
export function themeWords(theme: SiteTheme | undefined, lang: string): Partial<SiteWords> {
  if (!theme) return {};
  const byTag = new Map(Object.entries(theme.words).map(([tag, words]) => [tag.toLowerCase(), words]));
  return { ...(byTag.get(primaryLanguage(lang)) ?? {}), ...(byTag.get(lang.toLowerCase()) ?? {}) };
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
  const words: Record<string, Partial<SiteWords>> = {};
  const wordsFolder = join(folder, 'i18n');
  if (existsSync(wordsFolder) && statSync(wordsFolder).isDirectory()) {
    for (const name of readdirSync(wordsFolder)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const file = join(wordsFolder, name);
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new UsageError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      const checked = validWords(value);
      if ('error' in checked) throw new UsageError(`${file}: ${checked.error}`);
      words[name.slice(0, -'.json'.length)] = checked.words;
    }
  }
  const stylesheet = read('style.css');
  return stylesheet === undefined ? { parts, words } : { parts, stylesheet, words };
}

/** The built-in stylesheet and search script, shipped beside the compiled code. */
export function builtInAsset(name: 'style.css' | 'search.js' | `stem/${string}.js`): string {
  return readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
}
