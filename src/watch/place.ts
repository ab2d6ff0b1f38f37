/**
 * Where a watcher of an archive and the commands that ask it meet: a folder beside the index (the watcher's
 * marker files, which it watches, go there) and a Unix socket. Both sides work the place out from the index
 * file alone, so a command needs no configuration to find a running watcher. A socket's path is limited to about
 * a hundred bytes on Linux and macOS, so a deep archive's socket goes to the temporary folder instead, under a
 * name derived from the place.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface WatchPlace {
  /** The folder the watcher watches for the commands' markers (see watcher.ts). */
  folder: string;
  /** The watcher's socket. */
  socket: string;
}

/** Longest socket path used in place; sockaddr_un holds 108 bytes on Linux, 104 on macOS. */
const MAX_SOCKET_BYTES = 100;

export function watchPlace(indexFile: string): WatchPlace {
  const folder = join(dirname(indexFile), 'watch');
  const beside = join(folder, 'socket');
  if (Buffer.byteLength(beside) <= MAX_SOCKET_BYTES) return { folder, socket: beside };
  const digest = createHash('sha256').update(folder).digest('hex').slice(0, 24);
  return { folder, socket: join(tmpdir(), `folio-watch-${digest}.sock`) };
}
