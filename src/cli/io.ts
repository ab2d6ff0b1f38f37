/**
 * The process as the CLI sees it: streams, environment and working folder. Passed in, never read from
 * globals, so tests can run the CLI in-process with their own streams.
 */

export interface OutputStream {
  /** Text is written as UTF-8; bytes as they are. */
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether standard input is a terminal (a command that opens an editor asks). */
  stdinIsTTY?: boolean;
}
