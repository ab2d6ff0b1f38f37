/**
 * The HTTP side of `folio serve`: serves the files of a site folder as they are, adds one small script to each
 * HTML page that reloads it when the site changes (Server-Sent Events on `/__folio/events`), and answers
 * anything else with the site's own 404 page and status 404. Only GET and HEAD; request paths go through
 * site-path.ts, so nothing outside the site folder can be read. When it listens on a loopback address it also
 * refuses requests whose Host is not a loopback name, so a web page elsewhere cannot reach it through a DNS
 * name that points at 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { siteFile, sitePathOf } from './site-path.js';

/** The reload script's URL and the events' URL: under a prefix no exported file uses. */
export const RELOAD_SCRIPT = '/__folio/reload.js';
export const EVENTS_PATH = '/__folio/events';

/** How often an idle event stream gets a comment line, so proxies and browsers keep it open. */
const KEEP_ALIVE_MS = 15_000;

const RELOAD_SOURCE = `// folio serve: reloads this page when the site is rebuilt.
(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('reload', () => location.reload());
})();
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.pdf': 'application/pdf',
};

export interface PreviewServerOptions {
  /** The folder of the current site; asked at each request, since a rebuild may move it. */
  folder: () => string;
  host: string;
}

const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** Whether `host` (as given to --host) is a loopback address. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export class PreviewServer {
  private readonly server: Server;
  private readonly streams = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;
  private version = 0;

  constructor(private readonly options: PreviewServerOptions) {
    this.server = createServer((request, response) => this.handle(request, response));
    this.keepAlive = setInterval(() => {
      for (const stream of this.streams) stream.write(': keep-alive\n\n');
    }, KEEP_ALIVE_MS);
    this.keepAlive.unref();
  }

  /** Listens on `port` (0: any free port); resolves with the port, rejects with the listen error (EADDRINUSE…). */
  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      this.server.once('error', failed);
      this.server.listen(port, this.options.host, () => {
        this.server.off('error', failed);
        const address = this.server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : port);
      });
    });
  }

  /** Tells every open page to reload. */
  reload(): void {
    this.version++;
    for (const stream of this.streams) stream.write(`event: reload\ndata: ${this.version}\n\n`);
  }

  /** How many pages are listening for reloads. */
  get listeners(): number {
    return this.streams.size;
  }

  /** Stops listening and ends every open connection. */
  close(): Promise<void> {
    clearInterval(this.keepAlive);
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    if (isLoopback(this.options.host) && !LOOPBACK_HOSTS.test(request.headers.host ?? '')) {
      this.plain(response, 403, 'folio serve answers only to localhost and 127.0.0.1\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      this.plain(response, 405, 'only GET and HEAD\n');
      return;
    }
    const url = request.url ?? '/';
    const pathOnly = url.replace(/[?#].*$/s, '');
    if (pathOnly === EVENTS_PATH) {
      this.openStream(request, response);
      return;
    }
    if (pathOnly === RELOAD_SCRIPT) {
      this.send(request, response, 200, TYPES['.js']!, RELOAD_SOURCE);
      return;
    }
    const folder = this.options.folder();
    const sitePath = sitePathOf(url);
    const found = sitePath === null ? null : siteFile(folder, sitePath);
    if (found?.folderIndex) {
      // A folder named without its trailing slash: redirect, so that the page's relative links resolve.
      response.setHeader('Location', `${pathOnly}/${url.slice(pathOnly.length)}`);
      this.plain(response, 301, '');
      return;
    }
    if (found === null) {
      const notFound = siteFile(folder, '404.html');
      this.send(
        request,
        response,
        404,
        TYPES['.html']!,
        notFound ? withReload(readFileSync(notFound.file, 'utf8')) : 'not found\n',
      );
      return;
    }
    const { file } = found;
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body: Buffer | string;
    try {
      body = readFileSync(file);
    } catch {
      this.plain(response, 404, 'not found\n');
      return;
    }
    this.send(request, response, 200, type, type.startsWith('text/html') ? withReload(body.toString('utf8')) : body);
  }

  private openStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    response.write(`retry: 500\n\n`);
    this.streams.add(response);
    request.on('close', () => this.streams.delete(response));
  }

  private send(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
  ): void {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    response.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.length });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  }

  private plain(response: ServerResponse, status: number, text: string): void {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(text);
  }
}

/** The page with the reload script before `</body>` (or at its end). */
export function withReload(html: string): string {
  const tag = `<script src="${RELOAD_SCRIPT}"></script>\n`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + tag : html.slice(0, end) + tag + html.slice(end);
}
