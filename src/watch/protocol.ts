/**
 * The few words a command and a watcher exchange over the watcher's socket: the command sends the name of the
 * marker file it created (one line); the watcher answers one line, `fresh` once the index holds every change
 * made before the marker appeared, or `not-known` when it cannot vouch for that (the command then scans).
 */
export const MARKER_PREFIX = 'marker-';
export const FRESH_REPLY = 'fresh';
export const NOT_KNOWN_REPLY = 'not-known';
/** A marker's name, as the command sends it: nothing that could name a file elsewhere. */
export const MARKER_NAME = /^marker-[0-9]+-[0-9a-f]{12}$/;
