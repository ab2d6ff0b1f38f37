/**
 * Writes a deterministic folder of saved web pages for the import benchmark: the articles of the benchmark
 * corpus (see corpus.ts) wrapped the way sites serve them, in four shapes taken in turn — a blog post with
 * <article>, a news page of nested <div>s with navigation, a cookie banner and a footer, an old table-layout page
 * with <br> paragraphs, and a page saved as plain text with its chrome lines — each HTML page carrying the
 * ~60 KB of inline script, style and JSON-LD that real pages do.
 *
 * Usage: node dist/bench/pages.js <count> <folder>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { article, random } from './corpus.js';

const NAV = Array.from({ length: 40 }, (_, index) => `<li><a href="/section/${index}">Section ${index}</a></li>`).join(
  '',
);
const SCRIPT = `<script>${'window.__state = Object.assign(window.__state || {}, {"k":[1,2,3],"v":"tracking"});\n'.repeat(600)}</script>`;
const STYLE = `<style>${'.c-card__title{font:600 1.1rem/1.3 Georgia,serif;margin:0 0 .5rem}\n'.repeat(150)}</style>`;
const FOOTER = `<footer class="site-footer"><ul>${NAV}</ul><p>&copy; 2024 Example Media Ltd. All rights reserved.</p></footer>`;

function page(index: number, vocab: string[]): { name: string; content: string } {
  const { text } = article(index, vocab);
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const title = /title: "(.*)"/.exec(frontmatter)?.[1] ?? 'Untitled';
  const author = /author: (.*)/.exec(frontmatter)?.[1] ?? 'Anonymous';
  const date = /date: (.*)/.exec(frontmatter)?.[1] ?? '2020-01-01';
  const html = marked.parse(body, { async: false });
  const name = `page-${String(index).padStart(5, '0')}`;
  const head = `<head><meta charset="utf-8"><title>${title} | Example Media</title>
<meta property="og:title" content="${title}"><meta property="article:published_time" content="${date}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","author":{"@type":"Person","name":"${author}"}}</script>
${STYLE}${SCRIPT}</head>`;
  switch (index % 4) {
    case 0:
      return {
        name: `${name}.html`,
        content: `<!DOCTYPE html><html lang="en">${head}<body><header class="site-header"><nav><ul>${NAV}</ul></nav></header>
<main><article><h1>${title}</h1><div class="entry-meta">Posted on <time datetime="${date}">${date}</time> by ${author}</div>
<div class="entry-content">${html}</div><div class="sharedaddy">Share this: <a href="/s">Twitter</a></div></article>
<div id="comments"><ol>${'<li class="comment"><p>Great article, thank you for writing it.</p></li>'.repeat(20)}</ol></div></main>
<aside class="widget-area"><ul>${NAV}</ul></aside>${FOOTER}</body></html>`,
      };
    case 1:
      return {
        name: `${name}.html`,
        content: `<!DOCTYPE html><html>${head}<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<div class="nav"><ul>${NAV}</ul></div><div class="wrapper"><div class="col"><div class="story"><h1>${title}</h1>
<div class="byline">By ${author}</div><div class="story-body">${html}</div></div></div>
<div class="col-right"><div class="most-read"><ul>${NAV}</ul></div></div></div>${FOOTER}</body></html>`,
      };
    case 2:
      return {
        name: `${name}.htm`,
        content: `<html>${head}<body><table width="100%"><tr><td width="20%">${NAV.replace(/<\/?li>/g, '<br>')}</td>
<td><font size="5"><b>${title}</b></font><br><br>${html.replace(/<\/p>\s*<p>/g, '<br><br>').replace(/<\/?p>/g, '')}</td></tr></table></body></html>`,
      };
    default: {
      const plain = body.replace(/[*_`#>|]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      return {
        name: `${name}.txt`,
        content: `top of page\n\nHome > News > World\n\n${title}\n\nBy ${author}\n\n${plain}\n\nShare this article\n\nbottom of page\n`,
      };
    }
  }
}

/** Writes `count` pages into `folder` (emptied first). */
export function writePages(count: number, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const next = random(1);
  const vocab = Array.from({ length: 6000 }, (_, index) => `w${index.toString(36)}${Math.floor(next() * 1000)}`);
  for (let index = 0; index < count; index++) {
    const { name, content } = page(index, vocab);
    writeFileSync(join(folder, name), content);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const count = Number(process.argv[2] ?? 300);
  const folder = process.argv[3] ?? `bench/pages/${count}`;
  writePages(count, folder);
  console.log(`wrote ${count} pages to ${folder}`);
}
