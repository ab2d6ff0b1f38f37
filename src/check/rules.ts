/**
 * The checks `folio check` runs over an indexed archive. Each rule is a small pure function returning
 * Problems, so adding a check is adding a function (and a fixture that shows it).
 */
import { problem, type Problem } from '../model/problem.js';
import {
  archiveNames,
  isArticleFile,
  isMediaFile,
  linkedFile,
  namedLink,
  namesOtherFile,
  resolveNamedLink,
  type ArchiveNames,
} from '../parse/article-links.js';

/** What the rules look at, as read from the index. */
export interface CheckInput {
  /** Problems found while parsing (frontmatter, dates, encodings, …). */
  parseProblems: Problem[];
  duplicateSlugs: { slug: string; paths: string[] }[];
  links: { path: string; target: string; line: number }[];
  /** Every path of the archive that the index knows (articles and unreadable files). */
  paths: Set<string>;
  /** Whether a regular file exists at a path of the archive (pictures and other files the index does not hold). */
  fileExists: (path: string) => boolean;
  /** The archive's files that are not articles, for wikilinks that name one (`[[photo.png]]`); read when first asked. */
  otherFiles: () => Iterable<string>;
}

export type CheckRule = (input: CheckInput) => Problem[];

const parseProblems: CheckRule = (input) => input.parseProblems;

const duplicateSlugs: CheckRule = (input) =>
  input.duplicateSlugs.flatMap(({ slug, paths }) =>
    paths.map((path) =>
      problem(path, 'warning', `slug '${slug}' is also used by ${paths.filter((other) => other !== path).join(', ')}`),
    ),
  );

// Links to articles must reach one; of other files, only pictures, sound, video and PDFs are checked: other
// relative links may be meant for the published site (`../about/`).
const brokenLinks: CheckRule = (input) => {
  let articles: ArchiveNames | undefined;
  let others: ArchiveNames | undefined;
  return input.links.flatMap(({ path, target, line }) => {
    // Wikilinks, Zola's @/ links and Hugo's refs name an article (or, a wikilink, any file) without being a relative path.
    const named = namedLink(target);
    if (named) {
      const other = namesOtherFile(named);
      const names = other
        ? (others ??= archiveNames(input.otherFiles()))
        : (articles ??= archiveNames([...input.paths].filter(isArticleFile)));
      if (resolveNamedLink(path, named, names)) return [];
      return [problem(path, 'warning', `broken link to '${target}' (no such ${other ? 'file' : 'article'})`, line)];
    }
    const resolved = linkedFile(path, target)?.path;
    if (resolved === undefined) return [];
    const outside = resolved.startsWith('../');
    if (isArticleFile(resolved)) {
      return input.paths.has(resolved)
        ? []
        : [
            problem(
              path,
              'warning',
              `broken link to '${target}' (${outside ? 'outside the archive' : 'no such article'})`,
              line,
            ),
          ];
    }
    if (!isMediaFile(resolved)) return [];
    if (outside)
      return [
        problem(path, 'warning', `broken link to '${target}' (outside the archive: an export cannot carry it)`, line),
      ];
    return input.fileExists(resolved)
      ? []
      : [problem(path, 'warning', `broken link to '${target}' (no such file)`, line)];
  });
};

/** Every rule, in the order their problems are reported for a file. */
export const CHECK_RULES: readonly CheckRule[] = [parseProblems, duplicateSlugs, brokenLinks];
