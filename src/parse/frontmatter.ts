/**
 * Splits a Markdown file into frontmatter and body, and parses the frontmatter as data.
 *
 * Reads YAML between `---` fences, TOML between `+++` fences and a JSON object at the top of the file. Any other
 * language named after the opening fence (`---js`, `---coffee`, …) is refused: frontmatter is data, never code.
 * Fences are matched strictly (a whole line), so a missing closing fence is an error rather than a file swallowed
 * whole. Pure: takes text, returns values; never throws on content.
 *
 * Fenced blocks go through gray-matter, configured so that it can only read data: its engines are replaced
 * (YAML by the `yaml` package with an alias limit, TOML by smol-toml, JSON by JSON.parse, each reporting errors
 * at their file line), every code engine throws, and options are passed on every call, which keeps gray-matter's
 * global cache (every file's text, kept forever) unused. gray-matter is loaded on the first fenced file, so
 * commands that never parse a file never load it.
 */
import { createRequire } from 'node:module';
import { parseDocument } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { FrontmatterFormat } from '../model/article.js';
import type { Severity } from '../model/problem.js';
import { isStackOverflow, toPlainData, PlainDataError, TOO_DEEP } from './plain-data.js';
import type GrayMatter from 'gray-matter';

/** A problem found in the frontmatter, located by file line. */
export interface FrontmatterIssue {
  line: number;
  severity: Severity;
  message: string;
}

export interface SplitFile {
  format: FrontmatterFormat;
  data: Record<string, unknown>;
  body: string;
  /** 1-based file line where `body` starts. */
  bodyLine: number;
  issues: FrontmatterIssue[];
  /** 1-based file line of each top-level field, so later problems can point at it. */
  fieldLines: Record<string, number>;
}

const YAML_OPEN = /^---[ \t]*([^\s]*)[ \t]*$/;
const YAML_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const TOML_FENCE = /^\+\+\+[ \t]*$/;

/** Aliases in YAML are capped low: a handful is normal, hundreds are an expansion attack. */
const MAX_YAML_ALIASES = 100;

/** Splits `text` (line endings already `\n`, no BOM) into parsed frontmatter and body. */
export function splitFrontmatter(text: string): SplitFile {
  const firstEnd = text.indexOf('\n');
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);

  const yamlOpen = YAML_OPEN.exec(firstLine);
  if (yamlOpen) {
    const language = (yamlOpen[1] ?? '').toLowerCase();
    return fenced(text, language === '' || language === 'yml' ? 'yaml' : language, YAML_CLOSE, '---');
  }
  if (TOML_FENCE.test(firstLine)) return fenced(text, 'toml', TOML_FENCE, '+++');
  // `{{` opens a Hugo shortcode, not JSON frontmatter.
  if (firstLine.startsWith('{') && !firstLine.startsWith('{{')) return jsonObject(text);
  return noFrontmatter(text);
}

function noFrontmatter(text: string): SplitFile {
  return { format: 'none', data: {}, body: text, bodyLine: 1, issues: [], fieldLines: {} };
}

const TOP_LEVEL_KEY = /^(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([A-Za-z0-9_$][\w$.-]{0,200}))[ \t]*[:=]/;
const JSON_KEY = /^[ \t]*[{,]?[ \t]*"([^"\n]{1,200})"[ \t]*:/;

/** Records the first line of each top-level key of a frontmatter block. */
function locateFields(block: string, firstLine: number, json: boolean): Record<string, number> {
  const lines: Record<string, number> = {};
  block.split('\n').forEach((line, index) => {
    const match = (json ? JSON_KEY : TOP_LEVEL_KEY).exec(line);
    const key = match?.[1] ?? match?.[2] ?? match?.[3];
    if (key !== undefined && !Object.hasOwn(lines, key)) lines[key] = firstLine + index;
  });
  return lines;
}

/** Finds the 0-based index of the first line after line 0 matching `close`, and the offset where it starts. */
function findClosingLine(text: string, close: RegExp): { lineIndex: number; start: number; end: number } | null {
  let start = text.indexOf('\n') + 1;
  let lineIndex = 1;
  if (start === 0) return null;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (close.test(text.slice(start, end))) return { lineIndex, start, end };
    if (newline === -1) return null;
    start = newline + 1;
    lineIndex++;
  }
  return null;
}

/** The languages a fence may name; anything else is refused before gray-matter sees it. */
const DATA_LANGUAGES = new Set(['yaml', 'toml', 'json']);

