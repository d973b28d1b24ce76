import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { AppDatabase } from './app-schema.ts';
import { type Dialect, dialectOf } from './dialect.ts';
import { appMigrations } from './migrations/index.ts';

export interface AppDb {
  readonly dialect: Dialect;
  /**
   * The database, once it is migrated to the latest schema. Await it before every use: opening is
   * synchronous, but Kysely's migrator is not, and a query must not slip in between two migrations.
   */
  ready(): Promise<Kysely<AppDatabase>>;
  close(): Promise<void>;
}

/** Where the app database is: a SQLite file (the default), or a PostgreSQL database shared by several instances. */
export type AppDbLocation = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; poolSize?: number };

/** The app database the configuration asks for: DATABASE_URL when set, else VAR_DIR/app.sqlite. */
export function appDbLocation(config: Pick<Config, 'appDbPath' | 'databaseUrl' | 'databasePoolSize'>): AppDbLocation {
  return config.databaseUrl
    ? { dialect: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
    : { dialect: 'sqlite', file: config.appDbPath };
}

/**
 * Opens the app database and brings it to the latest schema. The same schema, migrations and
 * repositories serve both dialects; see ./dialect.ts for the few places where they differ.
 *
 * @example
 * const appDb = openAppDb(appDbLocation(config));
 * const db = await appDb.ready();
 */
export function openAppDb(location: AppDbLocation): AppDb {
  const db = location.dialect === 'postgres' ? openPostgres(location.url, location.poolSize) : openSqlite(location.file);
  const migrated = (
    location.dialect === 'sqlite' ? oneAtATime(path.resolve(location.file), () => migrateToLatest(db)) : migrateToLatest(db)
  ).then(() => db);
  // Callers see a failure when they await ready(); this only stops it counting as unhandled meanwhile.
  migrated.catch(() => {});
  return {
    dialect: location.dialect,
    ready: () => migrated,
    async close() {
      await migrated.catch(() => {});
      await db.destroy();
    },
  };
}

const sqliteMigrations = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after any other task for the same file in this process has finished. Two connections to one
 * SQLite file in one process must not migrate at once: better-sqlite3 waits for a lock synchronously, so the
 * second would stop the event loop that the first needs to finish and let go.
 */
function oneAtATime<T>(file: string, task: () => Promise<T>): Promise<T> {
  const previous = sqliteMigrations.get(file) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(task);
  const settled = next.catch(() => {});
  sqliteMigrations.set(file, settled);
  void settled.then(() => {
    if (sqliteMigrations.get(file) === settled) sqliteMigrations.delete(file);
  });
  return next;
}

/**
 * SQLite: the file is created readable and writable by its owner only (0600), because it holds people's
 * email addresses; a file left by an older version with wider rights is narrowed. SQLite gives the -wal
 * and -shm files it creates beside it the same rights.
 *
 * WAL lets readers carry on while the mail worker writes; the busy timeout covers a second process (a
 * restart overlapping the old one) holding the write lock for a moment; foreign keys make deleting a
 * subscriber delete their tokens and queued mail too.
 */
function openSqlite(file: string): Kysely<AppDatabase> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(f) && (fs.statSync(f).mode & 0o077) !== 0) fs.chmodSync(f, 0o600);
  }
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  return new Kysely<AppDatabase>({ dialect: new SqliteDialect({ database: raw }) });
}

/**
 * PostgreSQL: a pool of connections per instance. Foreign keys and transactions need no settings there.
 * A connection that breaks while idle (the server restarted, a proxy closed it) is dropped from the pool
 * and the next query opens a new one; without the listener the pool's error event would end the process.
 */
function openPostgres(url: string, poolSize = 10): Kysely<AppDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'open-treatment' });
  pool.on('error', () => {});
  return new Kysely<AppDatabase>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Runs every migration not yet applied; throws with the migration's name if one fails. Two processes
 * starting together on one database migrate it once, one after the other: on PostgreSQL Kysely holds an
 * advisory lock meanwhile; on SQLite (where Kysely takes no lock) the whole run is one `BEGIN IMMEDIATE`
 * transaction, which waits for, and then excludes, any other writer of the file.
 */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const run = (on: Kysely<any>, disableTransactions: boolean) =>
    new Migrator({ db: on, provider: appMigrations, disableTransactions }).migrateToLatest();
  if (dialectOf(db) === 'sqlite') {
    // Already up to date (every start but the first after an upgrade): take no lock at all.
    const known = await new Migrator({ db, provider: appMigrations }).getMigrations();
    if (known.every((m) => m.executedAt !== undefined)) return [];
  }
  const { error, results } =
    dialectOf(db) === 'postgres'
      ? await run(db, false)
      : await db.connection().execute(async (conn) => {
          await sql`begin immediate`.execute(conn);
          const outcome = await run(conn, true);
          await sql.raw(outcome.error ? 'rollback' : 'commit').execute(conn);
          return outcome;
        });
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`App database migration ${failed?.migrationName ?? ''} failed: ${message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
