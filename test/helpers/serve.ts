/**
 * Runs `folio serve` as a child process on a free port (`--port 0`), the way a user starts it, and stops it with
 * SIGINT as Ctrl-C does. Its temporary folder goes into a TMPDIR of the test's own, so a test can see that
 * nothing is left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { FOLIO_BIN } from './paths.js';
import { tempFolder, testEnv } from './cli.js';

export interface RunningServe {
  url: string;
  port: number;
  child: ChildProcess;
  /** The TMPDIR the server was given. */
  tmp: string;
  stderr(): string;
  /** Sends SIGINT and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `folio serve` in `root`; resolves once it prints its address. */
export function startServe(root: string, args: string[] = []): Promise<RunningServe> {
  const tmp = tempFolder('serve-tmp');
  const child = spawn(process.execPath, [FOLIO_BIN, 'serve', '--port', '0', ...args], {
    cwd: root,
    env: testEnv({ TMPDIR: tmp }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /serving (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(stdout);
      if (match) {
        resolve({
          url: match[1]!,
          port: Number(match[2]),
          child,
          tmp,
          stderr: () => stderr,
          stop: () => {
            child.kill('SIGINT');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`folio serve exited with ${code} before serving: ${stderr}`)));
  });
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET (or `method`) of `path` exactly as written (no normalisation of `..` or escapes). */
export function fetchRaw(
  port: number,
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
