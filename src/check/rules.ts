/**
 * The checks `folio check` runs over an indexed archive. Each rule is a small pure function returning
 * Problems, so adding a check is adding a function (and a fixture that shows it).
 */
import { problem, type Problem } from '../model/problem.js';
import { isArticleFile, isMediaFile, linkedFile } from '../parse/article-links.js';

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
}

export type CheckRule = (input: CheckInput) => Problem[];

const parseProblems: CheckRule = (input) => input.parseProblems;

const duplicateSlugs: CheckRule = (input) =>
  input.duplicateSlugs.flatMap(({ slug, paths }) =>
    paths.map((path) => problem(path, 'warning', `slug '${slug}' is also used by ${paths.filter((other) => other !== path).join(', ')}`)));

// Links to articles must reach one; of other files, only pictures, sound, video and PDFs are checked: other
// relative links may be meant for the published site (`../about/`).
const brokenLinks: CheckRule = (input) =>
  input.links.flatMap(({ path, target, line }) => {
    const resolved = linkedFile(path, target)?.path;
    if (resolved === undefined) return [];
    const outside = resolved.startsWith('../');
    if (isArticleFile(resolved)) {
      return input.paths.has(resolved) ? [] : [problem(path, 'warning', `broken link to '${target}' (${outside ? 'outside the archive' : 'no such article'})`, line)];
    }
    if (!isMediaFile(resolved)) return [];
    if (outside) return [problem(path, 'warning', `broken link to '${target}' (outside the archive: an export cannot carry it)`, line)];
    return input.fileExists(resolved) ? [] : [problem(path, 'warning', `broken link to '${target}' (no such file)`, line)];
  });

/** Every rule, in the order their problems are reported for a file. */
export const CHECK_RULES: readonly CheckRule[] = [parseProblems, duplicateSlugs, brokenLinks];
