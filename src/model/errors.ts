/**
 * Failures that end a command. Each carries the exit code the contract gives it and a message that is already
 * one user-facing line; the CLI edge prints it and exits, with the stack only under `--debug`.
 */

export class FolioError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** A flag or argument the user gave is not valid. */
export class UsageError extends FolioError {}

/** The index could not be opened, created or written. */
export class IndexError extends FolioError {}

/** A query could not be understood. */
export class QueryError extends FolioError {}
