/**
 * The process as the CLI sees it: streams, environment and working folder. Passed in, never read from
 * globals, so tests can run the CLI in-process with their own streams.
 */

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
}