function fenced(text: string, language: string, close: RegExp, fence: string): SplitFile {
  const closing = findClosingLine(text, close);
  if (!closing) {
    return {
      ...noFrontmatter(text),
      issues: [{ line: 1, severity: 'error', message: `frontmatter opened with '${fence}' is never closed` }],
    };
  }
  const blockStart = text.indexOf('\n') + 1;
  const block = text.slice(blockStart, closing.start);
  const body = closing.end >= text.length ? '' : text.slice(closing.end + 1);
  const bodyLine = closing.lineIndex + 2;
  const base = { body, bodyLine, fieldLines: locateFields(block, 2, language === 'json') };

  if (DATA_LANGUAGES.has(language)) {
    return { ...base, ...parseFenced(language, fence, text.slice(closing.start, closing.end).trim(), block) };
  }
  return { ...base, format: 'none', data: {}, issues: [refusedLanguage(language)] };
}

function refusedLanguage(language: string): FrontmatterIssue {
  return {
    line: 1,
    severity: 'error',
    message: `frontmatter language '${language}' is refused (folio reads YAML, TOML and JSON, and never runs code)`,
  };
}

let grayMatter: typeof GrayMatter | undefined;

/** Block parsers by language, for the lines between the fences and the file line of the first. */
const BLOCK_PARSERS: Record<string, (block: string, firstLine: number) => ParsedBlock> = {
  yaml: parseYamlBlock,
  toml: parseTomlBlock,
  json: parseJsonBlock,
};

/** gray-matter's names for code (its own aliases included): each is refused, whatever is asked. */
const CODE_ENGINES = ['javascript', 'js', 'coffee', 'coffeescript', 'cson'];

/**
 * Parses the lines between two fences through gray-matter. The language was read from the opening line and
 * checked by the strict split, so gray-matter is given the fences bare and the language as an option; the
 * block is all it copies, never the body.
 */
function parseFenced(language: string, open: string, closeFence: string, block: string): ParsedBlock {
  grayMatter ??= createRequire(import.meta.url)('gray-matter') as typeof GrayMatter;
  let parsed: ParsedBlock | undefined;
  // The engine gets the block between the newline ending the opening fence and the one before the closing
  // fence; given back its last newline, it is the strict split's block, and its first line is file line 2.
  const engine = (parse: (block: string, firstLine: number) => ParsedBlock) => (matter: string) => {
    parsed = parse(`${matter.slice(1)}\n`, 2);
    return parsed.data;
  };
  const refuse = () => {
    throw new Error('code in frontmatter is never run');
  };
  const { matter } = grayMatter(`${open}\n${block}${closeFence}`, {
    language,
    delimiters: [open, closeFence],
    excerpt: false,
    engines: {
      yaml: engine(parseYamlBlock),
      toml: engine(parseTomlBlock),
      json: engine(parseJsonBlock),
      // Unreachable while only data languages get here; if one ever did, gray-matter's own eval must not run.
      ...Object.fromEntries(CODE_ENGINES.map((name) => [name, refuse])),
    },
  });
  // gray-matter closes at the first line that starts with the fence ('----' too); the strict split closes only
  // at a whole fence line. When they differ, the block the strict split found is the frontmatter.
  const expected = block === '' ? '' : `\n${block.slice(0, -1)}`;
  if (matter !== expected) return BLOCK_PARSERS[language]!(block, 2);
  // An empty block (or one of comments only) is no fields; gray-matter does not call an engine for it.
  return parsed ?? { format: language as FrontmatterFormat, data: {}, issues: [] };
}

function jsonObject(text: string): SplitFile {
  const end = jsonObjectEnd(text);
  if (end === -1) {
    return {
      ...noFrontmatter(text),
      issues: [{ line: 1, severity: 'error', message: "JSON frontmatter opened with '{' is never closed" }],
    };
  }
  const lineEnd = text.indexOf('\n', end);
  const block = text.slice(0, end);
  const body = lineEnd === -1 ? '' : text.slice(lineEnd + 1);
  return {
    body,
    bodyLine: countNewlines(text, end) + 2,
    fieldLines: locateFields(block, 1, true),
    ...parseJsonBlock(block, 1),
  };
}

