/**
 * Syntax highlighting of fenced code for the site, at export time: highlight.js's HTML (escaped text in
 * `<span class="hljs-…">`), styled by the site's stylesheet, so pages carry no script. The same grammars as
 * `show` (code-languages.ts), loaded the first time a page uses one (one grammar ~15 ms); a language name written
 * in an article never becomes a module path. Deterministic: the same code gives the same HTML. Very large blocks
 * are left plain, so highlighting never dominates an export.
 */
import { createRequire } from 'node:module';
import type { HLJSApi, LanguageFn } from 'highlight.js';
import { grammarFor } from './code-languages.js';

/** Blocks longer than this are shown without highlighting (as in `show`). */
const MAX_BLOCK_LENGTH = 64 * 1024;

/** Highlights one block of code as HTML, or returns null for a language folio does not highlight. */
export type HtmlHighlighter = (code: string, language: string) => string | null;

/** A highlighter with its own highlight.js instance; grammars are registered as pages need them. */
export function createHtmlHighlighter(): HtmlHighlighter {
  const require = createRequire(import.meta.url);
  let hljs: HLJSApi | undefined;
  const loaded = new Set<string>();
  return (code, language) => {
    const grammar = grammarFor(language);
    if (grammar === undefined || code.length > MAX_BLOCK_LENGTH) return null;
    hljs ??= (require('highlight.js/lib/core') as HLJSApi).newInstance();
    if (!loaded.has(grammar)) {
      hljs.registerLanguage(grammar, require(`highlight.js/lib/languages/${grammar}`) as LanguageFn);
      loaded.add(grammar);
    }
    try {
      return hljs.highlight(code, { language: grammar, ignoreIllegals: true }).value;
    } catch {
      return null;
    }
  };
}
