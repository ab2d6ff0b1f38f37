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

/** An article named on the command line, as the user wrote it and as the archive knows it. */
export interface ArticleCandidate {
  path: string;
  slug: string;
  title: string;
}

/** No article answers to the reference the user gave; `closest` holds the likeliest ones they meant. */
export class UnknownArticleError extends FolioError {
  constructor(message: string, readonly reference: string, readonly closest: readonly ArticleCandidate[]) {
    super(message, 2);
  }
}

/** Several articles answer to the reference the user gave. */
export class AmbiguousArticleError extends FolioError {
  constructor(message: string, readonly reference: string, readonly candidates: readonly ArticleCandidate[]) {
    super(message, 2);
  }
}
