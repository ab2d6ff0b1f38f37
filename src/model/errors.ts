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
  constructor(
    message: string,
    readonly reference: string,
    readonly closest: readonly ArticleCandidate[],
  ) {
    super(message, 2);
  }
}

/** Several articles answer to the reference the user gave. */
export class AmbiguousArticleError extends FolioError {
  constructor(
    message: string,
    readonly reference: string,
    readonly candidates: readonly ArticleCandidate[],
  ) {
    super(message, 2);
  }
}

/** A write that cannot succeed until the machine changes (a full disk, a file-size limit): it ends the command. */
export class WriteError extends FolioError {}

/** Errors of the file system that no other file would escape: the disk is full, or files cannot grow. */
const MACHINE_FAILURES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS']);

/** Whether a failed write says that every further write will fail too. */
export function isMachineFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && MACHINE_FAILURES.has(code);
}

/** Why a write failed, in words a user can act on: a full disk and a file-size limit above all. */
export function writeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'no space left on the disk';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file larger than the file-size limit';
    case 'EROFS':
      return 'read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return typeof code === 'string' ? code : error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}
