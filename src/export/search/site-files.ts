/**
 * Reads an exported site's search index from its folder, as the search page's script reads it in a browser:
 * each file is a classic script calling `__folioSearch(kind, key, data)`, and each stemmer script is run (in
 * a context of its own) to hand over its stemmer. For the tests that compare the site with `folio search`, and
 * for the bench that counts the bytes a query loads. Node only; the browser has its own loader (site-search.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { StemLanguage, Stemmer } from '../../query/stem.js';
import type { DocRecord, FilterLists, IndexSource, Manifest } from './evaluate.js';
import {
  docChunk,
  docFile,
  DOCS_PER_FILE,
  FILTERS_FILE,
  MANIFEST_FILE,
  shardFile,
  stemFile,
  wordsFile,
} from './files.js';

/** An index source over a site folder that records what it loaded. */
export interface SiteFiles extends IndexSource {
  /** Files loaded so far, in order, relative to the site. */
  loaded: string[];
  /** Their size in bytes. */
  bytes: number;
}

/** The index source of the site in `site`. Each file is read once. */
export function siteFiles(site: string): SiteFiles {
  const cache = new Map<string, unknown>();
  const files: SiteFiles = {
    loaded: [],
    bytes: 0,
    manifest: () => read<Manifest>(MANIFEST_FILE),
    shard: (key) => read<Record<string, string>>(shardFile(key)),
    doc: async (index) => (await read<DocRecord[]>(docFile(docChunk(index))))[index % DOCS_PER_FILE]!,
    stemmer: (language: StemLanguage) => read<Stemmer>(stemFile(language)),
    words: (letter) => read<Record<string, number>>(wordsFile(letter)),
    filters: () => read<FilterLists>(FILTERS_FILE),
  };
  const read = <T>(file: string): Promise<T> => {
    if (!cache.has(file)) {
      const text = readFileSync(join(site, file), 'utf8');
      files.loaded.push(file);
      files.bytes += Buffer.byteLength(text);
      let data: unknown;
      const window = {
        __folioSearch: (_kind: string, _key: unknown, value: unknown) => {
          data = value;
        },
      };
      runInNewContext(text, { window, __folioSearch: window.__folioSearch }, { filename: file });
      cache.set(file, data);
    }
    return Promise.resolve(cache.get(file) as T);
  };
  return files;
}
