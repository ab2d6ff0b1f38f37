/**
 * Validates `folio.config.json`. Pure: text in, settings and messages out; a bad value is reported with its
 * line and ignored, never fatal, and so is a key folio does not read (most likely a misspelt one).
 */
import {
  CONFIG_FILE,
  CONFIG_KEYS,
  MAPPABLE_FIELDS,
  type ArchiveConfig,
  type ConfigKey,
  type FieldMap,
  type MappableField,
} from '../model/config.js';
import { SORT_KEYS, type SortKey } from '../model/filter.js';
import { problem, type Problem } from '../model/problem.js';
import { isLanguageTag } from './language-tag.js';

/** What a key's reader is given besides its value: for `fields`, which reports its own entries. */
interface ReadContext {
  /** The line of the key at a path (`['fields', 'date']`). */
  lineOf: (path: readonly string[]) => number | undefined;
  problems: Problem[];
}

/**
 * How each key is read: what it must be (said in the message when it is not), and a reader that stores the value
 * and returns true, or returns false for a value of the wrong type.
 */
const SETTINGS: Record<
  ConfigKey,
  { expected: string; read: (value: unknown, config: ArchiveConfig, context: ReadContext) => boolean }
> = {
  title: { expected: 'text', read: (value, config) => store(config, 'title', text(value)) },
  baseUrl: {
    expected: 'an http(s) URL',
    read: (value, config) =>
      store(config, 'baseUrl', typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value) ? value : undefined),
  },
  author: {
    expected: 'a name or a list of names',
    read: (value, config) => store(config, 'defaultAuthors', names(value)),
  },
  authors: {
    expected: 'a name or a list of names',
    read: (value, config) => store(config, 'defaultAuthors', names(value)),
  },
  ignore: { expected: 'a list of patterns', read: (value, config) => store(config, 'ignore', texts(value)) },
  sort: {
    expected: `one of ${SORT_KEYS.join(', ')}`,
    read: (value, config) =>
      store(
        config,
        'sort',
        typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value) ? (value as SortKey) : undefined,
      ),
  },
  lang: {
    expected: 'a language tag (en, de, pt-BR, …)',
    read: (value, config) =>
      store(config, 'lang', typeof value === 'string' && isLanguageTag(value.trim()) ? value.trim() : undefined),
  },
  theme: { expected: 'the path of a theme folder', read: (value, config) => store(config, 'theme', nonEmpty(value)) },
  template: {
    expected: 'the path of a Markdown file',
    read: (value, config) => store(config, 'template', nonEmpty(value)),
  },
  fields: { expected: `a map of ${MAPPABLE_FIELDS.join(', ')} to field names`, read: readFields },
  bodyTags: {
    expected: 'true or false',
    read: (value, config) => store(config, 'bodyTags', typeof value === 'boolean' ? value : undefined),
  },
};

/** Reads the config text; returns what could be used and a problem for everything that could not. */
export function parseConfig(text: string): { config: ArchiveConfig; problems: Problem[] } {
  const config: ArchiveConfig = {};
  const raw = parseObject(text);
  if ('problem' in raw) return { config, problems: [raw.problem] };
  const problems: Problem[] = [];
  const lines = keyLines(text);
  const lineOf = (path: readonly string[]) => lines.get(path.join('\0'));
  for (const [key, value] of Object.entries(raw.object)) {
    const line = lineOf([key]);
    if (!isConfigKey(key)) {
      problems.push(
        problem(
          CONFIG_FILE,
          'warning',
          `'${key}' is not a setting folio reads (${CONFIG_KEYS.join(', ')}); ignored`,
          line,
        ),
      );
      continue;
    }
    const setting = SETTINGS[key];
    if (!setting.read(value, config, { lineOf, problems })) {
      problems.push(problem(CONFIG_FILE, 'warning', `'${key}' must be ${setting.expected}; ignored`, line));
    }
  }
  return { config, problems };
}

/** The file's JSON object, or the problem that makes the whole file unusable. */
function parseObject(text: string): { object: object } | { problem: Problem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: problem(CONFIG_FILE, 'error', `not valid JSON: ${message}; ignored`) };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problem: problem(CONFIG_FILE, 'error', 'must hold a JSON object; ignored') };
  }
  return { object: raw };
}

function isConfigKey(key: string): key is ConfigKey {
  return (CONFIG_KEYS as readonly string[]).includes(key);
}

/** Stores a value that was read; false (nothing stored) when it was not of the expected type. */
function store<K extends keyof ArchiveConfig>(
  config: ArchiveConfig,
  key: K,
  value: ArchiveConfig[K] | undefined,
): boolean {
  if (value === undefined) return false;
  config[key] = value;
  return true;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function texts(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

/** One name or a list of them. */
function names(value: unknown): string[] | undefined {
  return typeof value === 'string' ? [value] : texts(value);
}

/**
 * `fields`: each entry maps a field folio reads to the archive's own names for it. A bad entry is reported at its
 * own line and left out; the rest of the map is kept.
 */
function readFields(value: unknown, config: ArchiveConfig, { lineOf, problems }: ReadContext): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const fields: FieldMap = {};
  const lines: Record<string, number> = {};
  for (const [name, mapped] of Object.entries(value)) {
    const at = lineOf(['fields', name]);
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(name)) {
      problems.push(
        problem(
          CONFIG_FILE,
          'warning',
          `'fields.${name}' is not a field folio reads (${MAPPABLE_FIELDS.join(', ')}); ignored`,
          at,
        ),
      );
      continue;
    }
    const given = names(mapped);
    if (given === undefined || given.length === 0 || given.some((field) => field.trim() === '')) {
      problems.push(
        problem(CONFIG_FILE, 'warning', `'fields.${name}' must be a field name or a list of field names; ignored`, at),
      );
      continue;
    }
    fields[name as MappableField] = given.map((field) => field.trim());
    if (at !== undefined) lines[name] = at;
  }
  config.fields = fields;
  config.fieldLines = lines;
  return true;
}

/**
 * The line of every key in the config text, by its path (`fields\0date`), found by walking the JSON's strings and
 * brackets: a name used as a value, or the same name nested elsewhere, is not taken for the key. A key given twice
 * has the line of its last occurrence, the one JSON.parse keeps. Keys inside arrays are left out (none is read).
 */
function keyLines(text: string): Map<string, number> {
  const colon = /\s*:/y;
  const lines = new Map<string, number>();
  const open: (string | null)[] = [];
  let pendingKey: string | null = null;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (char === '{' || char === '[') {
      open.push(pendingKey);
      pendingKey = null;
    } else if (char === '}' || char === ']') open.pop();
    else if (char === ',') pendingKey = null;
    else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"' && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      colon.lastIndex = end + 1;
      const path = open.slice(1);
      if (colon.test(text) && open.length > 0 && !path.includes(null)) {
        const name = stringValue(text.slice(i, end + 1));
        lines.set([...path, name].join('\0'), line);
        pendingKey = name;
      }
      i = end;
    }
  }
  return lines;
}

function stringValue(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
