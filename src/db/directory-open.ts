/**
 * Opens the directory a snapshot's `location` names, read-only, for the locator's loader thread (see
 * src/features/locator/directory-loader.ts). Only SQLite's driver is loaded up front: the PostgreSQL client and
 * its half of the code are imported only for a directory published in PostgreSQL, so loading a SQLite directory
 * (the default) does not pay for them (about 400 ms under tsx, in every loader thread).
 *
 * @module
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DirectoryLocation } from './directory-connection.ts';
import type { DirectoryDatabase } from './directory-schema.ts';

export interface OpenedDirectory {
  db: Kysely<DirectoryDatabase>;
  close: () => Promise<void>;
}

/** A SQLite file that was swapped since the snapshot (another inode at the path) is refused: take a new snapshot. */
export async function openDirectoryAt(location: DirectoryLocation): Promise<OpenedDirectory> {
  if (location.kind === 'sqlite') {
    const raw = new Database(location.path, { readonly: true, fileMustExist: true });
    if (fs.statSync(location.path).ino !== location.ino) {
      raw.close();
      throw new Error(`${location.path} was swapped while it was being opened; load it again.`);
    }
    const db = new Kysely<DirectoryDatabase>({ dialect: new SqliteDialect({ database: raw }) });
    return { db, close: () => db.destroy() };
  }
  const { openPublishedSchema } = await import('./directory-postgres.ts');
  return openPublishedSchema(location.url, location.schema);
}
