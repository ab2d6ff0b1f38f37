/**
 * The links between articles, as the index holds them: each relative link to a Markdown file of the archive, and
 * each wikilink, Zola @/ link or Hugo ref, resolved to the article it reaches (by the one rule `check` and the
 * site export use), in both directions.
 * Links to files the archive does not hold are kept apart, as broken; links of an article to itself are not
 * counted. Read from the index in one query; no file is opened.
 */
import { archiveNames, linkedArticleOrNamed, type ArchiveNames } from '../parse/article-links.js';
import type { Db } from './database.js';
import { storedLinks } from './article-reads.js';

export interface ArticleLinkRef {
  /** The linking article's path. */
  from: string;
  /** The linked article's path (relative to the root; it may start with `../` for a broken link). */
  to: string;
  /** Line of the link in the linking file. */
  line: number;
}

export interface LinkGraph {
  /** Links that reach an article of the archive, in order of linking path and line. */
  links: ArticleLinkRef[];
  /** Links to Markdown files the archive does not hold. */
  broken: ArticleLinkRef[];
  /** Paths of the articles each article links to, each once, in order of first link. */
  linksTo(path: string): string[];
  /** Paths of the articles that link to an article, each once, sorted. */
  linkedFrom(path: string): string[];
}

/** Builds the graph from the links and article paths stored in the index. */
export function readLinkGraph(db: Db): LinkGraph {
  const paths = new Set(db.prepare('SELECT path FROM articles').pluck().all() as string[]);
  return linkGraph(storedLinks(db), paths);
}

/** Builds the graph from links as stored (`target` as written) and the set of article paths. Pure. */
export function linkGraph(
  stored: readonly { path: string; target: string; line: number }[],
  articles: ReadonlySet<string>,
): LinkGraph {
  const links: ArticleLinkRef[] = [];
  const broken: ArticleLinkRef[] = [];
  const outgoing = new Map<string, string[]>();
  const incoming = new Map<string, Set<string>>();
  let names: ArchiveNames | undefined;
  const named = () => (names ??= archiveNames(articles));
  for (const { path, target, line } of stored) {
    const linked = linkedArticleOrNamed(path, target, named);
    if (linked === null || linked.path === path) continue;
    const ref = { from: path, to: linked.path, line };
    if (!articles.has(linked.path)) {
      broken.push(ref);
      continue;
    }
    links.push(ref);
    const out = outgoing.get(path) ?? [];
    if (!out.includes(linked.path)) out.push(linked.path);
    outgoing.set(path, out);
    const into = incoming.get(linked.path) ?? new Set<string>();
    into.add(path);
    incoming.set(linked.path, into);
  }
  return {
    links,
    broken,
    linksTo: (path) => outgoing.get(path) ?? [],
    linkedFrom: (path) => [...(incoming.get(path) ?? [])].sort(),
  };
}

/** For each article that other articles link to, the paths of those articles (for "linked from" lists). */
export function linkedFromMap(db: Db): Map<string, string[]> {
  const graph = readLinkGraph(db);
  const map = new Map<string, string[]>();
  for (const link of graph.links) if (!map.has(link.to)) map.set(link.to, graph.linkedFrom(link.to));
  return map;
}
