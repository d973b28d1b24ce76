import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { BUNDLE_PATH, buildSelfCheckBundle } from '../../../scripts/build-client.ts';

test('public/self-check.js is built from the current sources (run `npx tsx scripts/build-client.ts` if not)', async () => {
  const committed = fs.readFileSync(BUNDLE_PATH, 'utf8');
  const fresh = await buildSelfCheckBundle();
  assert.ok(committed === fresh, 'public/self-check.js is out of date: run `npx tsx scripts/build-client.ts`');
});

test('the bundle holds no server-only code: no Node modules, no file paths', async () => {
  const bundle = await buildSelfCheckBundle();
  for (const marker of ['node:fs', 'node:path', 'require(', 'process.env', '/work/', 'better-sqlite3', 'pino']) {
    assert.ok(!bundle.includes(marker), `the browser bundle mentions ${marker}`);
  }
});
