/**
 * `folio watch`'s engine: keeps an archive's index current while the archive changes, and answers the commands
 * that ask (see ask.ts) whether they may skip their own scan of the files. On 100,000 articles that scan is most
 * of what a warm command costs; with a watcher running, a command costs Node's start, one question over a socket
 * and its own reads of the index.
 *
 * What it watches: every folder a scan could find articles in (dot-folders and node_modules excepted, symbolic
 * links not followed), one file-system watch each, plus the place's folder for the commands' markers. It does not
 * try to tell which changes matter: any change in a watched folder (an article, a picture, an editor's swap file,
 * `.folioignore`) marks the index as possibly behind, and the refresh it then runs is the same refresh every
 * command runs, which re-reads only what changed. So the watcher cannot know less than a scan does; it only
 * decides when a scan is needed. The config and the repository's commit are compared by each command as
 * without a watcher (see index/refresh.ts).
 *
 * Ordering: each change counts; a refresh covers the changes counted before it started. A command's marker is
 * answered `fresh` once a refresh that started after every change counted before the marker has finished.
 */
import { lstatSync, mkdirSync, rmSync, watch } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { FolioError } from '../model/errors.js';
import { watchFolders } from './folders.js';
import type { WatchPlace } from './place.js';
import { FRESH_REPLY, MARKER_NAME, MARKER_PREFIX, NOT_KNOWN_REPLY } from './protocol.js';

export interface WatcherOptions {
  root: string;
  place: WatchPlace;
  /** Brings the index up to date with the files: the refresh every command runs. */
  refresh: () => Promise<void>;
  /** Called when a refresh fails; until one succeeds, commands are told `not-known` and scan themselves. */
  onRefreshError?: (error: unknown) => void;
  /** Quiet time after a change before the watcher refreshes on its own (ms), so a burst of saves is one refresh. */
  settleMs?: number;
}

export interface RunningWatcher {
  /** Folders watched now. */
  folders(): number;
  /** Stops watching, answers no more, and removes the socket and the markers' folder. */
  close(): Promise<void>;
}

/** How long the watcher waits for a command's marker to show up before answering `not-known` (ms). */
const MARKER_WAIT_MS = 1000;
/** Markers seen before their command's question arrived, kept at most (each is asked about once, at once). */
const EARLY_MARKERS = 256;
const DEFAULT_SETTLE_MS = 100;

/** Starts watching `root`. Fails when another watcher already answers on the place's socket. */
export async function startWatcher(options: WatcherOptions): Promise<RunningWatcher> {
  const { place } = options;
  mkdirSync(place.folder, { recursive: true });
  await claimSocket(place.socket);

  // Changes are counted; `covered` is the count every change up to which the index holds.
  let counted = 0;
  let covered = -1;
  let failed = false;
  let running: Promise<void> | undefined;
  let settleTimer: NodeJS.Timeout | undefined;
  let closed = false;

  const refreshOnce = async () => {
    const upTo = counted;
    try {
      await options.refresh();
      covered = Math.max(covered, upTo);
      failed = false;
    } catch (error) {
      failed = true;
      options.onRefreshError?.(error);
    }
  };
  /** Resolves true once the index holds every change counted up to `count`, false when a refresh fails. */
  const freshUpTo = async (count: number): Promise<boolean> => {
    while (covered < count && !closed) {
      if (running === undefined) {
        running = refreshOnce().finally(() => {
          running = undefined;
        });
        await running;
        if (failed) return false;
      } else {
        await running;
      }
    }
    return covered >= count;
  };
  const changed = () => {
    counted++;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => void freshUpTo(counted), options.settleMs ?? DEFAULT_SETTLE_MS);
  };

  const folders = watchFolders(options.root, changed);

  // Markers: the count of changes seen when each appeared.
  const seenMarkers = new Map<string, number>();
  const waiting = new Map<string, (count: number) => void>();
  const markerWatch = watch(place.folder, { persistent: false }, (_event, name) => {
    if (typeof name !== 'string' || !name.startsWith(MARKER_PREFIX)) return;
    const wake = waiting.get(name);
    if (wake !== undefined) {
      waiting.delete(name);
      wake(counted);
    } else if (!seenMarkers.has(name)) {
      seenMarkers.set(name, counted);
      if (seenMarkers.size > EARLY_MARKERS) seenMarkers.delete(seenMarkers.keys().next().value!);
    }
  });

  const markerCount = (marker: string) =>
    new Promise<number | undefined>((resolve) => {
      const early = seenMarkers.get(marker);
      if (early !== undefined) {
        seenMarkers.delete(marker);
        resolve(early);
        return;
      }
      const timer = setTimeout(() => {
        waiting.delete(marker);
        resolve(undefined);
      }, MARKER_WAIT_MS);
      waiting.set(marker, (count) => {
        clearTimeout(timer);
        resolve(count);
      });
    });

  const answer = async (socket: Socket, line: string) => {
    const marker = line.trim();
    let fresh = false;
    if (MARKER_NAME.test(marker)) {
      const count = await markerCount(marker);
      fresh = count !== undefined && (await freshUpTo(count));
    }
    socket.end(`${fresh ? FRESH_REPLY : NOT_KNOWN_REPLY}\n`);
  };

  // The first refresh covers whatever happened before the folders were watched.
  counted++;
  await freshUpTo(counted);

  const server = createServer((socket) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\n');
      if (end >= 0) {
        socket.removeAllListeners('data');
        void answer(socket, received.slice(0, end));
      } else if (received.length > 128) {
        socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(place.socket, () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    folders: () => folders.size(),
    close: async () => {
      closed = true;
      clearTimeout(settleTimer);
      markerWatch.close();
      folders.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await running;
      rmSync(place.socket, { force: true });
      rmSync(place.folder, { recursive: true, force: true });
    },
  };
}

/**
 * Takes the socket's path: a socket nobody answers on was left by a watcher that was killed, and is removed; one
 * that answers belongs to a running watcher, and this one does not start.
 */
async function claimSocket(socketPath: string): Promise<void> {
  if (lstatSync(socketPath, { throwIfNoEntry: false }) === undefined) return;
  const alive = await new Promise<boolean>((resolve) => {
    const probe: Socket = connect(socketPath);
    probe.on('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
  });
  if (alive) throw new FolioError('another folio watch is already watching this archive');
  rmSync(socketPath, { force: true });
}
