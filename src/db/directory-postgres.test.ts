import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { createTestApp, tempDir } from '../../test/support/app.ts';
import { buildFixtureDirectory, buildTestDirectory, publishTestDirectory, TEST_DIRECTORY } from '../../test/support/directory.ts';
import { createTestDatabase, type TestPostgresDatabase, withDatabase } from '../../test/support/postgres.ts';
import { SqliteDirectoryHandle } from './directory-connection.ts';
import { loadFacilities } from './directory-facilities.repository.ts';
import { directoryInfo } from './directory-info.repository.ts';
import { PostgresDirectoryHandle, postgresDirectoryProblem, publishedDirectory } from './directory-postgres.ts';

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<number> {
  const began = Date.now();
  while (!(await check())) {
    if (Date.now() - began > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - began;
}

async function schemas(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT nspname AS n FROM pg_namespace WHERE nspname ~ '^directory_[0-9]+$' ORDER BY nspname",
    );
    return rows.map((r) => r.n);
  } finally {
    await client.end();
  }
}

describe('the directory in PostgreSQL', () => {
  let database: TestPostgresDatabase;
  let fixtureFile: string;
  before(async () => {
    await buildTestDirectory();
    database = await createTestDatabase();
    fixtureFile = path.join(tempDir(), 'directory.sqlite');
    await buildFixtureDirectory(fixtureFile);
  });
  after(async () => database?.drop());

  test('published once, it reads the same as the file it came from', async () => {
    const file = new SqliteDirectoryHandle(TEST_DIRECTORY);
    // The template every test database is copied from already holds the published test directory.
    const handle = new PostgresDirectoryHandle({ url: database.url, pollMs: 60_000 });
    try {
      await handle.ready();
      assert.match(handle.snapshot().schema ?? '', /^directory_\d+$/);
      assert.deepEqual(await loadFacilities(handle.snapshot()), await loadFacilities(file.snapshot()));
      assert.deepEqual(await directoryInfo(handle.snapshot()), await directoryInfo(file.snapshot()));
      assert.equal(await postgresDirectoryProblem(database.url), undefined);
    } finally {
      handle.close();
      file.close();
    }
  });

  test('a new directory is published in one step; a running instance hears of it and switches within a few seconds', async () => {
    // Polling once a minute: only the notification can make it switch this fast.
    const handle = new PostgresDirectoryHandle({ url: database.url, pollMs: 60_000 });
    try {
      await handle.ready();
      const before = handle.snapshot();
      const published = await publishTestDirectory(database.url, fixtureFile, 0);
      const waited = await until(() => handle.snapshot().generation === published.generation, 5000);
      assert.ok(waited < 5000);
      assert.equal(handle.snapshot().schema, published.schema);
      const fixture = new SqliteDirectoryHandle(fixtureFile);
      assert.deepEqual(await loadFacilities(handle.snapshot()), await loadFacilities(fixture.snapshot()));
      fixture.close();
      // The old schema stays for requests still reading it (until the grace period has passed).
      assert.ok((await schemas(database.url)).includes(before.schema as string));
      assert.ok((await before.db.selectFrom('facilities').select('id').limit(1).execute()).length === 1);
      // The next publish (grace 0) drops it.
      const again = await publishTestDirectory(database.url, TEST_DIRECTORY, 0);
      assert.deepEqual(await schemas(database.url), [published.schema, again.schema].sort());
      await until(() => handle.snapshot().generation === again.generation, 5000);
    } finally {
      handle.close();
    }
  });

  test('a publish that fails leaves the published directory serving, and no half-made schema', async () => {
    const handle = new PostgresDirectoryHandle({ url: database.url, pollMs: 60_000 });
    try {
      await handle.ready();
      const before = await publishedDirectory(database.url);
      const broken = path.join(tempDir(), 'directory.sqlite');
      fs.copyFileSync(fixtureFile, broken);
      const { default: Database } = await import('better-sqlite3');
      const raw = new Database(broken);
      raw.exec('DROP TABLE rejections'); // a copy that stops half way through
      raw.close();
      await assert.rejects(publishTestDirectory(database.url, broken, 0));
      assert.deepEqual(await publishedDirectory(database.url), before);
      assert.ok(!(await schemas(database.url)).some((s) => Number(s.slice(10)) > (before?.generation ?? 0)));
      assert.equal(handle.snapshot().generation, before?.generation);
    } finally {
      handle.close();
    }
  });

  test('with nothing published, the site is told what to run', async () => {
    const empty = await createTestDatabase();
    try {
      const client = new pg.Client({ connectionString: empty.url });
      await client.connect();
      await client.query('DROP TABLE directory_publication');
      await client.end();
      assert.equal(await postgresDirectoryProblem(empty.url), 'no directory has been published to the database yet');
      const handle = new PostgresDirectoryHandle({ url: empty.url, pollMs: 60_000 });
      await assert.rejects(handle.ready(), /No directory has been published/);
      handle.close();
    } finally {
      await empty.drop();
    }
  });

  test('a database role that may not create PostGIS is told what an administrator must run, and nothing is published', async () => {
    // A database without PostGIS, owned by a role that is not a superuser: PostGIS is not a trusted extension.
    const name = `ot_no_postgis_${process.pid}`;
    const admin = new pg.Client({ connectionString: withDatabase(database.url, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE ROLE ${name} LOGIN`);
    await admin.query(`CREATE DATABASE ${name} OWNER ${name}`);
    try {
      const url = new URL(withDatabase(database.url, name));
      url.username = name;
      await assert.rejects(
        publishTestDirectory(url.toString(), fixtureFile, 0),
        (error: Error) =>
          error.message.startsWith('The search table needs the PostGIS extension, and this database does not have it') &&
          error.message.includes('permission denied') &&
          error.message.includes('Have an administrator run "CREATE EXTENSION postgis;" in this database once') &&
          error.message.includes('docs/deploy.md'),
      );
      assert.equal(await publishedDirectory(url.toString()), undefined);
      assert.deepEqual(await schemas(url.toString()), [], 'no half-made schema');
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${name}`);
      await admin.end();
    }
  });
});

describe('the site reads the same directory from PostgreSQL as from the file', () => {
  let database: TestPostgresDatabase;
  let file: ReturnType<typeof createTestApp>;
  let db: ReturnType<typeof createTestApp>;
  before(async () => {
    await buildTestDirectory();
    database = await createTestDatabase();
    file = createTestApp();
    db = createTestApp({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: '3' });
    await db.deps.directory.ready();
  });
  after(async () => {
    await file?.deps.close();
    await db?.deps.close();
    await database?.drop();
  });

  for (const url of [
    '/api/v1/facilities?near=21201&per_page=20',
    '/api/v1/facilities?near=Anchorage%2C%20AK&radius=100&medication=buprenorphine&payment=medicaid',
    '/api/v1/facilities?near=59101&care=outpatient&page=2&per_page=5',
    '/api/v1/directory',
    '/api/v1/services',
  ]) {
    test(url, async () => {
      const [a, b] = await Promise.all([file.app.request(url), db.app.request(url)]);
      assert.equal(b.status, a.status);
      assert.equal(a.status, 200);
      assert.deepEqual(await b.json(), await a.json());
    });
  }
});
