/**
 * Runs every `test/e2e/*.t` transcript against the built CLI (see helpers/transcript.ts for the format).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, removeFolder, tempFolder } from '../helpers/cli.js';
import { PROJECT_ROOT, testPath } from '../helpers/paths.js';
import { normalise, readTranscript, runStep, writeTranscript, type TranscriptStep } from '../helpers/transcript.js';

const folder = testPath('e2e');
const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const update = process.env.UPDATE === '1';
const only = process.env.TRANSCRIPT;

for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.t'))
  .sort()) {
  if (only && !name.includes(only)) continue;
  test(`transcript ${name}`, async (t) => {
    const file = join(folder, name);
    const transcript = readTranscript(file);
    const root = transcript.fixture ? copyFixture(transcript.fixture) : tempFolder('empty');
    const actualSteps: TranscriptStep[] = [];
    try {
      for (const step of transcript.steps) {
        const result = await runStep(step.command, root);
        const actual: TranscriptStep = {
          command: step.command,
          stdout: normalise(result.stdout, root, version),
          stderr: normalise(result.stderr, root, version),
          code: result.code,
        };
        actualSteps.push(actual);
        if (!update) {
          await t.test(`$ ${step.command}`, () => {
            assert.deepEqual(
              { stdout: actual.stdout, stderr: actual.stderr, code: actual.code },
              { stdout: step.stdout, stderr: step.stderr, code: step.code },
            );
          });
        }
      }
    } finally {
      removeFolder(root);
    }
    if (update) writeTranscript(file, { ...transcript, steps: actualSteps });
  });
}
