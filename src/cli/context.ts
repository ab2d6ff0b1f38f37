/**
 * Everything a command needs to run, worked out once from the global flags and the process: the archive root,
 * its config, where the index lives, how wide and how colourful output is, and where output goes.
 */
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { CONFIG_FILE, type ArchiveConfig } from '../model/config.js';
import { UsageError } from '../model/errors.js';
import type { Problem } from '../model/problem.js';
import { parseConfig } from '../parse/config.js';
import { safeLine } from '../render/safe-text.js';
import { plainTheme, type Theme } from '../render/theme.js';
import { colorLevel, type ColorLevel } from './color.js';
import type { Io } from './io.js';
import { formatProblem } from './print/problems.js';

export interface GlobalOptions {
  dir?: string;
  index?: string;
  color?: boolean;
  debug?: boolean;
}

export interface Context {
  io: Io;
  /** Absolute, symlinks resolved. */
  root: string;
  /**
   * What turns an archive path into one that opens from the current folder: the archive folder as it was given
   * (`-C notes` gives `notes/`), or '' when it is the current folder. `--format paths` prints through it, as
   * ripgrep prints the folder it was given, so the paths work with xargs.
   */
  pathPrefix: string;
  config: ArchiveConfig;
  /** What is wrong in `folio.config.json` (each value was ignored). */
  configProblems: Problem[];
  indexFile: string;
  /** Styles for stdout and for stderr (each follows its own stream's colour level). */
  theme: Theme;
  errorTheme: Theme;
  colorLevel: ColorLevel;
  /** Columns to lay text out in: the terminal's, else $COLUMNS, else 80. */
  width: number;
  /**
   * Columns a table must fit in: the terminal's, else $COLUMNS; unlimited in a pipe without $COLUMNS, so
   * scripts and files get whole titles rather than ones cut for a screen that is not there.
   */
  tableWidth: number;
  debug: boolean;
  /** Writes one line of results to stdout (gathered into large writes; see `flush`). */
  out(line: string): void;
  /** Writes what `out` has gathered. Runs after every command, and before anything goes to stderr. */
  flush(): void;
  /** Writes one line of diagnostics to stderr, prefixed `folio: `, control characters made visible. */
  note(message: string): void;
  /** Reports a problem found in a file on stderr. */
  report(found: Problem): void;
}

const DEFAULT_WIDTH = 80;

/** Builds the context; fails with a usage error when the root folder does not exist. */
export async function createContext(
  options: GlobalOptions,
  io: Io,
  settings: { reportConfigProblems?: boolean } = {},
): Promise<Context> {
  const given = options.dir ?? io.env.FOLIO_DIR ?? '.';
  const root = resolveRoot(given, io.cwd);
  const stdoutLevel = colorLevel(options.color, io.env, io.stdout);
  const stderrLevel = colorLevel(options.color, io.env, io.stderr);
  const themeFor = async (level: ColorLevel) =>
    level === 0 ? plainTheme : (await import('./chalk-theme.js')).chalkTheme(level);
  const theme = await themeFor(stdoutLevel);
  const errorTheme = stderrLevel === stdoutLevel ? theme : await themeFor(stderrLevel);

  const output = lineBuffer((text) => io.stdout.write(text), io.stdout.isTTY === true);
  const index = options.index ? { file: resolve(io.cwd, options.index) } : await defaultIndexFile(root, io.env);
  const context: Context = {
    io,
    root,
    pathPrefix: pathPrefixFor(given, io.cwd),
    config: {},
    configProblems: [],
    indexFile: index.file,
    theme,
    errorTheme,
    colorLevel: stdoutLevel,
    width: outputWidth(io) ?? DEFAULT_WIDTH,
    tableWidth: outputWidth(io) ?? Number.POSITIVE_INFINITY,
    debug: options.debug === true,
    out: (line) => output.add(line),
    flush: () => output.flush(),
    note: (message) => {
      output.flush();
      io.stderr.write(`folio: ${safeLine(message)}\n`);
    },
    report: (found) => {
      output.flush();
      io.stderr.write(`folio: ${formatProblem(found, errorTheme)}\n`);
    },
  };
  if (index.note) context.note(index.note);
  const { config, problems } = readArchiveConfig(root);
  context.config = config;
  context.configProblems = problems;
  if (settings.reportConfigProblems !== false) for (const found of problems) context.report(found);
  return context;
}

/**
 * Gathers output lines into writes of about 64 KB: tens of thousands of lines written one by one cost more
 * than finding them. On a terminal each line goes out at once, so slow commands show their progress.
 */
