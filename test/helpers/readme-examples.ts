/**
 * Finds the examples in README.md, so a test can run each one against a fresh copy of the bundled `articles/`.
 *
 * The convention (also described in README.md, "Development"):
 * - An example is a line of an indented code block (four spaces) that starts with `folio `, `$ folio `,
 *   `npx folio ` or `node bin/folio.js ` (after any `VAR=value` words). A line ending in `|` or `\` goes on
 *   with the next line.
 * - A `$ ` line shows its output: the lines under it, up to the next `$ ` line or the end of the block, are
 *   what it prints (stdout, then stderr). In them a line `…` stands for any number of lines, and a line
 *   ending in `…` for any line starting with what precedes the `…`. Durations (`in 0.46 s`) may differ.
 *   Other `$ ` lines of a block that holds an example (`$ head -9 articles/…`) are run too, in order.
 * - The exit status must be 0, unless the command line ends with a comment `# exit status N`. A comment
 *   saying `N columns wide` runs it with `COLUMNS=N`. A folio command shown without output must print something
 *   on stdout (unless it writes to `--out`): an example that lists nothing shows nothing.
 * - `<!-- not tested: reason -->` on a line just above a code block skips its examples; the test names each
 *   skipped one with the reason.
 */

export interface ReadmeCommand {
  /** 1-based line in README.md. */
  line: number;
  /** The shell command as written, prompt and continuation lines joined. */
  command: string;
  /** Whether this is a folio command (rather than `head`, `jq`… shown beside one). */
  isFolio: boolean;
  /** The output shown under a `$ ` command; undefined when none is shown. */
  expected?: string[];
  exitStatus: number;
  columns?: number;
}

export interface ReadmeBlock {
  /** 1-based line of the block's first line. */
  line: number;
  commands: ReadmeCommand[];
  /** Why the block is not run, from a `<!-- not tested: … -->` comment above it. */
  skip?: string;
}

const FOLIO_PREFIX = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:folio|npx folio|node bin\/folio\.js)(?:\s|$)/;

/** The code blocks of a README that hold at least one example. */
export function readmeExamples(text: string): ReadmeBlock[] {
  const lines = text.split('\n');
  const blocks: ReadmeBlock[] = [];
  let inFence = false;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !line.startsWith('    ') || (index > 0 && lines[index - 1]!.trim() !== '')) {
      index++;
      continue;
    }
    // An indented code block: indented lines (and blank lines between them), after a blank line.
    const start = index;
    const body: string[] = [];
    while (
      index < lines.length &&
      (lines[index]!.startsWith('    ') || (lines[index]!.trim() === '' && lines[index + 1]?.startsWith('    ')))
    ) {
      body.push(lines[index]!.slice(4));
      index++;
    }
    const block = parseBlock(body, start + 1, skipReason(lines, start));
    if (block) blocks.push(block);
  }
  return blocks;
}

function skipReason(lines: string[], start: number): string | undefined {
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const marker = /<!--\s*not tested:\s*(.*?)\s*-->/.exec(lines[i]!);
    if (marker) return marker[1];
  }
  return undefined;
}

function parseBlock(body: string[], firstLine: number, skip: string | undefined): ReadmeBlock | undefined {
  const commands: ReadmeCommand[] = [];
  let current: ReadmeCommand | undefined;
  for (let i = 0; i < body.length; i++) {
    const raw = body[i]!;
    const prompted = raw.startsWith('$ ');
    const text = prompted ? raw.slice(2) : raw;
    if (prompted || FOLIO_PREFIX.test(text)) {
      let command = text;
      const line = firstLine + i;
      while (/[|\\]\s*$/.test(stripComment(command)) && i + 1 < body.length) command += '\n' + body[++i]!;
      const comment = trailingComment(command);
      const status = comment ? /exit status (\d+)/.exec(comment) : null;
      const columns = comment ? /(\d+) columns wide/.exec(comment) : null;
      current = {
        line,
        command,
        isFolio: FOLIO_PREFIX.test(text),
        exitStatus: status ? Number(status[1]) : 0,
        ...(prompted ? { expected: [] } : {}),
        ...(columns ? { columns: Number(columns[1]) } : {}),
      };
      commands.push(current);
    } else if (current?.expected && raw.trim() !== '') {
      current.expected.push(raw);
    } else if (current?.expected && raw.trim() === '' && current.expected.length > 0) {
      current.expected.push('');
    } else if (!prompted) {
      current = undefined;
    }
  }
  for (const command of commands) while (command.expected?.at(-1) === '') command.expected.pop();
  if (!commands.some((command) => command.isFolio)) return undefined;
  return { line: firstLine, commands, ...(skip ? { skip } : {}) };
}

/** The text after an unquoted `#` on the command's last line, if any. */
function trailingComment(command: string): string | undefined {
  const last = command.split('\n').at(-1)!;
  const code = stripComment(last);
  return code.length < last.length ? last.slice(code.length) : undefined;
}

/** The command without a trailing shell comment (an unquoted `#` after a space). */
export function stripComment(command: string): string {
  let quote: string | null = null;
  for (let i = 0; i < command.length; i++) {
    const char = command[i]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(command[i - 1]!))) return command.slice(0, i).trimEnd();
  }
  return command;
}

/**
 * Whether `actual` output lines match the `expected` lines shown in the README: `…` alone matches any number of
 * lines, a trailing `…` any end of the line, and durations are ignored.
 */
export function outputMatches(expected: string[], actual: string[]): boolean {
  const norm = (line: string): string => line.replace(/\bin \d+(\.\d+)? s\b/g, 'in <time> s').trimEnd();
  const exp = expected.map(norm);
  const act = actual.map(norm);
  const memo = new Map<string, boolean>();
  const match = (e: number, a: number): boolean => {
    const key = `${e},${a}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (e === exp.length) result = a === act.length;
    else if (exp[e] === '…') result = match(e + 1, a) || (a < act.length && match(e, a + 1));
    else if (a === act.length) result = false;
    else {
      const want = exp[e]!;
      const got = act[a]!;
      const same = want === got || (want.endsWith('…') && got.startsWith(want.slice(0, -1)));
      result = same && match(e + 1, a + 1);
    }
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}
