/**
 * Links between articles: the archive file a relative link in an article's body points to. One reading of
 * links for `check` (which reports the broken ones) and for the site export (which points them at pages).
 */
import { posix } from 'node:path';
import { slugify } from './slug.js';

const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
const MEDIA_FILE = /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|svg|mp3|m4a|ogg|oga|opus|wav|flac|mp4|m4v|webm|ogv|pdf)$/i;

/** Whether a path names a picture, a sound, a video or a PDF: the files articles show or offer for download. */
export function isMediaFile(path: string): boolean {
  return MEDIA_FILE.test(path);
}

const PICTURE_FILE = /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|svg)$/i;

/** Whether a path names a picture, which an embed (`![[photo.png]]`) shows in the page. */
export function isPictureFile(path: string): boolean {
  return PICTURE_FILE.test(path);
}

/** Whether a path names a Markdown file: an article, when the archive holds it. */
export function isArticleFile(path: string): boolean {
  return MARKDOWN_FILE.test(path);
}

export interface LinkedFile {
  /** The linked file, relative to the archive root; it starts with `../` when the link leads out of the archive. */
  path: string;
  /** The `#fragment` of the link, or ''. */
  fragment: string;
}

/**
 * The Markdown file a link in the article at `fromPath` points to, or null when the link is not a relative link
 * to a Markdown file (a web address, an anchor, a path from the site root, an image).
 */
export function linkedArticle(fromPath: string, href: string): LinkedFile | null {
  const linked = linkedFile(fromPath, href);
  return linked && isArticleFile(linked.path) ? linked : null;
}

/**
 * The file of the archive a relative link or image source in the article at `fromPath` points to, whatever its
 * type, or null for a web address, an anchor alone or a path from the site root. The query is dropped.
 */
