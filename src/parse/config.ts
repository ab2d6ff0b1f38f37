/**
 * Validates `folio.config.json`. Pure: text in, settings and messages out; a bad value is reported and
 * ignored, never fatal.
 */
import { CONFIG_FILE, type ArchiveConfig } from '../model/config.js';
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
  const bad = (key: string, expected: string) => problems.push(problem(CONFIG_FILE, 'warning', `'${key}' must be ${expected}; ignored`));
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
      case 'template':
        if (typeof value === 'string' && value.trim() !== '') config.template = value; else bad(key, 'the path of a Markdown file');
        break;
      default:
        config.extra[key] = value;
    }
  }
  return { config, problems };
}
