import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildServerBundles, DIST_DIR } from '../../../scripts/build-server.ts';
import { tempDir } from '../../../test/support/app.ts';
import { buildFixtureDirectory, publishTestDirectory } from '../../../test/support/directory.ts';
import { createTestDatabase, type TestPostgresDatabase } from '../../../test/support/postgres.ts';
import { SqliteDirectoryHandle } from '../../db/directory-connection.ts';
import { PostgresDirectoryHandle } from '../../db/directory-postgres.ts';
import { SHARE_LOADS_ENV, SHARED_SCHEMA_ENV } from '../../lib/shared-loads.ts';
import { loadCompactDirectory } from './compact-directory.ts';
import { DIRECTORY_LOADER_BUNDLE_ENV, loadDirectory } from './directory-loader.ts';

/** Runs `load` with these environment variables set (a value) or unset (undefined), as they were after it. */
async function withEnv<T>(vars: Record<string, string | undefined>, load: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(vars);
  try {
    return await load();
  } finally {
    set(saved);
  }
}

/** A load in a worker of its own: the bundled worker when `bundle` is given, else the TypeScript one through tsx. */
const loadWith = (bundle: string | undefined, handle: SqliteDirectoryHandle) =>
  withEnv({ [DIRECTORY_LOADER_BUNDLE_ENV]: bundle, [SHARE_LOADS_ENV]: undefined }, () =>
    loadDirectory(handle.snapshot(), { index: true }),
  );

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

  test('in a test process, apps on the same unchanged file share one load; another file gets a load of its own', async () => {
    const shared = (file: SqliteDirectoryHandle) =>
      withEnv({ [DIRECTORY_LOADER_BUNDLE_ENV]: bundle, [SHARE_LOADS_ENV]: '1' }, () =>
        loadDirectory(file.snapshot(), { index: true }),
      );
    const first = await shared(handle);
    assert.equal(await shared(handle), first, 'the same load');
    assert.notEqual(await loadWith(bundle, handle), first, 'without sharing, a load of its own');
    assert.notEqual(await shared(handle).then((c) => c.index), undefined);
    const other = new SqliteDirectoryHandle(await buildFixtureDirectory(path.join(tempDir(), 'directory.sqlite')));
    try {
      const second = await shared(other);
      assert.notEqual(second, first, 'another file');
      assert.deepEqual(second, first, 'with the same places');
    } finally {
      other.close();
    }
  });
});

describe('in a test process, apps on copies of the test template share one load of its published directory', () => {
  const databases: TestPostgresDatabase[] = [];
  const handles: PostgresDirectoryHandle[] = [];
  after(async () => {
    for (const h of handles) h.close();
    for (const d of databases) await d.drop();
  });
  /** A handle on a new copy of the template (the test directory published in it), or on `url`. */
  async function handleOn(url?: string): Promise<PostgresDirectoryHandle> {
    if (!url) databases.push(await createTestDatabase());
    const handle = new PostgresDirectoryHandle({ url: url ?? (databases.at(-1) as TestPostgresDatabase).url, poolSize: 2 });
    handles.push(handle);
    await handle.ready();
    return handle;
  }

  test('the same schema in two copies: one load; a directory published in a copy afterwards: a load of its own', async () => {
    const [a, b] = [await handleOn(), await handleOn()];
    const schema = a.snapshot().schema as string;
    assert.equal(b.snapshot().schema, schema, 'both copies serve the template’s publication');
    const bundle = process.env[DIRECTORY_LOADER_BUNDLE_ENV];
    const shared = (h: PostgresDirectoryHandle, env: Record<string, string | undefined> = {}) =>
      withEnv({ [DIRECTORY_LOADER_BUNDLE_ENV]: bundle, [SHARE_LOADS_ENV]: '1', [SHARED_SCHEMA_ENV]: schema, ...env }, () =>
        loadDirectory(h.snapshot(), { index: false }),
      );
    const first = await shared(a);
    assert.ok(first.count > 1000, 'the test directory');
    assert.equal(await shared(b), first, 'the other copy shares the load');
    assert.notEqual(await shared(b, { [SHARE_LOADS_ENV]: undefined }), first, 'without sharing, a load of its own');

    const fixture = await buildFixtureDirectory(path.join(tempDir(), 'directory.sqlite'));
    const republished = await publishTestDirectory((databases[1] as TestPostgresDatabase).url, fixture, 0);
    assert.notEqual(republished.schema, schema, 'a publish in a copy makes a schema of another name');
    const c = await handleOn((databases[1] as TestPostgresDatabase).url);
    assert.equal(c.snapshot().schema, republished.schema);
    const own = await shared(c);
    assert.ok(own.count < first.count, 'the fixture directory, loaded for itself');
  });
});
