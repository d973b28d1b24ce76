/**
 * Runs a repository test suite on both databases the app supports: SQLite (a new file in a temporary
 * folder for each test, as the app makes it) and PostgreSQL (a new database for the suite, in the server
 * scripts/test.ts started, with PostGIS available, dropped afterwards; emptied before each test).
 *
 * @example
 * forEachDatabase((db) => {
 *   test('a subscriber is stored once', async () => {
 *     const config = testConfig(db.env);        // or: const appDb = db.open();
 *     ...
 *   });
 * });
 *
 * Tests appear as "… › sqlite" and "… › postgres" in the report.
 */
import path from 'node:path';
import { after, before, beforeEach, describe } from 'node:test';
import { type AppDb, type AppDbLocation, openAppDb } from '../../src/db/app-db.ts';
import type { Dialect } from '../../src/db/dialect.ts';
import { tempDir } from './app.ts';
import { createTestDatabase, emptyTables, type TestPostgresDatabase } from './postgres.ts';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export interface DatabaseUnderTest {
  readonly dialect: Dialect;
  /**
   * Settings for testConfig() that put the app database here: none for SQLite (testConfig's own temporary
   * VAR_DIR then holds a new app.sqlite), DATABASE_URL for PostgreSQL. Read it inside a test or hook.
   */
  readonly env: Record<string, string>;
  /** Where the database is, for openAppDb(): a new SQLite file each call (or `file`), or the suite's database. */
  location(file?: string): AppDbLocation;
  /** openAppDb(location(file)); close it when done. */
  open(file?: string): AppDb;
}

/** One suite per dialect, with `body` declaring the same tests in each. */
export function forEachDatabase(body: (db: DatabaseUnderTest) => void): void {
  for (const dialect of DIALECTS) describe(dialect, () => declareSuite(dialect, body));
}

function declareSuite(dialect: Dialect, body: (db: DatabaseUnderTest) => void): void {
  let database: TestPostgresDatabase | undefined;
  const postgresUrl = () => {
    if (!database) throw new Error('The PostgreSQL test database is made in a before() hook: use it inside a test or hook.');
    return database.url;
  };
  if (dialect === 'postgres') {
    before(async () => {
      database = await createTestDatabase();
    });
    beforeEach(async () => emptyTables(postgresUrl()));
    after(async () => database?.drop());
  }
  const location = (file?: string): AppDbLocation =>
    dialect === 'postgres'
      ? { dialect, url: postgresUrl(), poolSize: 5 }
      : { dialect, file: file ?? path.join(tempDir(), 'app.sqlite') };
  body({
    dialect,
    get env(): Record<string, string> {
      return dialect === 'postgres' ? { DATABASE_URL: postgresUrl(), DATABASE_POOL_SIZE: '5' } : {};
    },
    location,
    open: (file) => openAppDb(location(file)),
  });
}