/** Returns the offset just after the `}` that closes the object opening the text, or -1. */
function jsonObjectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) depth++;
    else if (char === 0x7d || char === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

type ParsedBlock = Pick<SplitFile, 'format' | 'data' | 'issues'>;

function parseYamlBlock(block: string, firstLine: number): ParsedBlock {
  const issues: FrontmatterIssue[] = [];
  // YAML 1.2 core schema: dates stay strings as written, `yes` stays a string.
  // logLevel 'error': the yaml package prints its warnings (a map used as a key, …) to stderr itself, quoting the
  // article's text; nothing from an article reaches the terminal that way.
  const doc = parseDocument(block, { uniqueKeys: true, prettyErrors: false, strict: false, logLevel: 'error' });
  let fatal = false;
  // The parser reads nesting by recursion: thousands of levels exhaust its stack, which it reports as an error.
  if (doc.errors.some((error) => isStackOverflow(error.message))) {
    return {
      format: 'yaml',
      data: salvageYamlFields(block),
      issues: [{ line: firstLine, severity: 'error', message: `frontmatter ${TOO_DEEP}` }],
    };
  }
  for (const error of doc.errors) {
    const line = firstLine + countNewlines(block, error.pos[0]);
    const message = firstSentence(error.message);
    if (error.code === 'DUPLICATE_KEY') {
      issues.push({ line, severity: 'warning', message: `YAML: ${message} (the last value is used)` });
    } else {
      issues.push({ line, severity: 'error', message: `YAML: ${message}` });
      fatal = true;
    }
  }
  if (fatal)
    return {
      format: 'yaml',
      data: salvageYamlFields(block),
      issues: issues.filter((issue) => issue.severity === 'error').slice(0, 1),
    };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const reason = isStackOverflow(error)
      ? `frontmatter ${TOO_DEEP}`
      : error instanceof Error && /alias/i.test(error.message)
        ? 'YAML: too many aliases (refused as a resource exhaustion attack)'
        : `YAML: ${firstSentence(String(error instanceof Error ? error.message : error))}`;
    return {
      format: 'yaml',
      data: salvageYamlFields(block),
      issues: [{ line: firstLine, severity: 'error', message: reason }],
    };
  }
  return { format: 'yaml', ...asFields(value, firstLine, issues) };
}

/**
 * Recovers the simple `key: value` lines of a YAML block that failed to parse, so a typo in one field
 * does not cost the article its title or date. Each line is parsed on its own; lines that fail are dropped.
 */
function salvageYamlFields(block: string): Record<string, unknown> {
  const fields: [string, unknown][] = [];
  for (const line of block.split('\n')) {
    if (!/^[A-Za-z_][\w-]*:[ \t]+\S/.test(line)) continue;
    const doc = parseDocument(line, { prettyErrors: false, logLevel: 'error' });
    let value: unknown;
    try {
      value = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
    } catch {
      continue; // an alias or tag this line cannot resolve on its own
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const [entry] = Object.entries(value);
      if (entry && (typeof entry[1] === 'string' || typeof entry[1] === 'number' || typeof entry[1] === 'boolean'))
        fields.push(entry);
    }
  }
  return Object.fromEntries(fields);
}

function parseTomlBlock(block: string, firstLine: number): ParsedBlock {
  try {
    return { format: 'toml', ...asFields(parseToml(block), firstLine, []) };
  } catch (error) {
    if (isStackOverflow(error))
      return {
        format: 'toml',
        data: {},
        issues: [{ line: firstLine, severity: 'error', message: `frontmatter ${TOO_DEEP}` }],
      };
    const located = error as { line?: number; message?: string };
    const line = firstLine + ((typeof located.line === 'number' ? located.line : 1) - 1);
    const message = firstSentence(String(located.message ?? error)).replace(/^Invalid TOML document:\s*/, '');
    return { format: 'toml', data: {}, issues: [{ line, severity: 'error', message: `TOML: ${message}` }] };
  }
}

function parseJsonBlock(block: string, firstLine: number): ParsedBlock {
  try {
    return { format: 'json', ...asFields(JSON.parse(block), firstLine, []) };
  } catch (error) {
    if (isStackOverflow(error))
      return {
        format: 'json',
        data: {},
        issues: [{ line: firstLine, severity: 'error', message: `frontmatter ${TOO_DEEP}` }],
      };
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? firstLine + countNewlines(block, Number(position[1])) : firstLine;
    return {
      format: 'json',
      data: {},
      issues: [{ line, severity: 'error', message: `JSON: ${firstSentence(message)}` }],
    };
  }
}

/** Accepts a map of fields; anything else (a list, a scalar) is an error and yields no data. */
function asFields(
  value: unknown,
  line: number,
  issues: FrontmatterIssue[],
): { data: Record<string, unknown>; issues: FrontmatterIssue[] } {
  if (value === null || value === undefined) return { data: {}, issues };
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    const kind = Array.isArray(value) ? 'a list' : `a ${typeof value === 'object' ? 'date' : typeof value}`;
    return {
      data: {},
      issues: [...issues, { line, severity: 'error', message: `frontmatter is ${kind}, not a map of fields` }],
    };
  }
  try {
    return { data: toPlainData(value) as Record<string, unknown>, issues };
  } catch (error) {
    if (!(error instanceof PlainDataError)) throw error;
    return { data: {}, issues: [...issues, { line, severity: 'error', message: `frontmatter ${error.message}` }] };
  }
}

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/[.:]\s*$/, '');
}

function countNewlines(text: string, until: number): number {
  let count = 0;
  for (let i = 0; i < until && i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
