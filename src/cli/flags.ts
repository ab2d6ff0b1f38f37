/**
 * Flags shared by several commands, and their conversion from commander's strings into validated values.
 * Every bad value is a usage error (exit 2) raised before the index is opened.
 */
import { Option } from 'commander';
import { UsageError } from '../model/errors.js';
import {
  SORT_KEYS,
  type ArticleFilter,
  type ArticleOrder,
  type FieldCondition,
  type SortKey,
} from '../model/filter.js';
import { parseDayBound } from '../parse/dates.js';

export interface FilterFlags {
  tag?: string[];
  author?: string;
  since?: string;
  until?: string;
  where?: string[];
  drafts?: boolean;
}

export interface OrderFlags {
  sort?: string;
  reverse?: boolean;
  limit?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The `--format` choices of `list` and `search`: a table, or records for scripts. */
export const ARTICLE_FORMATS = ['table', 'json', 'jsonl', 'paths'] as const;
/** The `--format` choices of `tags`: tags have no paths. */
export const TAG_FORMATS = ['table', 'json', 'jsonl'] as const;
/** The `--format` choices of `links`. */
export const LINKS_FORMATS = ['table', 'json', 'paths'] as const;
/** The port `serve` listens on unless told otherwise (as Jekyll's server). */
export const DEFAULT_SERVE_PORT = 4000;

/**
 * One flag of a command, as data: the command table lists these, and the program turns each into a commander
 * option when it builds the command.
 */
export interface FlagSpec {
  /** Short and long form with the value's placeholder, as commander spells them: `-t, --tag <tag>`. */
  flags: string;
  description: string;
  /** Each use adds a value to a list (`--tag a --tag b`). */
  repeatable?: boolean;
  default?: string;
  /** Accepted but left out of the help. */
  hidden?: boolean;
}

/** A flag in one line of the command table. */
export function flag(flags: string, description: string, more: Omit<FlagSpec, 'flags' | 'description'> = {}): FlagSpec {
  return { flags, description, ...more };
}

/** The commander option of a flag. */
export function toOption(spec: FlagSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.repeatable) option.argParser(collect);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.hidden) option.hideHelp();
  return option;
}

/** `--tag`, `--author`, `--since`, `--until`, `--where` and `--drafts`. */
export const FILTER_FLAGS: readonly FlagSpec[] = [
  flag('-t, --tag <tag>', 'only articles with this tag (repeat: all must match)', { repeatable: true }),
  flag('-a, --author <name>', 'only articles by an author whose name contains this'),
  flag('--since <date>', 'only articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)'),
  flag('--until <date>', 'only articles dated on or before this day'),
  flag('-w, --where <key=value>', 'only articles whose frontmatter field equals this (repeatable)', {
    repeatable: true,
  }),
  flag('--drafts', 'include drafts (hidden by default)'),
];

/** `--sort`, `--reverse` and `--limit`. */
export function orderFlags(defaultSort = 'date'): FlagSpec[] {
  return [
    flag('-s, --sort <key>', `order by ${SORT_KEYS.join(', ')} (default: ${defaultSort})`),
    flag('-r, --reverse', 'reverse the order'),
    flag('-n, --limit <n>', 'show at most this many'),
  ];
}

/** `--format` with the given choices, the first being the default. */
export function formatFlag(formats: readonly string[]): FlagSpec {
  return flag('-f, --format <format>', `output format: ${formats.join(', ')}`, { default: formats[0] });
}

/** Converts filter flags into a validated filter. */
export function toFilter(flags: FilterFlags): ArticleFilter {
  const filter: ArticleFilter = {
    tags: (flags.tag ?? []).map((tag) => tag.trim()).filter((tag) => tag !== ''),
    where: (flags.where ?? []).map(toCondition),
    drafts: flags.drafts === true,
  };
  if (flags.author !== undefined) filter.author = flags.author;
  if (flags.since !== undefined) filter.since = toDay(flags.since, '--since', 'start');
  if (flags.until !== undefined) filter.until = toDay(flags.until, '--until', 'end');
  if (filter.since && filter.until && filter.since > filter.until) {
    throw new UsageError(`--since ${flags.since} is after --until ${flags.until}`);
  }
  return filter;
}

/** Converts order flags into a validated order; `fallbackSort` comes from the config. */
export function toOrder(flags: OrderFlags, fallbackSort: SortKey = 'date'): ArticleOrder {
  const sort = flags.sort ?? fallbackSort;
  if (!(SORT_KEYS as readonly string[]).includes(sort)) {
    throw new UsageError(`--sort ${sort}: expected one of ${SORT_KEYS.join(', ')}`);
  }
  const order: ArticleOrder = { sort: sort as SortKey, reverse: flags.reverse === true };
  if (flags.limit !== undefined) order.limit = toLimit(flags.limit);
  return order;
}

/** Parses `--limit`: a whole number of at least 1. */
export function toLimit(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw new UsageError(`--limit ${text}: expected a whole number of at least 1`);
  return Number(text);
}

/** Checks `--format` against the formats a command supports. */
export function toFormat<T extends string>(format: string, formats: readonly T[]): T {
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(`--format ${format}: expected one of ${formats.join(', ')}`);
  return format as T;
}

function toDay(text: string, flag: string, end: 'start' | 'end'): string {
  const day = parseDayBound(text.trim(), end);
  if (!day) throw new UsageError(`${flag} ${text}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY`);
  return day;
}

function toCondition(text: string): FieldCondition {
  const equals = text.indexOf('=');
  const key = equals === -1 ? '' : text.slice(0, equals).trim();
  if (key === '' || key.includes('"') || key.split('.').some((part) => part === '')) {
    throw new UsageError(`--where ${text}: expected key=value (a frontmatter field, dots for nested fields)`);
  }
  return { path: key.split('.'), value: text.slice(equals + 1).trim() };
}
