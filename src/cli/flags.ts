/**
 * Flags shared by several commands, and their conversion from commander's strings into validated values.
 * Every bad value is a usage error (exit 2) raised before the index is opened.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../model/errors.js';
import { SORT_KEYS, type ArticleFilter, type ArticleOrder, type FieldCondition, type SortKey } from '../model/filter.js';
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

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The `--format` choices of `list` and `search`: a table, or records for scripts. */
export const ARTICLE_FORMATS = ['table', 'json', 'jsonl', 'paths'] as const;
/** The `--format` choices of `tags`: tags have no paths. */
export const TAG_FORMATS = ['table', 'json', 'jsonl'] as const;
/** The `--format` choices of `links`. */
export const LINKS_FORMATS = ['table', 'json', 'paths'] as const;
/** The port `serve` listens on unless told otherwise (as Jekyll's server). */
export const DEFAULT_SERVE_PORT = 4000;

/** Adds `--tag`, `--author`, `--since`, `--until`, `--where` and `--drafts`. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('-t, --tag <tag>', 'only articles with this tag (repeat: all must match)', collect)
    .option('-a, --author <name>', 'only articles by an author whose name contains this')
    .option('--since <date>', 'only articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--until <date>', 'only articles dated on or before this day')
    .option('-w, --where <key=value>', 'only articles whose frontmatter field equals this (repeatable)', collect)
    .option('--drafts', 'include drafts (hidden by default)');
}

/** Adds `--sort`, `--reverse` and `--limit`. */
export function addOrderOptions(command: Command, defaultSort = 'date'): Command {
  return command
    .addOption(new Option('-s, --sort <key>', `order by ${SORT_KEYS.join(', ')} (default: ${defaultSort})`))
    .option('-r, --reverse', 'reverse the order')
    .option('-n, --limit <n>', 'show at most this many');
}

/** Adds `--format` with the given choices. */
export function addFormatOption(command: Command, formats: readonly string[]): Command {
  return command.addOption(new Option('-f, --format <format>', `output format: ${formats.join(', ')}`).default(formats[0]));
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
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UsageError(`--limit ${text}: expected a whole number of at least 1`);
  return Number(text);
}

/** Checks `--format` against the formats a command supports. */
export function toFormat<T extends string>(format: string, formats: readonly T[]): T {
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`--format ${format}: expected one of ${formats.join(', ')}`);
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