export function linkedFile(fromPath: string, href: string): LinkedFile | null {
  const hash = href.indexOf('#');
  const fragment = hash === -1 ? '' : href.slice(hash);
  const file = href.replace(/[#?].*$/s, '');
  if (file === '' || HAS_SCHEME.test(file) || file.startsWith('/')) return null;
  let decoded = file;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // A malformed escape is kept as written; it names no file either way.
  }
  return { path: posix.normalize(posix.join(posix.dirname(fromPath), decoded)), fragment };
}

/**
 * Links written the way site generators and note apps write them, which name an article of the archive without
 * being a relative path: Obsidian's `[[note]]`, `[[folder/note#heading]]` (the href folio's Markdown reader gives
 * a wikilink; see markdown-named-links.ts), Zola's `@/inside-rust/post.md` (from the content folder), Hugo's
 * `{{< ref "post.md" >}}` and `relref` (read as `ref:post.md`). A wikilink may also name a picture or another
 * file of the archive (`[[photo.png]]`).
 */
export interface NamedLink {
  style: 'wiki' | 'zola' | 'ref';
  /** The name or path as written, without its fragment. */
  name: string;
  /** `#id` of the heading a link names (a wikilink's heading as the site's heading ids spell it), or ''. */
  fragment: string;
}

const WIKI_HREF = /^\[\[([^\[\]]*)\]\]$/;
const HUGO_REF_SHORTCODE = /(\]\(\s*)?\{\{[<%]\s*(?:rel)?ref\s+"([^"\n\[\]()]{1,500})"\s*[>%]\}\}/g;

/**
 * Hugo's `{{< ref "x" >}}` and `{{< relref "x" >}}` (or `{{% … %}}`) in a line of Markdown prose, as the links
 * folio's Markdown reader makes of them: `](ref:x` as a link's destination, `[x](ref:x)` alone. For the index's
 * scanner, which reads prose lines without a Markdown parser.
 */
export function hugoRefsAsLinks(text: string): string {
  return text.replace(HUGO_REF_SHORTCODE, (_match, destination: string | undefined, target: string) => {
    const href = `ref:${target.replace(/ /g, '%20')}`;
    return destination === undefined ? `[${target}](${href})` : `${destination}${href}`;
  });
}

/** Obsidian's size for an embedded picture (`|200`, `|200x100`) says nothing about it. */
const PICTURE_SIZE = /^\d{1,5}(?:x\d{1,5})?$/;

/**
 * What a wikilink shows, from its parts as written (`![[target|written]]`, embed when it starts with `!`): an
 * embedded picture is a picture with `written` as its text unless that is a size; anything else is a link
 * whose text is `written`, else the note's name with its heading after a `›`.
 */
export function wikilinkView(embed: boolean, target: string, written: string): { picture: boolean; text: string } {
  if (embed && isPictureFile(target.replace(/#.*$/s, '')))
    return { picture: true, text: PICTURE_SIZE.test(written) ? '' : written };
  return { picture: false, text: written || wikilinkLabel(target) };
}

/** The text of a wikilink that has none of its own: the note's name, with its heading after a `›`. */
export function wikilinkLabel(target: string): string {
  return target.replace(/^#\^?/, '').replace(/#\^?/, ' › ');
}

/**
 * A wikilink's target as written between `[[` and its text: in a table the `|` before the text is escaped
 * (`[[Table view\\|Table]]`), so the target ends at the first `|` and loses the backslash before it.
 */
export function wikiTarget(written: string): string {
  const bar = written.indexOf('|');
  return (bar === -1 ? written : written.slice(0, bar)).replace(/\\$/, '').trim();
}

/** The named link an href is, or null for any other href. */
export function namedLink(href: string): NamedLink | null {
  const wiki = WIKI_HREF.exec(href);
  const style = wiki ? 'wiki' : href.startsWith('@/') ? 'zola' : href.startsWith('ref:') ? 'ref' : null;
  if (style === null) return null;
  let written = wiki ? wikiTarget(wiki[1]!) : href.slice(style === 'zola' ? 2 : 4);
  if (style !== 'wiki') {
    try {
      written = decodeURIComponent(written);
    } catch {
      // Kept as written.
    }
  }
  const hash = written.indexOf('#');
  const name = (hash === -1 ? written : written.slice(0, hash)).trim();
  const after = hash === -1 ? '' : written.slice(hash + 1).trim();
  // Obsidian's `#^block` names a paragraph, which has no id on a page; its `#Heading` is the heading's text.
  const fragment =
    after === '' || (style === 'wiki' && after.startsWith('^'))
      ? ''
      : `#${style === 'wiki' ? slugify(after.split('#').at(-1)!).toLowerCase() : after}`;
  return { style, name, fragment };
}

/** The files of an archive by file name, for resolving named links. */
export interface ArchiveNames {
  has(path: string): boolean;
  /** Paths whose file name (lower case; without extension for Markdown files) is `name`. */
  named(name: string): readonly string[];
}

export function archiveNames(paths: Iterable<string>): ArchiveNames {
  const all = new Set<string>();
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    all.add(path);
    const key = fileKey(path);
    const list = byName.get(key);
    if (list) list.push(path);
    else byName.set(key, [path]);
  }
  return { has: (path) => all.has(path), named: (name) => byName.get(name) ?? [] };
}

function fileKey(path: string): string {
  return path
    .slice(path.lastIndexOf('/') + 1)
    .replace(MARKDOWN_FILE, '')
    .toLowerCase();
}

/** Whether a named link names a file that is not an article (a wikilink to `photo.png` or `paper.pdf`). */
export function namesOtherFile(link: NamedLink): boolean {
  return link.style === 'wiki' && /\.[A-Za-z0-9]{1,8}$/.test(link.name) && !MARKDOWN_FILE.test(link.name);
}

/**
 * The file a named link in the article at `fromPath` points to, among `names`, or null when none does. A
 * wikilink names a note by its file name, or by the end of its path (`folder/note`), without `.md`, in any case,
 * as Obsidian does (any other file by its name with its extension); when several files have that name, the one in
 * the linking note's folder wins, then the shortest path. `[[#heading]]` is the linking note itself. Zola's `@/x`
 * is a path from the content folder, which need not be the archive's root: the article whose path is `x` or ends
 * in `/x`. Hugo's ref is tried from the page's folder, then as Zola's, then by name.
 */
export function resolveNamedLink(fromPath: string, link: NamedLink, names: ArchiveNames): LinkedFile | null {
  const found = (path: string | undefined) => (path === undefined ? null : { path, fragment: link.fragment });
  // `[[#heading]]`, `[[#^block]]`, `@/#part`: the linking article itself.
  if (link.name === '') return found(fromPath);
  const wanted = link.name.replace(/^\/+/, '').replace(/\/+$/, '');
  if (link.style === 'ref' && !link.name.startsWith('/')) {
    const relative = posix.normalize(posix.join(posix.dirname(fromPath), wanted));
    for (const candidate of [relative, `${relative}.md`, `${relative}/index.md`, `${relative}/_index.md`])
      if (names.has(candidate)) return found(candidate);
  }
  const whole = MARKDOWN_FILE.test(wanted) || namesOtherFile(link);
  const withFile = whole
    ? [wanted]
    : [`${wanted}.md`, `${wanted}/index.md`, `${wanted}/_index.md`, `${wanted}.markdown`];
  const key = fileKey(withFile[0]!);
  const candidates = whole
    ? names.named(key)
    : [...names.named(key), ...names.named('index'), ...names.named('_index')];
  const caseless = link.style === 'wiki';
  const matches = candidates.filter((path) =>
    withFile.some((file) => {
      const [a, b] = caseless ? [path.toLowerCase(), file.toLowerCase()] : [path, file];
      return a === b || a.endsWith(`/${b}`);
    }),
  );
  if (matches.length === 0 && link.style === 'ref' && !wanted.includes('/')) return found(names.named(key)[0]);
  if (matches.length <= 1) return found(matches[0]);
  const folder = posix.dirname(fromPath);
  return found(
    matches.sort(
      (a, b) =>
        Number(posix.dirname(b) === folder) - Number(posix.dirname(a) === folder) ||
        a.length - b.length ||
        (a < b ? -1 : 1),
    )[0],
  );
}

/**
 * The article a link in the article at `fromPath` reaches, whether relative (`../other.md`) or named the tools'
 * way, or null when it is no link to an article (a web address, a picture, a wikilink to a PDF). A named link
 * that no article answers gives its name as written (`Budget 2025`), for the lists of broken links; `names` is
 * asked for only when a named link needs it.
 */
export function linkedArticleOrNamed(fromPath: string, href: string, names: () => ArchiveNames): LinkedFile | null {
  const named = namedLink(href);
  if (named === null) return linkedArticle(fromPath, href);
  if (namesOtherFile(named)) return null;
  return resolveNamedLink(fromPath, named, names()) ?? { path: named.name, fragment: named.fragment };
}
