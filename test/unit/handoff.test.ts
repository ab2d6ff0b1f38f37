import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deletionUnit,
  parseSize,
  partName,
  readSyncState,
  upsertUnit,
  writeSyncState,
} from '../../src/export/handoff.js';
import { removeFolder, tempFolder } from '../helpers/cli.js';

test('sizes are read as engines write them', () => {
  assert.equal(parseSize('100mb'), 100 * 1024 * 1024);
  assert.equal(parseSize('512KB'), 512 * 1024);
  assert.equal(parseSize('1.5m'), 1.5 * 1024 * 1024);
  assert.equal(parseSize('2GiB'), 2 * 1024 ** 3);
  assert.equal(parseSize('1048576'), 1048576);
  for (const bad of ['', 'mb', '-1mb', '0', '10 tb', '1e6']) assert.equal(parseSize(bad), null, bad);
});

test('parts are numbered before the extension', () => {
  assert.equal(partName('/out/changes.ndjson', 1), '/out/changes.ndjson');
  assert.equal(partName('/out/changes.ndjson', 2), '/out/changes-2.ndjson');
  assert.equal(partName('/out/changes', 3), '/out/changes-3');
});

test('units: a JSON line, or an OpenSearch action with its document; deletions on their own', () => {
  assert.equal(upsertUnit('jsonl', 'a', '{"id":"a"}'), '{"id":"a"}\n');
  assert.equal(upsertUnit('opensearch', 'a', '{"id":"a"}'), '{"index":{"_id":"a"}}\n{"id":"a"}\n');
  assert.equal(deletionUnit('jsonl', 'a'), '{"id":"a","deleted":true}\n');
  assert.equal(deletionUnit('opensearch', 'a'), '{"delete":{"_id":"a"}}\n');
});

test('a sync state round-trips, sorted; a missing file is a first sync; another JSON file is refused', () => {
  const folder = tempFolder('state');
  try {
    const file = join(folder, 'state.json');
    assert.equal(readSyncState(file), null);
    writeSyncState(
      file,
      new Map([
        ['b', '2'],
        ['a', '1'],
      ]),
    );
    assert.deepEqual(
      [...readSyncState(file)!],
      [
        ['a', '1'],
        ['b', '2'],
      ],
    );
    assert.match(
      readFileSync(file, 'utf8'),
      /^\{"format":"folio-sync-state","version":1,"records":\{"a":"1","b":"2"\}\}\n$/,
    );
    writeFileSync(file, '[1,2]');
    assert.throws(() => readSyncState(file), /not a folio sync state/);
    writeFileSync(file, '{oops');
    assert.throws(() => readSyncState(file), /not a folio sync state/);
  } finally {
    removeFolder(folder);
  }
});
