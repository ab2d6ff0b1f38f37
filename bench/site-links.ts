/**
 * Checks an exported site the way a browser would follow it: every `src`, `href` and `srcset` of every HTML
 * page that points inside the site (relative, not to another origin) must name a file that exists. Prints counts
 * by kind (pictures, other media, pages, anything else) and the first missing targets.
 *
 * Usage: node dist/bench/site-links.js <site folder>
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';

const site = process.argv[2];
if (!site) {
  console.error('usage: site-links <site folder>');
  process.exit(2);
}

function htmlFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

const PICTURE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico)$/i;
const MEDIA = /\.(?:mp3|m4a|ogg|oga|opus|wav|flac|mp4|m4v|webm|ogv|pdf)$/i;
const counts = new Map<string, { ok: number; missing: number }>();
const missing: string[] = [];
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

for (const file of htmlFiles(site)) {
  // The 404 page uses root-absolute links, served from any path; it is checked by hand.
  if (relative(site, file) === '404.html') continue;
  const html = readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const match of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) targets.push(decode(match[1]!));
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g))
    for (const part of decode(match[1]!).split(',')) targets.push(part.trim().split(/\s+/)[0]!);
  for (const target of targets) {
    if (target === '' || target.startsWith('#') || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) continue;
    let path: string;
    try {
      path = decodeURIComponent(target.replace(/[?#].*$/, ''));
    } catch {
      path = target;
    }
    const resolved = path.startsWith('/') ? join(site, path) : join(dirname(file), path);
    const exists = existsSync(resolved) && (statSync(resolved).isFile() || existsSync(join(resolved, 'index.html')));
    const kind = PICTURE.test(path)
      ? `pictures (${extname(path).toLowerCase()})`
      : MEDIA.test(path)
        ? 'other media'
        : /\.html$|\/$/.test(path)
          ? 'pages'
          : 'other';
    const count = counts.get(kind) ?? { ok: 0, missing: 0 };
    if (exists) count.ok++;
    else {
      count.missing++;
      missing.push(`${relative(site, file)}: ${target}`);
    }
    counts.set(kind, count);
  }
}
for (const [kind, count] of [...counts].sort())
  console.log(`${kind.padEnd(22)} ${String(count.ok).padStart(7)} resolve, ${count.missing} missing`);
for (const line of process.argv[3] === '--all' ? missing : missing.slice(0, 20)) console.log(`missing: ${line}`);
process.exitCode = missing.length > 0 ? 1 : 0;
