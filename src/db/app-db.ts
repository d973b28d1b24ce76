import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { AppDatabase } from './app-schema.ts';
import { appMigrations } from './migrations/index.ts';

export interface AppDb {
  /**
   * The database, once it is migrated to the latest schema. Await it before every use: opening is
   * synchronous, but Kysely's migrator is not, and a query must not slip in between two migrations.
   */
  ready(): Promise<Kysely<AppDatabase>>;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the app's writable SQLite file and brings it to the latest schema.
 *
 * WAL lets readers carry on while the mail worker writes; the busy timeout covers a second process (a
 * restart overlapping the old one) holding the write lock for a moment; foreign keys make deleting a
 * subscriber delete their tokens and queued mail too.
 *
 * @example
 * const appDb = openAppDb(config.appDbPath);
 * const db = await appDb.ready();
 */
export function openAppDb(file: string): AppDb {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<AppDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  const migrated = migrateToLatest(db).then(() => db);
  // Callers see a failure when they await ready(); this only stops it counting as unhandled meanwhile.
  migrated.catch(() => {});
  return {
    ready: () => migrated,
    async close() {
      await migrated.catch(() => {});
      await db.destroy();
    },
  };
}

/** Runs every migration not yet applied; throws with the migration's name if one fails. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: appMigrations });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`App database migration ${failed?.migrationName ?? ''} failed: ${message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
