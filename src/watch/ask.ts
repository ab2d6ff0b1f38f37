/**
 * A command's side of the watcher: asks a running `folio watch` whether the index already holds every change
 * made to the archive's files up to this moment, so the command can skip its own scan of the files.
 *
 * "Up to this moment" is made exact with a marker, as git's fsmonitor and Watchman do it: the command creates a
 * marker file in the folder the watcher watches and asks about that marker. The file system reports changes to
 * one watcher in the order they happened, so once the watcher has seen the marker appear it has seen every change
 * made before it — the save the user made a moment ago included — and it answers only after the index holds
 * them. Anything short of that answer (no watcher, a dead one, a slow one, an unwritable folder) is "not known",
 * and the command scans as it would without a watcher: a watcher can make a command faster, never wronger.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WatchPlace } from './place.js';
import { MARKER_PREFIX, FRESH_REPLY } from './protocol.js';

/**
 * How long a command waits for the watcher's answer (ms). The answer comes in a millisecond when the index is
 * current and after the watcher's refresh when it is not; past this, the command refreshes by itself (it then
 * waits for the watcher's write to finish, and finds little left to do).
 */
const ANSWER_TIMEOUT_MS = 3000;

/** True when a watcher vouches that the index holds every change made to the files before this call. */
export async function indexKeptFresh(place: WatchPlace, timeoutMs = ANSWER_TIMEOUT_MS): Promise<boolean> {
  // The common case costs one lstat: no watcher runs.
  if (lstatSync(place.socket, { throwIfNoEntry: false })?.isSocket() !== true) return false;
  const marker = `${MARKER_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`;
  const markerFile = join(place.folder, marker);
  try {
    writeFileSync(markerFile, '');
  } catch {
    return false;
  }
  try {
    return await ask(place.socket, marker, timeoutMs);
  } finally {
    rmSync(markerFile, { force: true });
  }
}

async function ask(socketPath: string, marker: string, timeoutMs: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise<boolean>((resolve) => {
    let reply = '';
    const socket = connect(socketPath);
    const finish = (fresh: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(fresh);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${marker}\n`));
    socket.on('data', (chunk: string) => {
      reply += chunk;
      if (reply.includes('\n')) finish(reply.slice(0, reply.indexOf('\n')) === FRESH_REPLY);
      else if (reply.length > 64) finish(false);
    });
    // A socket left by a watcher that was killed refuses the connection: not known.
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
  });
}
