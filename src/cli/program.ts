/**
 * The command tree: global flags, and a table of commands, each with its flags, its help and a lazy import of
 * the code that runs it, so `--help` or `list` never load what `export` needs. Adding a command is one entry.
 */
import { Command, type OptionValues } from 'commander';
import { safeLine } from '../render/safe-text.js';
import { folioVersion } from './version.js';
import { createContext, type Context, type GlobalOptions } from './context.js';
import {
  ARTICLE_FORMATS,
  DEFAULT_SERVE_PORT,
  FILTER_FLAGS,
  flag,
  formatFlag,
  LINKS_FORMATS,
  orderFlags,
  TAG_FORMATS,
  toOption,
  type FlagSpec,
} from './flags.js';
import type { Io } from './io.js';
import type { LinksFlags } from './commands/links.js';
import type { ListFlags } from './commands/list.js';
import type { RelatedFlags } from './commands/related.js';
import type { SearchFlags } from './commands/search.js';
import type { TagsFlags } from './commands/tags.js';

/**
 * One command of the table. `operands` are its arguments in order, a variadic one spread out (every command has
 * at most one argument, so nothing is ambiguous); `flags` are its own flags as commander parsed them, untyped:
 * where a command's flags type has a required field (a `--format` with a default), the entry says so.
 */
export interface CommandDefinition {
  name: string;
  alias?: string;
  description: string;
  /** Name as commander spells it (`<article>`, `<paths...>`, `[words...]`) and description. */
  arguments?: readonly (readonly [name: string, description?: string])[];
  flags?: readonly FlagSpec[];
  /** Text printed after the generated help: examples, syntax, exit status. */
  help?: string;
  /** Runs with the archive's context (opened lazily by the command itself). */
  run?: (context: Context, operands: string[], flags: OptionValues) => Promise<number>;
  /** Runs without an archive: it needs only the terminal, or the program itself. */
  runAlone?: (io: Io, operands: string[], program: Command) => number | Promise<number>;
  /** `check` lists the config's problems with the archive's, so they are not also noted up front. */
  listsConfigProblems?: boolean;
  /** Called by the completion scripts only: not listed, takes any words, has no --help. */
  internal?: boolean;
  subcommands?: readonly CommandDefinition[];
}

/** Builds the program; `setExitCode` receives the exit code of the command that ran. */
export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('folio');

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
    .addHelpText('after', PROGRAM_HELP);

  for (const definition of COMMANDS) addCommand(program, definition, { program, io, setExitCode });
  return program;
}

interface Registration {
  program: Command;
  io: Io;
  setExitCode: (code: number) => void;
}

/** Adds one command of the table, and its subcommands, to `parent`. */
function addCommand(parent: Command, definition: CommandDefinition, registration: Registration): void {
  const command = definition.internal
    ? parent.command(definition.name, { hidden: true })
    : parent.command(definition.name);
  if (definition.alias !== undefined) command.alias(definition.alias);
  command.description(definition.description);
  for (const [name, description] of definition.arguments ?? []) command.argument(name, description);
  for (const spec of definition.flags ?? []) command.addOption(toOption(spec));
  if (definition.internal) command.allowUnknownOption().helpOption(false);
  if (definition.help !== undefined) command.addHelpText('after', definition.help);
  for (const subcommand of definition.subcommands ?? []) addCommand(command, subcommand, registration);

  const { run, runAlone } = definition;
  if (run) {
    command.action(async () => {
      const context = await createContext(command.optsWithGlobals<GlobalOptions>(), registration.io, {
        reportConfigProblems: !definition.listsConfigProblems,
      });
      try {
        registration.setExitCode(await run(context, operandsOf(command), command.opts()));
      } finally {
        context.flush();
      }
    });
  } else if (runAlone) {
    command.action(async () =>
      registration.setExitCode(await runAlone(registration.io, operandsOf(command), registration.program)),
    );
  }
}

/** The command's arguments as commander parsed them, a variadic one spread out and an absent one left out. */
function operandsOf(command: Command): string[] {
  return (command.processedArgs as (string | string[] | undefined)[])
    .flat()
    .filter((operand): operand is string => operand !== undefined);
}

