/**
 * The languages folio highlights, for `show` and for the site alike: the names and aliases authors write on a
 * code fence, each mapped to a grammar file shipped with highlight.js. A fixed list, so a language name written
 * in an article never becomes a module path.
 */

/** Grammar files shipped with highlight.js that folio loads, by the names and aliases authors write. */
const GRAMMARS: Record<string, string> = {
  bash: 'bash', sh: 'bash', shell: 'bash', zsh: 'bash', console: 'shell', shellsession: 'shell',
  c: 'c', h: 'c', cpp: 'cpp', 'c++': 'cpp', cc: 'cpp', hpp: 'cpp', cxx: 'cpp',
  csharp: 'csharp', cs: 'csharp', 'c#': 'csharp', css: 'css', scss: 'scss', less: 'less',
  diff: 'diff', patch: 'diff', dockerfile: 'dockerfile', docker: 'dockerfile',
  elixir: 'elixir', erlang: 'erlang', go: 'go', golang: 'go', graphql: 'graphql', gql: 'graphql',
  haskell: 'haskell', hs: 'haskell', html: 'xml', xml: 'xml', svg: 'xml', xhtml: 'xml',
  http: 'http', ini: 'ini', toml: 'ini', java: 'java', javascript: 'javascript', js: 'javascript',
  jsx: 'javascript', mjs: 'javascript', cjs: 'javascript', json: 'json', jsonc: 'json', json5: 'json',
  julia: 'julia', kotlin: 'kotlin', kt: 'kotlin', latex: 'latex', tex: 'latex', lisp: 'lisp', lua: 'lua',
  makefile: 'makefile', make: 'makefile', markdown: 'markdown', md: 'markdown', nginx: 'nginx', nix: 'nix',
  objectivec: 'objectivec', objc: 'objectivec', ocaml: 'ocaml', perl: 'perl', pl: 'perl', php: 'php',
  powershell: 'powershell', ps1: 'powershell', protobuf: 'protobuf', proto: 'protobuf', python: 'python',
  py: 'python', r: 'r', ruby: 'ruby', rb: 'ruby', rust: 'rust', rs: 'rust', scala: 'scala', scheme: 'scheme',
  sql: 'sql', swift: 'swift', typescript: 'typescript', ts: 'typescript', tsx: 'typescript', mts: 'typescript',
  vim: 'vim', wasm: 'wasm', yaml: 'yaml', yml: 'yaml', clojure: 'clojure', clj: 'clojure',
  dart: 'dart', fsharp: 'fsharp', fs: 'fsharp', groovy: 'groovy', gradle: 'gradle', vbnet: 'vbnet',
  awk: 'awk', cmake: 'cmake', properties: 'properties', pgsql: 'pgsql', postgres: 'pgsql', postgresql: 'pgsql',
};

/** The grammar file for a fence's language name, if folio highlights it. */
export function grammarFor(language: string): string | undefined {
  const name = language.trim().toLowerCase();
  return Object.hasOwn(GRAMMARS, name) ? GRAMMARS[name] : undefined;
}
