/**
 * Handing records to a search engine: what changed since the last sync, and the line forms engines ingest.
 *
 * - A sync state is the id and a hash of every record the last export emitted. Comparing the records of this
 *   export with it gives upserts (new or different records) and deletions (ids no longer exported). It is
 *   written only after the whole export has been, and atomically (see FileOutput), so an interrupted export
 *   leaves the previous state in place and the next run sends the same changes again.
 * - `jsonl` changes are records, one a line, and a deletion is `{"id": …, "deleted": true}` (a record never has
 *   a `deleted` field). `opensearch` is the `_bulk` form of OpenSearch and Elasticsearch: an action line
 *   (`{"index":{"_id":…}}`) then the record, or `{"delete":{"_id":…}}` alone; the index is named in the URL.
 * - Limits: a part of the output holds whole units (an action and its record stay together), so it can be cut
 *   into files of at most a given size (PartedOutput) for engines that refuse larger requests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ExportError, FileOutput } from './out-dir.js';

/** The engines whose bulk form folio writes. */
export const BULK_FORMS = ['opensearch'] as const;
export type BulkForm = (typeof BULK_FORMS)[number];

/** How records are written as changes: plain JSON lines, or an engine's bulk form. */
export type ChangeForm = 'jsonl' | BulkForm;

/** Marks a folio sync state file, so that another JSON file given by mistake is never overwritten. */
const STATE_FORMAT = 'folio-sync-state';
const STATE_VERSION = 1;

/** Id → hash of the record last sent. */
export type SyncState = Map<string, string>;

/** Reads a sync state; null when the file does not exist (a first sync: everything is new). */
export function readSyncState(file: string): SyncState | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ExportError(
      `${file}: not a folio sync state (${error instanceof Error ? error.message : String(error)}); remove it to send everything again`,
      2,
      { cause: error },
    );
  }
  const state = parsed as { format?: unknown; version?: unknown; records?: unknown };
  if (
    state === null ||
    typeof state !== 'object' ||
    state.format !== STATE_FORMAT ||
    typeof state.records !== 'object' ||
    state.records === null
  ) {
    throw new ExportError(`${file}: not a folio sync state; give a new file name (it is created) or remove it`);
  }
  if (state.version !== STATE_VERSION)
    throw new ExportError(
      `${file}: a sync state of another version (${String(state.version)}); remove it to send everything again`,
    );
  const records = new Map<string, string>();
  for (const [id, hash] of Object.entries(state.records as Record<string, unknown>))
    if (typeof hash === 'string') records.set(id, hash);
  return records;
}

/** Writes a sync state beside its target and renames it over it. */
export function writeSyncState(file: string, state: SyncState): void {
  const records = Object.fromEntries([...state].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const output = FileOutput.open(file, { force: true });
  try {
    output.write(`${JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, records })}\n`);
  } catch (error) {
    output.abort();
    throw error;
  }
  output.commit();
}

/** The hash a sync state keeps of a record, from its JSON as written. */
export function recordHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

/** A record (its JSON) as it is written in `form`, newline included. */
export function upsertUnit(form: ChangeForm, id: string, json: string): string {
  return form === 'jsonl' ? `${json}\n` : `${JSON.stringify({ index: { _id: id } })}\n${json}\n`;
}

/** The removal of the record with `id`, as it is written in `form`. */
export function deletionUnit(form: ChangeForm, id: string): string {
  return form === 'jsonl'
    ? `${JSON.stringify({ id, deleted: true })}\n`
    : `${JSON.stringify({ delete: { _id: id } })}\n`;
}

/** Parses a size such as `100mb`, `50M`, `512kb` or `1048576` (bytes); null when it is not one. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!match) return null;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.floor(Number(match[1]) * scale);
  return bytes >= 1 ? bytes : null;
}

/**
 * Output cut into files of at most `maxBytes`: `changes.ndjson`, then `changes-2.ndjson`, `changes-3.ndjson`….
 * A unit is never split; one larger than the limit gets a file to itself (and is reported by the caller).
 * Parts a previous run left beyond the last one written are removed on commit, so a loop over the files
 * sends only this run's.
 */
export class PartedOutput {
  private readonly parts: FileOutput[] = [];
  private current: FileOutput;
  bytes = 0;

  constructor(
    private readonly target: string,
    private readonly maxBytes: number,
    private readonly force: boolean,
  ) {
    this.current = FileOutput.open(target, { force });
    this.parts.push(this.current);
  }

  /** The file names written, in order. */
  get files(): string[] {
    return this.parts.map((_, index) => partName(this.target, index + 1));
  }

  /** Writes one unit; returns its size when it is over the limit on its own. */
  write(unit: string): number | undefined {
    const size = Buffer.byteLength(unit, 'utf8');
    if (this.current.bytes > 0 && this.current.bytes + size > this.maxBytes) {
      this.current = FileOutput.open(partName(this.target, this.parts.length + 1), { force: this.force });
      this.parts.push(this.current);
    }
    this.current.write(unit);
    this.bytes += size;
    return size > this.maxBytes ? size : undefined;
  }

  commit(): void {
    for (const part of this.parts) part.commit();
    const stem = basename(partName(this.target, 2)).replace(/-2(\.[^.]*)?$/, '');
    const extension = extname(this.target);
    const pattern = new RegExp(`^${escapeRegExp(stem)}-(\\d+)${escapeRegExp(extension)}$`);
    for (const name of readdirSync(dirname(this.target))) {
      const number = pattern.exec(name)?.[1];
      if (number !== undefined && Number(number) > this.parts.length)
        rmSync(join(dirname(this.target), name), { force: true });
    }
  }

  abort(): void {
    for (const part of this.parts) part.abort();
  }
}

/** The file name of part `n` (1 is the target itself). */
export function partName(target: string, n: number): string {
  if (n === 1) return target;
  const extension = extname(target);
  return `${target.slice(0, target.length - extension.length)}-${n}${extension}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
