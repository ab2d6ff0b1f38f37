/**
 * Second build step, after tsc: type-checks the browser code of the exported site against the DOM, bundles it
 * into one classic script (browsers run classic scripts from file://, but refuse module scripts there), and
 * copies the stylesheet beside the compiled export code. Each language's stemmer becomes a script of its own
 * (assets/stem/<lang>.js, handing the stemmer to `__folioSearch('s', lang, stem)`), so a site carries only the
 * stemmers of its articles' languages and a reader's browser loads only those a query needs. The output is
 * deterministic.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { STEMMER_MODULES } from '../dist/src/query/stemmers.js';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'src/export/browser/tsconfig.json'], { stdio: 'inherit' });

const assets = 'dist/src/export/assets';
mkdirSync(assets, { recursive: true });
copyFileSync('src/export/assets/style.css', `${assets}/style.css`);
await build({
  entryPoints: ['src/export/browser/site-search.ts'],
  outfile: `${assets}/search.js`,
  bundle: true,
  format: 'iife',
  target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  banner: { js: '/* folio site search: runs in the browser from the exported files alone. */' },
  logLevel: 'warning',
});

const browsers = ['es2020', 'chrome90', 'firefox90', 'safari15'];
mkdirSync(`${assets}/stem`, { recursive: true });
await Promise.all(
  Object.entries(STEMMER_MODULES).map(([language, { module, name }]) =>
    build({
      stdin: {
        contents: `import { ${name} as stem } from ${JSON.stringify(module)};\nwindow.__folioSearch?.('s', ${JSON.stringify(language)}, stem);\n`,
        resolveDir: process.cwd(),
        loader: 'js',
      },
      outfile: `${assets}/stem/${language}.js`,
      bundle: true,
      format: 'iife',
      target: browsers,
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'warning',
    }),
  ),
);