/** The commands, in the order `folio --help` lists them. */
const COMMANDS: readonly CommandDefinition[] = [
  {
    name: 'list',
    alias: 'ls',
    description: 'list articles, newest first',
    flags: [
      ...FILTER_FLAGS,
      ...orderFlags(),
      formatFlag(ARTICLE_FORMATS),
      flag('--orphans', 'only articles that no other article links to'),
    ],
    help: `
Examples:
  folio list --tag politics --since 2024
  folio list --author latushka --sort title
  folio list --where lang=ru --format paths | xargs wc -w
  folio list --drafts --sort updated --limit 10
  folio list --orphans --format paths       articles no other article links to`,
    run: async (context, _operands, flags) => (await import('./commands/list.js')).runList(context, flags as ListFlags),
  },
  {
    name: 'search',
    description: 'search the articles: best matches first, each with a line of text around the match',
    arguments: [['<query...>', 'what to look for (syntax below)']],
    flags: [
      ...FILTER_FLAGS,
      flag('-s, --sort <key>', 'rank (default: best match first) or date (newest first)'),
      flag('-n, --limit <n>', 'show at most this many (default for the table: 20; other formats: all)'),
      flag('-F, --exact', 'find the text exactly as typed, punctuation included (C++, node:test, #tag), ignoring case'),
      flag('--show', 'read the best match (as folio show), with the query highlighted'),
      flag('--edit', 'open the best match in your editor, at the line of its first hit'),
      formatFlag(ARTICLE_FORMATS),
    ],
    help: `
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

Exit status: 0 something matched, 1 nothing matched, 2 error (a bad query, say).`,
    run: async (context, words, flags) =>
      (await import('./commands/search.js')).runSearch(context, words.map(restoreQueryWord), flags as SearchFlags),
  },
  {
    name: 'tags',
    description: 'list tags with the number of articles carrying each',
    flags: [...FILTER_FLAGS, formatFlag(TAG_FORMATS)],
    help: `
Examples:
  folio tags                              every tag, with how many articles carry it
  folio tags --since 2024                 tags of this year's articles
  folio tags --format json | jq '.[0]'    records for scripts`,
    run: async (context, _operands, flags) => (await import('./commands/tags.js')).runTags(context, flags as TagsFlags),
  },
  {
    name: 'show',
    description: 'read an article in the terminal',
    arguments: [['<article>', 'a slug, a path, or the start of either']],
    flags: [
      flag('--raw', 'print the Markdown source as it is on disk'),
      flag(
        '--width <columns>',
        'wrap to this many columns (default: the terminal, at most 120; in a pipe $COLUMNS, else 80)',
      ),
      flag('--no-pager', 'never page the output'),
      flag('--highlight <query>', 'mark the hits of a search query (same syntax as folio search)'),
      flag('-F, --exact', 'with --highlight: mark the text exactly as typed, ignoring case only'),
    ],
    help: `
Examples:
  folio show keeping-an-archive        by slug
  folio show notes/reading-time.md     by path
  folio show tok                       by the start of a slug or path, when only one article has it
  folio show tok --raw | wc -w         the source, for other tools
  folio show elections --highlight '"fundamental difference" democr*'

Exit status: 0 shown, 2 no such article, several articles match, or another error.`,
    run: async (context, [reference], flags) =>
      (await import('./commands/show.js')).runShow(context, reference!, flags),
  },
  {
    name: 'new',
    description: 'write a new article with frontmatter, print its path, and open it in your editor',
    arguments: [['<title>', 'the title (the file name is made from it: "My trip" → my-trip.md)']],
    flags: [
      flag('--into <folder>', 'write it into this folder of the archive (default: its root)'),
      flag('-t, --tag <tag>', 'a tag for it (repeatable)', { repeatable: true }),
      flag('--lang <code>', 'its language (en, de, pt-BR, …)'),
      flag('-e, --edit', 'open it in the editor even when not on a terminal'),
      flag('--no-edit', 'do not open the editor'),
    ],
    help: `
Examples:
  folio new "A walk in Minsk"                    minsk.md in the archive, opened in $VISUAL/$EDITOR
  folio new "Reading list" --into notes -t books notes/reading-list.md, tagged books
  folio new "Прогулка" --lang ru --no-edit       only write it and print its path

The date is today in your time zone; the author is the config's default author. With "template":
"<file>" in folio.config.json, the article starts from that Markdown file, whose {{title}}, {{date}}
and {{slug}} are replaced. An existing file is never overwritten: the next free name is taken (-2, -3).`,
    run: async (context, [title], flags) => (await import('./commands/new.js')).runNew(context, title!, flags),
  },
  {
    name: 'edit',
    description: 'open an article in your editor ($VISUAL, else $EDITOR)',
    arguments: [['<article>', 'a slug, a path, or the start of either']],
    help: `
Examples:
  folio edit keeping-an-archive              by slug
  EDITOR='code --wait' folio edit notes/reading-time.md
  folio search '"free election"' --edit      the best match, at the line of its first hit

The editor setting is split into words as a shell would, but never run by a shell. Without $VISUAL
and $EDITOR, the first of editor, nano and vi found on PATH is used.`,
    run: async (context, [reference]) => (await import('./commands/edit.js')).runEdit(context, reference!),
  },
  {
    name: 'links',
    description: 'the articles an article links to, and those linking to it',
    arguments: [['<article>', 'a slug, a path, or the start of either']],
    flags: [formatFlag(LINKS_FORMATS)],
    help: `
Examples:
  folio links keeping-an-archive              links to and from it
  folio links sqlite --format paths           the linked articles' paths, for xargs
  folio list --orphans                        articles no other article links to

Links are relative Markdown links between files of the archive ([text](other.md)); a link to a
file the archive does not hold is listed as missing (folio check reports it too).`,
    run: async (context, [reference], flags) =>
      (await import('./commands/links.js')).runLinks(context, reference!, flags as LinksFlags),
  },
  {
    name: 'related',
    description: 'the articles closest to an article: shared tags first, then its distinctive words',
    arguments: [['<article>', 'a slug, a path, or the start of either']],
    flags: [
      ...FILTER_FLAGS,
      flag('-n, --limit <n>', 'show at most this many (default: 10)'),
      formatFlag(ARTICLE_FORMATS),
    ],
    help: `
Examples:
  folio related keeping-an-archive                 the ten closest articles
  folio related reading-time --limit 3 --format paths
  folio related elections --format json | jq '.[] | {title, sharedTags, score}'

Ranked by the number of tags shared, then by how well an article matches the words that set this
one apart (its rarest frequent words, as search ranks them), then newest first, then by id.
Exit status: 0 some found, 1 none related, 2 no such article or another error.`,
    run: async (context, [reference], flags) =>
      (await import('./commands/related.js')).runRelated(context, reference!, flags as RelatedFlags),
  },
  {
    name: 'serve',
    description: 'preview the exported site in a browser; it reloads as you save articles',
    flags: [
      flag('-p, --port <port>', `port to listen on (default: ${DEFAULT_SERVE_PORT}, else the next free one)`),
      flag('--host <address>', 'address to listen on (default: 127.0.0.1, this computer only)'),
      flag('--drafts', 'include drafts'),
      flag('--title <text>', 'the site title (default: title in the config, else "Articles")'),
    ],
    help: `
Examples:
  folio serve                       http://127.0.0.1:4000/ (or the next free port)
  folio serve --drafts --port 8080
  folio serve --host 0.0.0.0        reachable from other computers too (deliberately)

The pages are those folio export html writes, with a small script that reloads them when an
article is saved. Ctrl-C stops the server and removes its temporary files.`,
    run: async (context, _operands, flags) => (await import('./commands/serve.js')).runServe(context, flags),
  },
  {
    name: 'watch',
    description: 'keep the index current as files change, so other commands skip their scan',
    help: `
Examples:
  folio watch                        run it in a spare terminal, or in the background: folio watch &

While it runs, list, search, show and the others ask it whether anything changed instead of
looking at every file; an edit saved a moment ago is always seen. Ctrl-C stops it.`,
    run: async (context) => (await import('./commands/watch.js')).runWatch(context),
  },
  {
    name: 'completion',
    description: 'print a shell completion script (bash, zsh or fish)',
    arguments: [['<shell>', 'bash, zsh or fish']],
    help: `
Install:
  bash   folio completion bash > ~/.local/share/bash-completion/completions/folio
  zsh    folio completion zsh > "\${fpath[1]}/_folio"      (or: source <(folio completion zsh) in ~/.zshrc)
  fish   folio completion fish > ~/.config/fish/completions/folio.fish

Completes commands, flags, --format and --sort values, --tag and --author from the index, and
article slugs for show, edit, links and related. The index is read as it is, never rescanned.`,
    runAlone: async (io, [shell]) => (await import('./commands/completion.js')).runCompletion(io, shell!),
  },
  {
    name: '__complete',
    description: 'the completions of a command line, one a line (called by the completion scripts)',
    internal: true,
    arguments: [['[words...]']],
    runAlone: async (io, words, program) => (await import('./commands/completion.js')).runComplete(program, io, words),
  },
  {
    name: 'index',
    description: 'bring the index up to date and print a summary',
    flags: [flag('--rebuild', 'discard the index and read every file again')],
    help: `
Examples:
  folio index               read what changed since the last command (every command does this first)
  folio index --rebuild     read every file again

The index is .folio/index.db in the archive: a cache, safe to delete.`,
    run: async (context, _operands, flags) => (await import('./commands/index-command.js')).runIndex(context, flags),
  },
  {
    name: 'check',
    description: 'validate the archive: one "path:line: message" per problem',
    help: `
Examples:
  folio check                       every problem of the archive in this folder
  folio check -C ~/blog | wc -l     how many there are

Exit status: 0 no problems, 1 problems found, 2 the check could not run.`,
    listsConfigProblems: true,
    run: async (context) => (await import('./commands/check.js')).runCheck(context),
  },
  {
    name: 'import',
    description: 'turn saved web pages (.html, .htm) and text files (.txt) into articles',
    arguments: [['<paths...>', 'page files, or folders to import every page from']],
    flags: [
      flag('--into <folder>', 'write the articles into this folder of the archive (default: its root)'),
      flag('--dry-run', 'show what would be written, and write nothing'),
      flag('--force', 'replace an article of the same name instead of choosing a numbered name'),
    ],
    help: `
Examples:
  folio import saved-page.html                  one page, into the archive's root
  folio import ~/Downloads/pages --into web     every .txt, .html and .htm below a folder
  folio import notes.txt --dry-run              show the article that would be written

An existing file is never overwritten: a new article gets a numbered name (title-2.md), and a page
imported before with the same result is skipped. Exit status: 0 all imported or skipped, 1 some
pages failed, 2 usage error.`,
    run: async (context, inputs, flags) => (await import('./commands/import.js')).runImport(context, inputs, flags),
  },
  {
    name: 'export',
    description: 'publish the archive: a static site (html) or records (json)',
    help: `
Examples:
  folio export html --out site --base-url https://example.org/
  folio export json > archive.json`,
    subcommands: [
      {
        name: 'html',
        description: 'export a static site: pages, tags, authors, search, feeds, sitemap',
        flags: [
          flag(
            '-o, --out <folder>',
            'the folder to write (replaced as a whole; refused if not empty and not made by folio)',
          ),
          flag(
            '--base-url <url>',
            'the absolute URL the site is served from (feeds, sitemap, canonical links; default: baseUrl in the config)',
          ),
          flag('--title <text>', 'the site title (default: title in the config, else "Articles")'),
          flag('--theme <folder>', 'a folder with style.css, head.html, header.html and footer.html to use'),
          flag(
            '--html-as-text',
            'show raw HTML in articles as text (default: kept, sanitised: no scripts, event handlers, frames, forms, styles or javascript:/data: URLs)',
          ),
          flag('--allow-html', 'accepted for compatibility: raw HTML is kept (sanitised) by default', { hidden: true }),
          flag('--no-feeds', 'do not write Atom and RSS feeds'),
          flag('--force', 'replace a non-empty folder that folio did not make'),
          ...FILTER_FLAGS,
        ],
        help: `
Examples:
  folio export html --out site --base-url https://example.org/blog/
  folio export html --out site --tag travel --title "Travel notes"
  folio export html --out /tmp/preview && xdg-open /tmp/preview/index.html`,
        run: async (context, _operands, flags) =>
          (await import('./commands/export-html.js')).runExportHtml(context, flags),
      },
      {
        name: 'json',
        description: 'export one record per article: metadata, Markdown body, HTML and text',
        flags: [
          flag('-o, --out <file>', 'the file to write, or - for stdout (default)'),
          flag('--jsonl', 'one record per line (JSON Lines)'),
          flag('--jsonfeed', 'a JSON Feed 1.1 document'),
          flag(
            '--base-url <url>',
            'the URL of the exported site, for JSON Feed links (default: baseUrl in the config)',
          ),
          flag('--title <text>', 'the archive title (default: title in the config, else "Articles")'),
          flag('--html-as-text', 'show raw HTML of articles as text in the html field (default: kept, sanitised)'),
          flag('--allow-html', 'accepted for compatibility: raw HTML is kept (sanitised) by default', { hidden: true }),
          flag('--force', 'replace an existing file that is not a .json or .jsonl file'),
          flag(
            '--changes-since <state-file>',
            'only what changed since the sync recorded in this file (created when missing, updated when done): new and edited records, then deletions',
          ),
          flag(
            '--bulk <engine>',
            'write the bulk form of a search engine: opensearch (_bulk NDJSON, also Elasticsearch)',
          ),
          flag(
            '--max-bytes <size>',
            'with --out: cut the lines into files of at most this size (50mb, 512kb…): changes.ndjson, changes-2.ndjson, …',
          ),
          ...FILTER_FLAGS,
        ],
        help: `
Examples:
  folio export json > archive.json
  folio export json --jsonl --tag politics | curl -H 'Content-Type: application/x-ndjson' --data-binary @- …
  folio export json --jsonfeed --base-url https://example.org/ --out feed.json
  folio export json --bulk opensearch --changes-since .folio-sync.json |
    curl -H 'Content-Type: application/x-ndjson' -XPOST --data-binary @- http://localhost:9200/articles/_bulk

With --changes-since, a deleted article is a line {"id": …, "deleted": true} (--jsonl) or a delete
action (--bulk opensearch). The state file is written only after the whole export was.`,
        run: async (context, _operands, flags) =>
          (await import('./commands/export-json.js')).runExportJson(context, flags),
      },
    ],
  },
];

