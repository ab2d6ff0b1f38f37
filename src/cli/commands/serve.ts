/**
 * `folio serve`: a live preview of the exported site at http://127.0.0.1:<port>/. The site is exported into a
 * temporary folder; when a file of the archive changes, what it affects is brought up to date and every open
 * page reloads. Ctrl-C (or SIGTERM) stops the server and removes the temporary folder.
 */
import { UsageError } from '../../model/errors.js';
import { PreviewServer } from '../../serve/preview-server.js';
import type { PreviewSite } from '../../serve/preview-site.js';
import { watchArchive } from '../../serve/watch.js';
import type { Context } from '../context.js';
import { DEFAULT_SERVE_PORT, toFilter } from '../flags.js';
import { createPreviewExport } from '../preview-export.js';

export interface ServeFlags {
  port?: string;
  host?: string;
  drafts?: boolean;
  title?: string;
}

/** Ports tried after the default one when it is taken (4000 … 4019), as Hugo and Jekyll users expect one near. */
const PORT_ATTEMPTS = 20;

export async function runServe(
  context: Context,
  flags: ServeFlags,
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  const host = flags.host ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new UsageError(`--host ${host}: expected an address or a host name`);
  const port = flags.port === undefined ? undefined : toPort(flags.port);
  const filter = toFilter({ drafts: flags.drafts === true });

  let site: PreviewSite | undefined;
  const server = new PreviewServer({ folder: () => site?.folder() ?? '/nonexistent', host });
  const listening = await listen(server, port);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const address = `http://${shownHost}:${listening}/`;
  let stopping = false;
  try {
    const started = performance.now();
    const created = await createPreviewExport(context, {
      filter,
      baseUrl: address,
      ...(flags.title !== undefined ? { title: flags.title } : {}),
    });
    site = created.site;
    context.note(
      `exported ${created.first.articles} ${created.first.articles === 1 ? 'article' : 'articles'} in ${seconds(started)} s`,
    );
    context.out(`serving ${address} (Ctrl-C stops)`);
    context.flush();

    const watcher = watchArchive(context.root, (paths) => {
      if (stopping) return;
      const changed = performance.now();
      site!.update(paths).then(
        (update) => {
          if (stopping) return;
          server.reload();
          context.note(
            `${describe(paths)} changed: site updated in ${seconds(changed)} s (${update.articles} articles)`,
          );
        },
        (error: unknown) =>
          context.note(`the site could not be updated: ${error instanceof Error ? error.message : String(error)}`),
      );
    });

    await new Promise<void>((resolve) => {
      const stop = () => {
        stopping = true;
        signals.off('SIGINT', stop);
        signals.off('SIGTERM', stop);
        resolve();
      };
      signals.on('SIGINT', stop);
      signals.on('SIGTERM', stop);
    });
    watcher.close();
  } finally {
    stopping = true;
    await server.close();
    site?.close();
  }
  context.note('stopped');
  return 0;
}

async function listen(server: PreviewServer, port: number | undefined): Promise<number> {
  const first = port ?? DEFAULT_SERVE_PORT;
  const attempts = port === undefined ? PORT_ATTEMPTS : 1;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await server.listen(first + attempt);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && attempt + 1 < attempts) continue;
      if (code === 'EADDRINUSE') {
        throw new UsageError(
          port === undefined
            ? `ports ${first}–${first + attempts - 1} are all in use; choose one with --port`
            : `port ${first} is in use; choose another with --port`,
        );
      }
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
        throw new UsageError(`--host: cannot listen on this address (${code})`);
      if (code === 'EACCES') throw new UsageError(`port ${first + attempt}: not allowed to listen there (EACCES)`);
      throw error;
    }
  }
  throw new UsageError('no port to listen on');
}

function toPort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port < 0 || port > 65535)
    throw new UsageError(`--port ${text}: expected a port number from 0 to 65535`);
  return port;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}

function describe(paths: readonly string[]): string {
  const shown = paths.filter((path) => path !== '');
  if (shown.length === 0) return 'the archive';
  return shown.length === 1 ? shown[0]! : `${shown[0]!} and ${shown.length - 1} more`;
}
