/**
 * Validates `folio.config.json`. Pure: text in, settings and messages out; a bad value is reported and
 * ignored, never fatal.
 */
import { CONFIG_FILE, MAPPABLE_FIELDS, type ArchiveConfig, type FieldMap, type MappableField } from '../model/config.js';
import { SORT_KEYS, type SortKey } from '../model/filter.js';
import { problem, type Problem } from '../model/problem.js';

/** Reads the config text; returns what could be used and a problem for everything that could not. */
export function parseConfig(text: string): { config: ArchiveConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const config: ArchiveConfig = { extra: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { config, problems: [problem(CONFIG_FILE, 'error', `not valid JSON: ${message}; ignored`)] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [problem(CONFIG_FILE, 'error', 'must hold a JSON object; ignored')] };
  }
  const bad = (key: string, expected: string, path: string[] = [key]) =>
    problems.push(problem(CONFIG_FILE, 'warning', `'${key}' must be ${expected}; ignored`, lineOf(text, path)));
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'title':
        if (typeof value === 'string') config.title = value; else bad(key, 'text');
        break;
      case 'baseUrl':
        if (typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value)) config.baseUrl = value; else bad(key, 'an http(s) URL');
        break;
      case 'author':
      case 'authors': {
        const names = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((item) => typeof item === 'string') ? value as string[] : undefined;
        if (names) config.defaultAuthors = names; else bad(key, 'a name or a list of names');
        break;
      }
      case 'ignore':
        if (Array.isArray(value) && value.every((item) => typeof item === 'string')) config.ignore = value as string[];
        else bad(key, 'a list of patterns');
        break;
      case 'sort':
        if (typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value)) config.sort = value as SortKey;
        else bad(key, `one of ${SORT_KEYS.join(', ')}`);
        break;
      case 'fields': {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          bad(key, `a map of ${MAPPABLE_FIELDS.join(', ')} to field names`);
          break;
        }
        const fields: FieldMap = {};
        const lines: Record<string, number> = {};
        for (const [name, mapped] of Object.entries(value)) {
          const at = lineOf(text, ['fields', name]);
          if (!(MAPPABLE_FIELDS as readonly string[]).includes(name)) {
            problems.push(problem(CONFIG_FILE, 'warning', `'fields.${name}' is not a field folio reads (${MAPPABLE_FIELDS.join(', ')}); ignored`, at));
            continue;
          }
          const names = typeof mapped === 'string' ? [mapped] : Array.isArray(mapped) && mapped.every((item) => typeof item === 'string') ? mapped as string[] : undefined;
          if (names === undefined || names.length === 0 || names.some((field) => field.trim() === '')) {
            bad(`fields.${name}`, 'a field name or a list of field names', ['fields', name]);
            continue;
          }
          fields[name as MappableField] = names.map((field) => field.trim());
          if (at !== undefined) lines[name] = at;
        }
        config.fields = fields;
        config.fieldLines = lines;
        break;
      }
      case 'template':
        if (typeof value === 'string' && value.trim() !== '') config.template = value; else bad(key, 'the path of a Markdown file');
        break;
      default:
        config.extra[key] = value;
    }
  }
  return { config, problems };
}

/**
 * The line of the config naming the key at `path` (`["fields", "date"]`): each key is looked for as a quoted name
 * after the one before it. Approximate for odd layouts (a key also written inside a string), never wrong by much.
 */
function lineOf(text: string, path: readonly string[]): number | undefined {
  let at = 0;
  for (const key of path) {
    const found = text.indexOf(`${JSON.stringify(key)}`, at);
    if (found === -1) return undefined;
    at = found;
  }
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
