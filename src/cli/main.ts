/**
 * The CLI's edge: parses arguments, runs one command, and turns every outcome into an exit code and at most
 * one line on stderr. 0 success, 1 nothing matched or problems found, 2 any error (as ripgrep). Messages may
 * quote file names and what the user typed, so their control characters are made visible here.
 */
import { CommanderError } from 'commander';
import { FolioError } from '../model/errors.js';
import { safeLine } from '../render/safe-text.js';
import type { Io } from './io.js';
import { buildProgram, protectQueryWords } from './program.js';

/** Runs folio with `args` (without the node and script paths) and returns the exit code. */
export async function main(args: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const debug = args.includes('--debug');
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    // Without a command, folio prints its help (with the examples), as `folio --help` does.
    await program.parseAsync(
      args.length === 0 ? ['--help'] : protectQueryWords(program, helpForUnknown(program, args)),
      { from: 'user' },
    );
  } catch (error) {
    exitCode = exitCodeFor(error, io, debug);
  }
  return exitCode;
}

/**
 * `folio help lsit` would print the whole help as if asked for it; run as `folio lsit` instead, it gets the
 * unknown-command line with its suggestion (did you mean list?).
 */
function helpForUnknown(program: ReturnType<typeof buildProgram>, args: string[]): string[] {
  if (args[0] !== 'help' || args[1] === undefined || args[1].startsWith('-')) return args;
  const known = program.commands.some((command) => command.name() === args[1] || command.aliases().includes(args[1]!));
  return known ? args : [args[1]];
}

function exitCodeFor(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version end the run successfully; every other parsing failure is a usage error.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof FolioError) {
    io.stderr.write(`folio: ${safeLine(error.message)}\n`);
    if (debug)
      io.stderr.write(
        `${error.stack ?? ''}\n${error.cause instanceof Error ? `caused by: ${error.cause.stack}\n` : ''}`,
      );
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `folio: internal error: ${safeLine(message)}${debug ? '' : ' (run with --debug for the stack trace)'}\n`,
  );
  if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return 2;
}
