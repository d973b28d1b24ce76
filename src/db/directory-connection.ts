import fs from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Config } from '../config.ts';
import { PostgresDirectoryHandle, postgresDirectoryProblem } from './directory-postgres.ts';
import { DIRECTORY_SCHEMA_VERSION, type DirectoryDatabase } from './directory-schema.ts';

/** Why the directory file cannot be used as it is (missing, or built by another version), or undefined. */
export function directoryProblem(path: string): string | undefined {
  if (!fs.existsSync(path)) return 'there is no directory database yet';
  try {
    const raw = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const row = raw.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
      return row?.value === DIRECTORY_SCHEMA_VERSION ? undefined : 'the directory database was built by another version';
    } finally {
      raw.close();
    }
  } catch {
    return 'the directory database could not be read';
  }
}

/** Why the configured directory cannot be used: the SQLite file, or with DATABASE_URL the published one. */
export async function directoryProblemFor(config: Pick<Config, 'directoryPath' | 'databaseUrl'>): Promise<string | undefined> {
  return config.databaseUrl ? postgresDirectoryProblem(config.databaseUrl) : directoryProblem(config.directoryPath);
}

export interface DirectorySnapshot {
  db: Kysely<DirectoryDatabase>;
  /** Increases each time a rebuilt directory is swapped in; caches key on it. */
  generation: number;
  /** PostgreSQL: the schema this directory lives in. */
  schema?: string | undefined;
  /** Where the directory is, for another thread to open it (the locator loads it in a worker). */
  location?: DirectoryLocation | undefined;
}

/** A directory as another thread opens it (./directory-open.ts): the file (and its inode: the file this snapshot read), or a schema. */
export type DirectoryLocation = { kind: 'sqlite'; path: string; ino: number } | { kind: 'postgres'; url: string; schema: string };

/**
 * The directory the site reads, whichever database holds it: a SQLite file (SqliteDirectoryHandle, the
 * default) or the directory published in PostgreSQL (PostgresDirectoryHandle, with DATABASE_URL). Both follow
 * a rebuild without a restart; `snapshot()` is the directory as it is now.
 */
export interface DirectoryHandle {
  snapshot(): DirectorySnapshot;
  /** Resolves once the directory can be read (at once for a file). */
  ready(): Promise<void>;
  close(): void;
}

/**
 * The directory the configuration asks for: with DATABASE_URL the one published in PostgreSQL (read from
 * DATABASE_READ_URL when set, notified by the primary), else the SQLite file.
 */
export function openDirectory(
  config: Pick<Config, 'directoryPath' | 'databaseUrl' | 'databaseReadUrl' | 'databasePoolSize'>,
  options: { onError?: (error: unknown) => void } = {},
): DirectoryHandle {
  if (!config.databaseUrl) return new SqliteDirectoryHandle(config.directoryPath);
  return new PostgresDirectoryHandle({
    url: config.databaseReadUrl ?? config.databaseUrl,
    listenUrl: config.databaseUrl,
    poolSize: config.databasePoolSize,
    ...(options.onError ? { onError: options.onError } : {}),
  });
}

/** How long a swapped-out directory file stays open: longer than loading a 1,000,000-place directory takes. */
const OLD_FILE_OPEN_MS = 120_000;

/**
 * A read-only handle on the directory file that follows atomic swaps. A rebuild renames a new file over the
 * old path; this handle notices (at most one `stat` a second) and opens the new file, so the site serves the
 * new directory without a restart, and goes on serving the old one if a rebuild fails and nothing is swapped.
 */
export class SqliteDirectoryHandle implements DirectoryHandle {
  private current: { raw: Database.Database; db: Kysely<DirectoryDatabase>; ino: number; mtimeMs: number } | undefined;
  private checkedAt = 0;
  private generation = 0;

  constructor(
    readonly path: string,
    private readonly checkEveryMs = 1000,
  ) {
    this.reopen();
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  snapshot(): DirectorySnapshot {
    const now = Date.now();
    if (now - this.checkedAt >= this.checkEveryMs) {
      this.checkedAt = now;
      try {
        const stat = fs.statSync(this.path);
        if (!this.current || stat.ino !== this.current.ino || stat.mtimeMs !== this.current.mtimeMs) this.reopen();
      } catch {
        // The file is briefly missing only if someone deleted it by hand; keep serving what is open.
      }
    }
    if (!this.current) throw new Error(`The directory database ${this.path} could not be opened.`);
    return {
      db: this.current.db,
      generation: this.generation,
      location: { kind: 'sqlite', path: this.path, ino: this.current.ino },
    };
  }

  private reopen(): void {
    // Stat before opening: if a swap lands in between, the next check sees a newer file and reopens again.
    const stat = fs.statSync(this.path);
    const raw = new Database(this.path, { readonly: true, fileMustExist: true });
    const version = raw.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
    if (version?.value !== DIRECTORY_SCHEMA_VERSION) {
      raw.close();
      throw new Error(
        `${this.path} was built by another version (schema ${version?.value ?? 'unknown'}); run npm run directory -- build`,
      );
    }
    const previous = this.current;
    this.current = {
      raw,
      db: new Kysely<DirectoryDatabase>({ dialect: new SqliteDialect({ database: raw }) }),
      ino: stat.ino,
      mtimeMs: stat.mtimeMs,
    };
    this.generation++;
    // A request that took a snapshot just before the swap may still be awaiting its query on the old
    // handle, and the locator serves the old directory (reading the rows a page shows from it) until the new
    // one is loaded, so the old file is closed a while later rather than at once. Its inode lives on until then.
    if (previous) setTimeout(() => previous.raw.close(), OLD_FILE_OPEN_MS).unref();
  }

  close(): void {
    this.current?.raw.close();
    this.current = undefined;
  }
}