const PROGRAM_HELP = `
Examples:
  folio list                            articles of this folder, newest first
  folio list -C ~/blog --tag travel     articles tagged "travel" in ~/blog
  folio list --format json | jq .       records for scripts
  folio search belarus -russia          about Belarus, not mentioning Russia
  folio show keeping-an-archive         read one (by slug, path, or their start)
  folio related keeping-an-archive      the articles closest to it
  folio tags                            tags and how many articles carry each
  folio check                           broken frontmatter, dates, slugs, links
  folio import ~/saved --into imported  saved web pages and texts as articles
  folio new "A walk in Minsk"           start an article (opens your editor)
  folio serve                           preview the site; pages reload as you save
  folio export html --out site          publish the archive as a static site

Exit status: 0 success; 1 nothing matched (search), problems found (check) or
some pages failed (import); 2 error.`;

/**
 * Marks the words of a search query that start with `-` (exclusions such as `-russia`), so the option parser
 * takes them for query words rather than for flags (`-russia` would otherwise be `-r -u -s …`, and `-travel`
 * the tag `ravel`). A flag of the search command, exactly as it is spelled (`-n`, `--limit`), and the value
 * after one, are left alone. Arguments never contain NUL, so the mark cannot collide with anything typed.
 */
export function protectQueryWords(program: Command, args: readonly string[]): string[] {
  const flagsOf = (command: Command) =>
    command.options
      .flatMap((option) => [option.short, option.long])
      .filter((flag): flag is string => flag !== undefined);
  const takesValue = (command: Command) =>
    new Set(
      command.options
        .filter((option) => option.required || option.optional)
        .flatMap((option) => [option.short, option.long])
        .filter((flag): flag is string => flag !== undefined),
    );
  const globalValues = takesValue(program);

  // The command is the first argument that is neither a global option nor the value of one.
  let position = 0;
  while (position < args.length && args[position]!.startsWith('-'))
    position += globalValues.has(args[position]!) ? 2 : 1;
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
  return safeLine(
    text
      .trim()
      .replace(/^error: /, '')
      .replace(/\n\(Did you mean (.+)\?\)$/, ' (did you mean $1?)')
      .replace(/\. ([A-Z])/g, (_match, letter: string) => `: ${letter.toLowerCase()}`)
      .replace(/\.$/, ''),
  );
}
