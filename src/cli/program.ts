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

  const exporter = program.command('export').description('publish the archive: a static site (html) or records (json)');
  const html = exporter.command('html').description('export a static site: pages, tags, authors, search, feeds, sitemap')
    .option('-o, --out <folder>', 'the folder to write (replaced as a whole; refused if not empty and not made by folio)')
    .option('--base-url <url>', 'the absolute URL the site is served from (feeds, sitemap, canonical links; default: baseUrl in the config)')
    .option('--title <text>', 'the site title (default: title in the config, else "Articles")')
    .option('--theme <folder>', 'a folder with style.css, head.html, header.html and footer.html to use')
    .option('--allow-html', 'keep raw HTML in articles (sanitised: no scripts, event handlers, frames or javascript: URLs)')
    .option('--no-feeds', 'do not write Atom and RSS feeds')
    .option('--force', 'replace a non-empty folder that folio did not make');
  addFilterOptions(html);
  html.addHelpText('after', `
Examples:
  folio export html --out site --base-url https://example.org/blog/
  folio export html --out site --tag travel --title "Travel notes"
  folio export html --out /tmp/preview && xdg-open /tmp/preview/index.html`);
  html.action(async (flags, command: Command) => run(command, async (context) => {
    const { runExportHtml } = await import('./commands/export-html.js');
    return runExportHtml(context, flags);
  })());

  const json = exporter.command('json').description('export one record per article: metadata, Markdown body, HTML and text')
    .option('-o, --out <file>', 'the file to write, or - for stdout (default)')
    .option('--jsonl', 'one record per line (JSON Lines)')
    .option('--jsonfeed', 'a JSON Feed 1.1 document')
    .option('--base-url <url>', 'the URL of the exported site, for JSON Feed links (default: baseUrl in the config)')
    .option('--title <text>', 'the archive title (default: title in the config, else "Articles")')
    .option('--allow-html', 'keep raw HTML of articles in the html field (sanitised)')
    .option('--force', 'replace an existing file that is not a .json or .jsonl file');
  addFilterOptions(json);
  json.addHelpText('after', `
Examples:
  folio export json > archive.json
  folio export json --jsonl --tag politics | curl -H 'Content-Type: application/x-ndjson' --data-binary @- …
  folio export json --jsonfeed --base-url https://example.org/ --out feed.json`);
  json.action(async (flags, command: Command) => run(command, async (context) => {
    const { runExportJson } = await import('./commands/export-json.js');
    return runExportJson(context, flags);
  })());

  return program;
}
