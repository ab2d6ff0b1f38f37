/**
 * What the shell completion scripts ask for: given the words typed after `folio` (the last one being the word
 * under the cursor, possibly empty), the candidates for that word, one per line. Commands and flags come from
 * the command tree itself; flag values from fixed lists (`--format`, `--sort`) or from the index (`--tag`,
 * `--author`, article slugs). The index is read as it stands, read-only, and never refreshed: a keystroke must
 * not rescan a large archive. A folder or file argument answers `:dirs` or `:files`, and the shell completes
 * paths itself.
 */
import type { Command, Option } from 'commander';
import { SORT_KEYS } from '../model/filter.js';
import { ARTICLE_FORMATS, LINKS_FORMATS, TAG_FORMATS } from './flags.js';

/** What the index can tell completion: each query takes the typed prefix and returns at most `limit` values. */
export interface CompletionSource {
  slugs(prefix: string, limit: number): string[];
  tags(prefix: string, limit: number): string[];
  authors(prefix: string, limit: number): string[];
}

/** Candidates listed at most: a shell shows no more than a screenful usefully, and the query stays small. */
export const CANDIDATE_LIMIT = 200;

/** Commands whose argument is an article. */
const ARTICLE_COMMANDS = new Set(['show', 'edit', 'related', 'links']);
/** Options whose value is a folder or a file of the file system. */
const FOLDER_OPTIONS = new Set(['--dir', '--into', '--theme']);
const FILE_OPTIONS = new Set(['--index', '--out']);

/** Fixed values of an option, by command (the first match wins; '' is any command). */
const CHOICES: readonly { command: string; option: string; values: readonly string[] }[] = [
  { command: 'tags', option: '--format', values: TAG_FORMATS },
  { command: 'links', option: '--format', values: LINKS_FORMATS },
  { command: 'related', option: '--format', values: ARTICLE_FORMATS },
  { command: 'search', option: '--sort', values: ['rank', 'date'] },
  { command: '', option: '--format', values: ARTICLE_FORMATS },
  { command: '', option: '--sort', values: SORT_KEYS },
];

/** The candidates for the last of `words`. */
export function completeWords(
  program: Command,
  words: readonly string[],
  source: () => CompletionSource | null,
): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let command: Command = program;
  const path: string[] = [];
  let positional = 0;
  for (let i = 0; i < before.length; i++) {
    const word = before[i]!;
    if (word.startsWith('-')) {
      const option = findOption(command, program, word);
      if (option && (option.required || option.optional) && !word.includes('=')) i++;
      continue;
    }
    const sub = command.commands.find((candidate) => candidate.name() === word || candidate.aliases().includes(word));
    if (sub && positional === 0) {
      command = sub;
      path.push(sub.name());
    } else positional++;
  }
  const name = path.join(' ');

  // The value of the option just before the cursor.
  const previous = before.at(-1);
  const previousOption =
    previous?.startsWith('-') && !previous.includes('=') ? findOption(command, program, previous) : undefined;
  if (previousOption && (previousOption.required || previousOption.optional))
    return optionValues(name, previousOption, current, source);
  // --option=value
  const equals = current.indexOf('=');
  if (current.startsWith('--') && equals > 0) {
    const option = findOption(command, program, current.slice(0, equals));
    if (option)
      return optionValues(name, option, current.slice(equals + 1), source).map((value) =>
        value.startsWith(':') ? value : `${current.slice(0, equals + 1)}${value}`,
      );
  }
  if (current.startsWith('-')) {
    const flags = [
      ...command.options,
      ...(command === program ? [] : program.options.filter((option) => option.long !== '--version')),
    ]
      .filter((option) => !option.hidden)
      .flatMap((option) => [option.long, option.short])
      .filter((flag): flag is string => flag !== undefined);
    return unique([...flags, '--help']).filter((flag) => flag.startsWith(current));
  }
  const subcommands = command.commands
    .filter((sub) => !(sub as unknown as { _hidden?: boolean })._hidden)
    .map((sub) => sub.name());
  if (subcommands.length > 0 && positional === 0) return subcommands.filter((sub) => sub.startsWith(current));
  if (ARTICLE_COMMANDS.has(name) && positional === 0) return source()?.slugs(current, CANDIDATE_LIMIT) ?? [];
  if (name === 'import') return [':files'];
  if (name === 'completion' && positional === 0)
    return ['bash', 'zsh', 'fish'].filter((shell) => shell.startsWith(current));
  return [];
}

function optionValues(
  command: string,
  option: Option,
  current: string,
  source: () => CompletionSource | null,
): string[] {
  const long = option.long ?? '';
  if (FOLDER_OPTIONS.has(long)) return [':dirs'];
  if (FILE_OPTIONS.has(long)) return [':files'];
  if (long === '--tag') return source()?.tags(current, CANDIDATE_LIMIT) ?? [];
  if (long === '--author') return source()?.authors(current, CANDIDATE_LIMIT) ?? [];
  const choice = CHOICES.find((entry) => entry.option === long && (entry.command === command || entry.command === ''));
  return choice ? choice.values.filter((value) => value.startsWith(current)) : [];
}

function findOption(command: Command, program: Command, flag: string): Option | undefined {
  const bare = flag.includes('=') ? flag.slice(0, flag.indexOf('=')) : flag;
  const match = (option: Option) =>
    option.long === bare || option.short === bare || option.long === `--no-${bare.replace(/^--/, '')}`;
  return command.options.find(match) ?? program.options.find(match);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
