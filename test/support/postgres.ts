/**
 * PostgreSQL for tests: one server per `npm test` run (scripts/test.ts starts a throwaway cluster, or uses
 * TEST_DATABASE_URL), and a fresh database in it for each test suite that asks, dropped afterwards.
 *
 * The runner makes one template database with PostGIS installed, the app schema migrated and the test
 * directory published (fillTemplate), so each suite's database is a quick copy (about a tenth of a second)
 * that already has all three, instead of running CREATE EXTENSION, the migrations and a publish every time.
 * A test file run on its own (`node --import tsx --test file`) starts its own cluster here instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PG_INSTALL_COMMAND, startPostgres } from '../../scripts/postgres.ts';

/** Set by scripts/test.ts for every test process: the server, and the template to copy. */
export const PG_URL_ENV = 'OT_TEST_PG_URL';
export const PG_TEMPLATE_ENV = 'OT_TEST_PG_TEMPLATE';

/** `postgres://…/name` with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Makes the template every test database is copied from: an empty database with PostGIS. Fails with the
 * install command when the server has no PostGIS.
 */
export async function createTemplate(serverUrl: string): Promise<string> {
  const name = `ot_test_template_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  try {
    await withClient(withDatabase(serverUrl, name), (c) => c.query('CREATE EXTENSION postgis'));
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw new Error(
      `PostGIS is not available on the test PostgreSQL server (${(error as Error).message}). Install it with: ${PG_INSTALL_COMMAND}`,
    );
  }
  return name;
}

/**
 * What every test database starts with, made once per run in the template: the app database's schema
 * (migrated) and the shared test directory, published as `npm run directory -- build` does. A route test's
 * app on PostgreSQL then starts as quickly as on SQLite: nothing to migrate, a directory to read at once.
 */
export async function fillTemplate(serverUrl: string, template: string): Promise<string> {
  const url = withDatabase(serverUrl, template);
  const { publishTestDirectory } = await import('./directory.ts');
  const { openAppDb } = await import('../../src/db/app-db.ts');
  const appDb = openAppDb({ dialect: 'postgres', url, poolSize: 1 });
  try {
    await appDb.ready();
  } finally {
    await appDb.close();
  }
  // Numbered far above where any other database's directory generations start (at 1), so the schema's name is
  // the template's alone: the test processes share one load of it across every copy (SHARED_SCHEMA_ENV in
  // src/lib/shared-loads.ts), and a publish in a copy makes a schema of another name.
  const start = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
  await withClient(url, async (c) => {
    await c.query('CREATE SEQUENCE IF NOT EXISTS directory_generation');
    await c.query('SELECT setval($1, $2, false)', ['directory_generation', start]);
  });
  return (await publishTestDirectory(url)).schema;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  // FORCE: a test that forgot to close a pool must not leave its database behind.
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

let ownServer: Promise<{ url: string; template: string }> | undefined;

/** The server and template for this process: the runner's, or (a file run on its own) a cluster of its own. */
function testServer(): Promise<{ url: string; template: string }> {
  const url = process.env[PG_URL_ENV] ?? process.env.TEST_DATABASE_URL;
  const template = process.env[PG_TEMPLATE_ENV];
  if (url && template) return Promise.resolve({ url, template });
  ownServer ??= (async () => {
    const serverUrl = url ?? (await startPostgres()).url;
    const name = await createTemplate(serverUrl);
    // As scripts/test.ts does: the shared test directory, published, in every database copied from the template.
    const { buildTestDirectory } = await import('./directory.ts');
    await buildTestDirectory();
    await fillTemplate(serverUrl, name);
    // The cluster (if we started it) goes at exit anyway; on a server we were given, tidy up after ourselves.
    process.once('beforeExit', () => void dropDatabase(serverUrl, name).catch(() => {}));
    return { url: serverUrl, template: name };
  })();
  return ownServer;
}

export interface TestPostgresDatabase {
  /** A URL for DATABASE_URL. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new, empty database (with PostGIS) for one test suite. Drop it when the suite is done. */
export async function createTestDatabase(): Promise<TestPostgresDatabase> {
  const server = await testServer();
  const name = `ot_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(server.url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${server.template}`));
  return { url: withDatabase(server.url, name), name, drop: () => dropDatabase(server.url, name) };
}

/**
 * Empties every table of ours in a test database (not the migration records, not PostGIS's own table, not
 * the pointer to the published directory, which the template holds), so
 * each test of a suite starts as it would with a new SQLite file: migrated, with no rows. Ids restart too.
 */
export async function emptyTables(url: string): Promise<void> {
  await withClient(url, async (c) => {
    const { rows } = await c.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables
        WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely\\_%'
          AND tablename NOT IN ('spatial_ref_sys', 'directory_publication', 'directory_retired')`,
    );
    if (rows.length === 0) return;
    await c.query(`TRUNCATE ${rows.map((r) => `"${r.name}"`).join(', ')} RESTART IDENTITY CASCADE`);
  });
}

export { PG_INSTALL_COMMAND };
