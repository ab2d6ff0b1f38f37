/**
 * The command tree: global flags, each command's flags and help, and a lazy import of the code that runs it,
 * so `--help` or `list` never load what `export` needs.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { createContext, type Context, type GlobalOptions } from './context.js';
import { addFilterOptions, addFormatOption, addOrderOptions } from './flags.js';
import type { Io } from './io.js';

/** Runs a command with its context and returns the exit code. */
export type Runner = (context: Context) => Promise<number>;

const FORMATS = ['table', 'json', 'jsonl', 'paths'] as const;

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** Builds the program; `setExitCode` receives the exit code of the command that ran. */
export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('folio');
  const run = (command: Command, runner: Runner) => async () => {
    const context = await createContext(command.optsWithGlobals<GlobalOptions>(), io);
    setExitCode(await runner(context));
  };

  // Set before any subcommand is added: commander copies these settings into each subcommand it creates.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`folio: ${text.replace(/^error: /, '').replace(/\n\(Did you mean (.+)\?\)/, ' (did you mean $1?)')}`),
    })
    .description('Index, search, read and publish a folder of Markdown articles.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('-C, --dir <path>', 'archive folder (default: $FOLIO_DIR, else the current folder)')
    .option('--index <file>', 'index file (default: <dir>/.folio/index.db)')
    .option('--color', 'always colour the output')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'print stack traces of errors')
    .showSuggestionAfterError(true)
    .addHelpText('after', `
Examples:
  folio list                         articles of the current folder, newest first
  folio list -C ~/blog --tag travel  articles tagged "travel" in ~/blog
  folio list --format json | jq .    records for scripts
  folio show keeping-an-archive      read an article (by slug, path, or the start of either)
  folio tags                         tags and how many articles carry each
  folio check                        report broken frontmatter, dates, duplicate slugs, links

Exit status: 0 success, 1 problems found (check), 2 error.`);

  const list = program.command('list').alias('ls').description('list articles, newest first');
  addFormatOption(addOrderOptions(addFilterOptions(list)), FORMATS);
  list.addHelpText('after', `
Examples:
  folio list --tag politics --since 2024
  folio list --author latushka --sort title
  folio list --where lang=ru --format paths | xargs wc -w
  folio list --drafts --sort updated --limit 10`);
  list.action(async (flags, command: Command) => run(command, async (context) => {
    const { runList } = await import('./commands/list.js');
    return runList(context, flags);
  })());

  const tags = program.command('tags').description('list tags with the number of articles carrying each');
  addFormatOption(addFilterOptions(tags), ['table', 'json', 'jsonl']);
  tags.action(async (flags, command: Command) => run(command, async (context) => {
    const { runTags } = await import('./commands/tags.js');
    return runTags(context, flags);
  })());

  const show = program.command('show').description('read an article in the terminal')
    .argument('<article>', 'a slug, a path, or the start of either')
    .option('--raw', 'print the Markdown source as it is on disk')
    .option('--width <columns>', 'wrap to this many columns (default: the terminal, at most 120; 80 in a pipe)')
    .option('--no-pager', 'never page the output');
  show.addHelpText('after', `
Examples:
  folio show keeping-an-archive        by slug
  folio show notes/reading-time.md     by path
  folio show tok                       by the start of a slug or path, when only one article has it
  folio show tok --raw | wc -w         the source, for other tools

Exit status: 0 shown, 2 no such article, several articles match, or another error.`);
  show.action(async (reference: string, flags, command: Command) => run(command, async (context) => {
    const { runShow } = await import('./commands/show.js');
    return runShow(context, reference, flags);
  })());

  const index = program.command('index').description('bring the index up to date and print a summary')
    .option('--rebuild', 'discard the index and read every file again');
  index.action(async (flags, command: Command) => run(command, async (context) => {
    const { runIndex } = await import('./commands/index.js');
    return runIndex(context, flags);
  })());

  const check = program.command('check').description('validate the archive: one "path:line: message" per problem')
    .addHelpText('after', '\nExit status: 0 no problems, 1 problems found, 2 the check could not run.');
  check.action(async (_flags, command: Command) => run(command, async (context) => {
    const { runCheck } = await import('./commands/check.js');
    return runCheck(context);
  })());

  return program;
}
