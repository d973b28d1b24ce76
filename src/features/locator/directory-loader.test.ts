import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildServerBundles, DIST_DIR } from '../../../scripts/build-server.ts';
import { tempDir } from '../../../test/support/app.ts';
import { buildFixtureDirectory } from '../../../test/support/directory.ts';
import { SqliteDirectoryHandle } from '../../db/directory-connection.ts';
import { loadCompactDirectory } from './compact-directory.ts';
import { DIRECTORY_LOADER_BUNDLE_ENV, loadDirectory } from './directory-loader.ts';

/** Loads with the environment variable naming the bundled worker set to `bundle` (or unset) for this load only. */
async function loadWith(bundle: string | undefined, handle: SqliteDirectoryHandle) {
  const saved = process.env[DIRECTORY_LOADER_BUNDLE_ENV];
  if (bundle) process.env[DIRECTORY_LOADER_BUNDLE_ENV] = bundle;
  else delete process.env[DIRECTORY_LOADER_BUNDLE_ENV];
  try {
    return await loadDirectory(handle.snapshot(), { index: true });
  } finally {
    if (saved === undefined) delete process.env[DIRECTORY_LOADER_BUNDLE_ENV];
    else process.env[DIRECTORY_LOADER_BUNDLE_ENV] = saved;
  }
}

describe('loading a directory in a worker thread', () => {
  let handle: SqliteDirectoryHandle;
  let bundle: string;
  before(async () => {
    handle = new SqliteDirectoryHandle(await buildFixtureDirectory(path.join(tempDir(), 'directory.sqlite')));
    bundle = path.join(DIST_DIR, 'directory-loader.worker.mjs');
    // The test runner built it for this run; a run of this file alone builds it.
    if (process.env[DIRECTORY_LOADER_BUNDLE_ENV] !== bundle || !fs.existsSync(bundle)) await buildServerBundles();
  });
  after(() => handle?.close());

  test('the worker run through tsx (npm run dev) and the bundled one (npm start, the tests) load what an inline load does', async () => {
    const inline = await loadCompactDirectory({ ...handle.snapshot(), location: undefined }, { index: true });
    assert.ok(inline.count > 100, 'the fixture directory has places');
    assert.deepEqual(await loadWith(undefined, handle), inline, 'through tsx');
    assert.deepEqual(await loadWith(bundle, handle), inline, 'bundled');
  });
});