function lineBuffer(
  write: (text: string) => void,
  immediate: boolean,
): { add: (line: string) => void; flush: () => void } {
  let lines: string[] = [];
  let size = 0;
  const flush = () => {
    if (lines.length > 0) write(`${lines.join('\n')}\n`);
    lines = [];
    size = 0;
  };
  return {
    add: (line) => {
      lines.push(line);
      size += line.length + 1;
      if (immediate || size >= 1 << 16) flush();
    },
    flush,
  };
}

function resolveRoot(dir: string, cwd: string): string {
  const path = isAbsolute(dir) ? dir : resolve(cwd, dir);
  if (!existsSync(path)) throw new UsageError(`${dir}: no such folder`);
  if (!statSync(path).isDirectory()) throw new UsageError(`${dir}: not a folder`);
  return realpathSync(path);
}

/** The archive's `folio.config.json`, read and checked (no file: the defaults, no problems). */
export function readArchiveConfig(root: string): { config: ArchiveConfig; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(join(root, CONFIG_FILE), 'utf8');
  } catch {
    return { config: {}, problems: [] };
  }
  return parseConfig(text);
}

/**
 * `<root>/.folio/index.db`; a per-user cache folder when the root cannot be written; when neither can be, a
 * folder of the user's own in the system's temporary folder, with a note saying so (the index is a cache:
 * wherever it is, what folio shows comes from the files).
 */
async function defaultIndexFile(
  root: string,
  env: Record<string, string | undefined>,
): Promise<{ file: string; note?: string }> {
  const folder = join(root, '.folio');
  const usable = existsSync(folder) ? statSync(folder).isDirectory() && isWritable(folder) : isWritable(root);
  if (usable) return { file: join(folder, 'index.db') };
  // Loaded only here: no other step of a read command needs a hash, and loading one costs milliseconds.
  const { createHash } = await import('node:crypto');
  const cache = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const cached = join(cache, 'folio', key);
  if (makeFolder(cached)) return { file: join(cached, 'index.db') };
  const uid = process.getuid?.() ?? 'user';
  const temporary = join(tmpdir(), `folio-${uid}`, key);
  if (!makeFolder(temporary, true))
    throw new UsageError(
      `${root}: cannot keep an index: the archive, ${cache} and ${tmpdir()} cannot be written; give one with --index`,
    );
  return {
    file: join(temporary, 'index.db'),
    note: `the archive and ${cache} cannot be written; the index is kept in ${temporary} for now`,
  };
}

/**
 * Creates `path` (and its parents) if needed and tells whether it is a folder this user can write. In the shared
 * temporary folder (`own`), the folder must also belong to this user and be private to them, or it is not used.
 */
function makeFolder(path: string, own = false): boolean {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    const stats = lstatSync(path);
    if (!stats.isDirectory() || !isWritable(path)) return false;
    if (own) {
      const parent = lstatSync(dirname(path));
      const mine = (stats: { uid: number; mode: number; isDirectory(): boolean }) =>
        stats.isDirectory() && stats.uid === (process.getuid?.() ?? stats.uid) && (stats.mode & 0o022) === 0;
      if (!mine(stats) || !mine(parent)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The terminal's width, else $COLUMNS; undefined when neither says. */
function outputWidth(io: Io): number | undefined {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number.parseInt(io.env.COLUMNS ?? '', 10);
  return columns && Number.isFinite(columns) && columns > 0 ? Math.max(20, columns) : undefined;
}

/** The archive's default language (config `lang`), when it names one. */
export function archiveLanguage(context: Pick<Context, 'config'>): string | undefined {
  return context.config.lang;
}

/**
 * Whether `#tags` in article bodies are tags: in an Obsidian vault (a `.obsidian` folder at the root), where
 * they are; elsewhere a `#channel` or a hashtag in prose is no tag of the site's. The config's `bodyTags`
 * (true or false) decides for any archive.
 */
export function readsBodyTags(context: Pick<Context, 'config' | 'root'>): boolean {
  if (context.config.bodyTags !== undefined) return context.config.bodyTags;
  return statSync(join(context.root, '.obsidian'), { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** What in the config changes how files are read: a refresh under another key re-reads every file. */
export function archiveSettingsKey(context: Pick<Context, 'config' | 'root'>): string {
  return JSON.stringify({
    authors: context.config.defaultAuthors ?? [],
    ignore: context.config.ignore ?? [],
    fields: context.config.fields ?? {},
    lang: archiveLanguage(context) ?? null,
    bodyTags: readsBodyTags(context),
  });
}

/** The archive folder as given, ending in the separator, or '' when it is the current folder. */
function pathPrefixFor(given: string, cwd: string): string {
  if (resolve(cwd, given) === resolve(cwd)) return '';
  const folder = normalize(given);
  return folder.endsWith(sep) ? folder : folder + sep;
}
