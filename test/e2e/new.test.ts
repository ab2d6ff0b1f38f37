/**
 * `folio new` dates the article by the user's calendar: the day in their time zone, not in UTC.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeFolder, runFolio, tempFolder, testEnv } from '../helpers/cli.js';

test('the date is today in the time zone of the user', { timeout: 30_000 }, async () => {
  const root = tempFolder('new-tz');
  try {
    // Fourteen hours ahead of UTC and eleven behind: at most moments of the day, the two calendars differ.
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const expected = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(new Date());
      const result = await runFolio(['new', `In ${zone}`], { cwd: root, env: testEnv({ TZ: zone }) });
      assert.equal(result.code, 0, result.stderr);
      const text = readFileSync(join(root, result.stdout.trim()), 'utf8');
      assert.match(text, new RegExp(`\\ndate: ${expected}\\n`), `${zone}: ${text}`);
    }
  } finally {
    removeFolder(root);
  }
});
