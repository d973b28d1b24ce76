import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { buildServerBundles, SERVER_BUNDLE } from '../scripts/build-server.ts';
import { tempDir } from '../test/support/app.ts';

test('the server refuses to start without a directory, and says which command builds it', async () => {
  if (process.env.OT_SERVER_BUNDLE_BUILT !== '1') await buildServerBundles();
  const dir = tempDir();
  const run = spawnSync(process.execPath, [SERVER_BUNDLE], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '65530', VAR_DIR: dir, DIRECTORY_PATH: path.join(dir, 'missing.sqlite') },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(run.status, 1);
  assert.match(run.stdout + run.stderr, /there is no directory database yet.*npm run directory -- ensure/);
});
