/**
 * The command tree: global flags, each command's flags and help, and a lazy import of the code that runs it,
 * so `--help` or `list` never load what `export` needs.
 */
import { Command, Option } from 'commander';
import { safeLine } from '../render/safe-text.js';
import { folioVersion } from './version.js';
import { createContext, type Context, type GlobalOptions } from './context.js';
import { addFilterOptions, addFormatOption, addOrderOptions, ARTICLE_FORMATS, collect, DEFAULT_SERVE_PORT, LINKS_FORMATS, TAG_FORMATS } from './flags.js';
import type { Io } from './io.js';

/** Runs a command with its context and returns the exit code. */
export type Runner = (context: Context) => Promise<number>;

/** Builds the program; `setExitCode` receives the exit code of the command that ran. */
export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('folio');
  const run = (command: Command, runner: Runner) => async () => {
    // `check` lists the config's problems with the archive's, so they are not also noted up front.
    const context = await createContext(command.optsWithGlobals<GlobalOptions>(), io, { reportConfigProblems: command.name() !== 'check' });
    try {
      setExitCode(await runner(context));
    } finally {
      context.flush();
    }
  };

  // Set before any subcommand is added: commander copies these settings into each subcommand it creates.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`folio: ${commanderMessage(text)}\n`),
    })
    .description('Index, search, read and publish a folder of Markdown articles.')
    .version(folioVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('-C, --dir <path>', 'archive folder (default: $FOLIO_DIR, else the current folder)')
    .option('--index <file>', 'index file (default: <dir>/.folio/index.db)')
    .option('--color', 'always colour the output')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--debug', 'print stack traces of errors')
    .showSuggestionAfterError(true)
    .addHelpText('after', `
Examples:
  folio list                            articles of this folder, newest first
  folio list -C ~/blog --tag travel     articles tagged "travel" in ~/blog
  folio list --format json | jq .       records for scripts
  folio search belarus -russia          about Belarus, not mentioning Russia
  folio show keeping-an-archive         read one (by slug, path, or their start)
  folio tags                            tags and how many articles carry each
  folio check                           broken frontmatter, dates, slugs, links
  folio import ~/saved --into imported  saved web pages and texts as articles
  folio new "A walk in Minsk"           start an article (opens your editor)
  folio serve                           preview the site; pages reload as you save
  folio export html --out site          publish the archive as a static site

Exit status: 0 success; 1 nothing matched (search), problems found (check) or
some pages failed (import); 2 error.`);

  const list = program.command('list').alias('ls').description('list articles, newest first');
  addFormatOption(addOrderOptions(addFilterOptions(list)), ARTICLE_FORMATS);
  list.option('--orphans', 'only articles that no other article links to');
  list.addHelpText('after', `
Examples:
  folio list --tag politics --since 2024
  folio list --author latushka --sort title
  folio list --where lang=ru --format paths | xargs wc -w
  folio list --drafts --sort updated --limit 10
  folio list --orphans --format paths       articles no other article links to`);
  list.action(async (flags, command: Command) => run(command, async (context) => {
    const { runList } = await import('./commands/list.js');
    return runList(context, flags);
  })());

  const search = program.command('search')
    .description('search the articles: best matches first, each with a line of text around the match')
    .argument('<query...>', 'what to look for (syntax below)');
  addFilterOptions(search)
    .option('-s, --sort <key>', 'rank (default: best match first) or date (newest first)')
    .option('-n, --limit <n>', 'show at most this many (default for the table: 20; other formats: all)')
    .option('-F, --exact', 'find the text exactly as typed, punctuation included (C++, node:test, #tag), ignoring case')
    .option('--show', 'read the best match (as folio show), with the query highlighted')
    .option('--edit', 'open the best match in your editor, at the line of its first hit');
  addFormatOption(search, ARTICLE_FORMATS);
  search.addHelpText('after', `
Query (case and accents do not matter):
  belarus election     both words, anywhere in the article
  '"free election"'    the words next to each other (quoted for the shell too)
  election OR vote     either word
  minsk vote OR poll   minsk, and vote or poll (OR binds tighter than a space)
  belarus -russia      without a word (also: NOT russia)
  democr*              words starting with democr
  (a OR b) -(c d)      parentheses group
  title:minsk          only in the title (also tag:travel, author:latushka)

Examples:
  folio search belarus election --since 2020
  folio search '"free election"' -russia --format json | jq '.[].snippet'
  folio search 東京 --sort date
  folio search --exact node:test --format paths
  folio search belarus election --show

Exit status: 0 something matched, 1 nothing matched, 2 error (a bad query, say).`);
  search.action(async (words: string[], flags, command: Command) => run(command, async (context) => {
    const { runSearch } = await import('./commands/search.js');
    return runSearch(context, words.map(restoreQueryWord), flags);
  })());

  const tags = program.command('tags').description('list tags with the number of articles carrying each');
  addFormatOption(addFilterOptions(tags), TAG_FORMATS);
  tags.addHelpText('after', `
Examples:
  folio tags                              every tag, with how many articles carry it
  folio tags --since 2024                 tags of this year's articles
  folio tags --format json | jq '.[0]'    records for scripts`);
  tags.action(async (flags, command: Command) => run(command, async (context) => {
    const { runTags } = await import('./commands/tags.js');
    return runTags(context, flags);
  })());

  const show = program.command('show').description('read an article in the terminal')
    .argument('<article>', 'a slug, a path, or the start of either')
    .option('--raw', 'print the Markdown source as it is on disk')
    .option('--width <columns>', 'wrap to this many columns (default: the terminal, at most 120; in a pipe $COLUMNS, else 80)')
    .option('--no-pager', 'never page the output')
    .option('--highlight <query>', 'mark the hits of a search query (same syntax as folio search)')
    .option('-F, --exact', 'with --highlight: mark the text exactly as typed, ignoring case only');
  show.addHelpText('after', `
Examples:
  folio show keeping-an-archive        by slug
  folio show notes/reading-time.md     by path
  folio show tok                       by the start of a slug or path, when only one article has it
  folio show tok --raw | wc -w         the source, for other tools
  folio show elections --highlight '"fundamental difference" democr*'

Exit status: 0 shown, 2 no such article, several articles match, or another error.`);
  show.action(async (reference: string, flags, command: Command) => run(command, async (context) => {
    const { runShow } = await import('./commands/show.js');
    return runShow(context, reference, flags);
  })());

  const newCommand = program.command('new').description('write a new article with frontmatter, print its path, and open it in your editor')
    .argument('<title>', 'the title (the file name is made from it: "My trip" → my-trip.md)')
    .option('--into <folder>', 'write it into this folder of the archive (default: its root)')
    .option('-t, --tag <tag>', 'a tag for it (repeatable)', collect)
    .option('--lang <code>', 'its language (en, de, pt-BR, …)')
    .option('-e, --edit', 'open it in the editor even when not on a terminal')
    .option('--no-edit', 'do not open the editor')
    .addHelpText('after', `
Examples:
  folio new "A walk in Minsk"                    minsk.md in the archive, opened in $VISUAL/$EDITOR
  folio new "Reading list" --into notes -t books notes/reading-list.md, tagged books
  folio new "Прогулка" --lang ru --no-edit       only write it and print its path

The date is today in your time zone; the author is the config's default author. With "template":
"<file>" in folio.config.json, the article starts from that Markdown file, whose {{title}}, {{date}}
and {{slug}} are replaced. An existing file is never overwritten: the next free name is taken (-2, -3).`);
  newCommand.action(async (title: string, flags, command: Command) => run(command, async (context) => {
    const { runNew } = await import('./commands/new.js');
    return runNew(context, title, flags);
  })());

  const edit = program.command('edit').description('open an article in your editor ($VISUAL, else $EDITOR)')
    .argument('<article>', 'a slug, a path, or the start of either');
  edit.addHelpText('after', `
Examples:
  folio edit keeping-an-archive              by slug
  EDITOR='code --wait' folio edit notes/reading-time.md
  folio search '"free election"' --edit      the best match, at the line of its first hit

The editor setting is split into words as a shell would, but never run by a shell. Without $VISUAL
and $EDITOR, the first of editor, nano and vi found on PATH is used.`);
  edit.action(async (reference: string, _flags, command: Command) => run(command, async (context) => {
    const { runEdit } = await import('./commands/edit.js');
    return runEdit(context, reference);
  })());

  const links = program.command('links').description('the articles an article links to, and those linking to it')
    .argument('<article>', 'a slug, a path, or the start of either')
    .addOption(new Option('-f, --format <format>', `output format: ${LINKS_FORMATS.join(', ')}`).default('table'))
    .addHelpText('after', `
Examples:
  folio links keeping-an-archive              links to and from it
  folio links sqlite --format paths           the linked articles' paths, for xargs
  folio list --orphans                        articles no other article links to

Links are relative Markdown links between files of the archive ([text](other.md)); a link to a
file the archive does not hold is listed as missing (folio check reports it too).`);
  links.action(async (reference: string, flags, command: Command) => run(command, async (context) => {
    const { runLinks } = await import('./commands/links.js');
    return runLinks(context, reference, flags);
  })());

  const serve = program.command('serve').description('preview the exported site in a browser; it reloads as you save articles')
    .option('-p, --port <port>', `port to listen on (default: ${DEFAULT_SERVE_PORT}, else the next free one)`)
    .option('--host <address>', 'address to listen on (default: 127.0.0.1, this computer only)')
    .option('--drafts', 'include drafts')
    .option('--title <text>', 'the site title (default: title in the config, else "Articles")')
    .addHelpText('after', `
Examples:
  folio serve                       http://127.0.0.1:4000/ (or the next free port)
  folio serve --drafts --port 8080
  folio serve --host 0.0.0.0        reachable from other computers too (deliberately)

The pages are those folio export html writes, with a small script that reloads them when an
article is saved. Ctrl-C stops the server and removes its temporary files.`);
  serve.action(async (flags, command: Command) => run(command, async (context) => {
    const { runServe } = await import('./commands/serve.js');
    return runServe(context, flags);
  })());

  program.command('completion').description('print a shell completion script (bash, zsh or fish)')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', `
Install:
  bash   folio completion bash > ~/.local/share/bash-completion/completions/folio
  zsh    folio completion zsh > "\${fpath[1]}/_folio"      (or: source <(folio completion zsh) in ~/.zshrc)
  fish   folio completion fish > ~/.config/fish/completions/folio.fish

Completes commands, flags, --format and --sort values, --tag and --author from the index, and
article slugs for show, edit, links and related. The index is read as it is, never rescanned.`)
    .action(async (shell: string) => {
      const { runCompletion } = await import('./commands/completion.js');
      setExitCode(runCompletion(io, shell));
    });

  program.command('__complete', { hidden: true }).argument('[words...]').allowUnknownOption().helpOption(false)
    .action(async (words: string[]) => {
      const { runComplete } = await import('./commands/completion.js');
      setExitCode(await runComplete(program, io, words));
    });

  const index = program.command('index').description('bring the index up to date and print a summary')
    .option('--rebuild', 'discard the index and read every file again')
    .addHelpText('after', `
Examples:
  folio index               read what changed since the last command (every command does this first)
  folio index --rebuild     read every file again

The index is .folio/index.db in the archive: a cache, safe to delete.`);
  index.action(async (flags, command: Command) => run(command, async (context) => {
    const { runIndex } = await import('./commands/index-command.js');
    return runIndex(context, flags);
  })());

  const check = program.command('check').description('validate the archive: one "path:line: message" per problem')
    .addHelpText('after', `
Examples:
  folio check                       every problem of the archive in this folder
  folio check -C ~/blog | wc -l     how many there are

Exit status: 0 no problems, 1 problems found, 2 the check could not run.`);
  check.action(async (_flags, command: Command) => run(command, async (context) => {
    const { runCheck } = await import('./commands/check.js');
    return runCheck(context);
  })());

  const importCommand = program.command('import').description('turn saved web pages (.html, .htm) and text files (.txt) into articles')
    .argument('<paths...>', 'page files, or folders to import every page from')
    .option('--into <folder>', 'write the articles into this folder of the archive (default: its root)')
    .option('--dry-run', 'show what would be written, and write nothing')
    .option('--force', 'replace an article of the same name instead of choosing a numbered name')
    .addHelpText('after', `
Examples:
  folio import saved-page.html                  one page, into the archive's root
  folio import ~/Downloads/pages --into web     every .txt, .html and .htm below a folder
  folio import notes.txt --dry-run              show the article that would be written

An existing file is never overwritten: a new article gets a numbered name (title-2.md), and a page
imported before with the same result is skipped. Exit status: 0 all imported or skipped, 1 some
pages failed, 2 usage error.`);
  importCommand.action(async (inputs: string[], flags, command: Command) => run(command, async (context) => {
    const { runImport } = await import('./commands/import.js');
    return runImport(context, inputs, flags);
  })());

  const exporter = program.command('export').description('publish the archive: a static site (html) or records (json)')
    .addHelpText('after', `
Examples:
  folio export html --out site --base-url https://example.org/
  folio export json > archive.json`);
  const html = exporter.command('html').description('export a static site: pages, tags, authors, search, feeds, sitemap')
    .option('-o, --out <folder>', 'the folder to write (replaced as a whole; refused if not empty and not made by folio)')
    .option('--base-url <url>', 'the absolute URL the site is served from (feeds, sitemap, canonical links; default: baseUrl in the config)')
    .option('--title <text>', 'the site title (default: title in the config, else "Articles")')
    .option('--theme <folder>', 'a folder with style.css, head.html, header.html and footer.html to use')
    .option('--html-as-text', 'show raw HTML in articles as text (default: kept, sanitised: no scripts, event handlers, frames, forms, styles or javascript:/data: URLs)')
    .addOption(new Option('--allow-html', 'accepted for compatibility: raw HTML is kept (sanitised) by default').hideHelp())
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
    .option('--html-as-text', 'show raw HTML of articles as text in the html field (default: kept, sanitised)')
    .addOption(new Option('--allow-html', 'accepted for compatibility: raw HTML is kept (sanitised) by default').hideHelp())
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

/**
 * Marks the words of a search query that start with `-` (exclusions such as `-russia`), so the option parser
 * takes them for query words rather than for flags (`-russia` would otherwise be `-r -u -s …`, and `-travel`
 * the tag `ravel`). A flag of the search command, exactly as it is spelled (`-n`, `--limit`), and the value
 * after one, are left alone. Arguments never contain NUL, so the mark cannot collide with anything typed.
 */
export function protectQueryWords(program: Command, args: readonly string[]): string[] {
  const flagsOf = (command: Command) => command.options.flatMap((option) => [option.short, option.long])
    .filter((flag): flag is string => flag !== undefined);
  const takesValue = (command: Command) => new Set(command.options.filter((option) => option.required || option.optional)
    .flatMap((option) => [option.short, option.long]).filter((flag): flag is string => flag !== undefined));
  const globalValues = takesValue(program);

  // The command is the first argument that is neither a global option nor the value of one.
  let position = 0;
  while (position < args.length && args[position]!.startsWith('-')) position += globalValues.has(args[position]!) ? 2 : 1;
  const name = args[position];
  const search = program.commands.find((command) => command.name() === 'search');
  if (!search || (name !== search.name() && !search.aliases().includes(name ?? ''))) return [...args];

  const known = new Set([...flagsOf(program), ...flagsOf(search), '-h', '--help']);
  const values = new Set([...globalValues, ...takesValue(search)]);
  const out = args.slice(0, position + 1);
  for (let i = position + 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (values.has(arg)) {
      out.push(arg, ...args.slice(i + 1, i + 2));
      i++;
    } else if (/^-[^-]/.test(arg) && !known.has(arg)) out.push(QUERY_WORD_MARK + arg);
    else out.push(arg);
  }
  return out;
}

const QUERY_WORD_MARK = '\u0000';

/** Undoes protectQueryWords for one query word. */
function restoreQueryWord(word: string): string {
  return word.startsWith(QUERY_WORD_MARK) ? word.slice(QUERY_WORD_MARK.length) : word;
}

/**
 * Commander's error text as one folio line: no `error: ` prefix, its "Did you mean" hint on the same line, lower
 * case after the first sentence, no closing full stop, control characters made visible.
 */
function commanderMessage(text: string): string {
  return safeLine(text.trim()
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.+)\?\)$/, ' (did you mean $1?)')
    .replace(/\. ([A-Z])/g, (_match, letter: string) => `: ${letter.toLowerCase()}`)
    .replace(/\.$/, ''));
}
