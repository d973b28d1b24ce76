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
 *
 * Route tests run the whole app on each database, as a deployment would: with PostgreSQL both the app
 * database and the directory (published once per run into the template every test database is copied from)
 * live there. Their tests share one app per dialect and settings, as they did on SQLite, so the app database
 * is not emptied between tests:
 *
 * @example
 * forEachDatabase((database) => {
 *   const t = database.useTestApp();              // one app per dialect for the file
 *   test('the home page', async () => { ... });
 * }, { emptyEachTest: false });
 */
import path from 'node:path';
import { after, before, beforeEach, describe } from 'node:test';
import { sql } from 'kysely';
import { type AppDb, type AppDbLocation, openAppDb } from '../../src/db/app-db.ts';
import type { Dialect } from '../../src/db/dialect.ts';
import type { DepsOptions } from '../../src/deps.ts';
import { createTestApp, type TestApp, tempDir } from './app.ts';
import { buildTestDirectory } from './directory.ts';
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
  /**
   * One app on this database (with `env` on top) for every test of the suite (made once: loading the test
   * directory is the slow part). Calls with the same `env` (and no options) share one app, made before the
   * first of their tests and closed when the suite ends. With `emptyEachTest` (the default) its app database
   * is emptied before each test, so each starts as with an app of its own.
   */
  useTestApp(env?: Record<string, string>, options?: Omit<DepsOptions, 'logger'>): TestApp;
}

export interface ForEachDatabaseOptions {
  /**
   * Empty the app database before each test (the default: repository tests), or let the suite's tests share
   * it, as the tests of one route-test file share one app.
   */
  emptyEachTest?: boolean;
}

/** One suite per dialect, with `body` declaring the same tests in each. */
export function forEachDatabase(body: (db: DatabaseUnderTest) => void, options: ForEachDatabaseOptions = {}): void {
  for (const dialect of DIALECTS) describe(dialect, () => declareSuite(dialect, body, options.emptyEachTest ?? true));
}

function declareSuite(dialect: Dialect, body: (db: DatabaseUnderTest) => void, emptyEachTest: boolean): void {
  let database: TestPostgresDatabase | undefined;
  const postgresUrl = () => {
    if (!database) throw new Error('The PostgreSQL test database is made in a before() hook: use it inside a test or hook.');
    return database.url;
  };
  if (dialect === 'postgres') {
    before(async () => {
      database = await createTestDatabase();
    });
    if (emptyEachTest) beforeEach(async () => emptyTables(postgresUrl()));
  }
  const apps = new Map<string, { made: TestApp; ready: Promise<void> | undefined }>();
  after(async () => {
    for (const app of apps.values()) await app.ready?.then(() => app.made.close()).catch(() => {});
    await database?.drop();
  });
  const location = (file?: string): AppDbLocation =>
    dialect === 'postgres'
      ? { dialect, url: postgresUrl(), poolSize: 5 }
      : { dialect, file: file ?? path.join(tempDir(), 'app.sqlite') };
  const env = (): Record<string, string> =>
    dialect === 'postgres' ? { DATABASE_URL: postgresUrl(), DATABASE_POOL_SIZE: '5' } : {};
  body({
    dialect,
    get env() {
      return env();
    },
    location,
    open: (file) => openAppDb(location(file)),
    useTestApp(extra = {}, options = {}) {
      const key = Object.keys(options).length === 0 ? JSON.stringify(extra) : undefined;
      const shared = key === undefined ? undefined : apps.get(key);
      const app = shared ?? { made: {} as TestApp, ready: undefined };
      if (!shared) apps.set(key ?? `own-${apps.size}`, app);
      before(async () => {
        app.ready ??= (async () => {
          await buildTestDirectory();
          Object.assign(app.made, createTestApp({ ...env(), ...extra }, options));
          // With DATABASE_URL the directory is the one published in PostgreSQL, found by the handle in a moment.
          await app.made.deps.directory.ready();
        })();
        await app.ready;
      });
      if (emptyEachTest) {
        let test = 0;
        beforeEach(async () => {
          const db = await app.made.deps.appDb.ready();
          // PostgreSQL's tables are emptied before each test already (above).
          if (dialect === 'sqlite') await emptySqliteTables(db);
          // The corrections counter starts each test far above where the last one could have left it, so the app's
          // corrections feed, which reloads only when the counter moves, never keeps the last test's corrections.
          await db
            .insertInto('corrections_version')
            .values({ id: 1, version: ++test * 1_000_000, changed_at: new Date().toISOString() })
            .execute();
          app.made.deps.corrections.changed();
        });
      }
      return app.made;
    },
  });
}

/**
 * Empties every table of ours in a SQLite app database (not the migration records); ids restart too. The
 * append-only tables' triggers refuse a DELETE, so they are set aside meanwhile and made again as they were
 * (PostgreSQL's TRUNCATE does not fire them).
 */
async function emptySqliteTables(db: Awaited<ReturnType<AppDb['ready']>>): Promise<void> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master
     WHERE type = 'table' AND substr(name, 1, 7) <> 'kysely_' AND substr(name, 1, 7) <> 'sqlite_'`.execute(db);
  const { rows: triggers } = await sql<{ name: string; sql: string }>`
    SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`.execute(db);
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    for (const { name } of triggers) await sql`DROP TRIGGER ${sql.id(name)}`.execute(db);
    for (const { name } of tables) await sql`DELETE FROM ${sql.id(name)}`.execute(db);
    const sequences = await sql`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`.execute(db);
    if (sequences.rows.length > 0) await sql`DELETE FROM sqlite_sequence`.execute(db);
  } finally {
    for (const trigger of triggers) await sql.raw(trigger.sql).execute(db);
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}
