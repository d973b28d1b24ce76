/**
 * The directory in PostgreSQL, for several instances sharing one database (DATABASE_URL).
 *
 * A build still writes a complete SQLite file first (src/pipeline/build.ts); publishing copies that file into
 * a new schema, `directory_<generation>`, inside one transaction, then switches one pointer row
 * (`directory_publication`) in a second, short transaction that also sends `NOTIFY directory_published`.
 * PostgreSQL delivers a notification only when its transaction commits, so an instance never hears of a
 * directory it cannot read yet. A build that fails leaves no schema behind and the pointer unchanged: the old
 * directory goes on serving. Replaced schemas are dropped by a later publish once a grace period has passed,
 * so a request that started on the old one can finish.
 *
 * Each instance's PostgresDirectoryHandle LISTENs for the notification and reloads within a moment, and also
 * reads the pointer every few seconds, in case the listening connection broke. All reads go through
 * `db.withSchema(schema)`, so the queries are the same as on SQLite.
 *
 * @module
 */
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DirectoryHandle, DirectorySnapshot } from './directory-connection.ts';
import { DIRECTORY_DDL, DIRECTORY_SCHEMA_VERSION, type DirectoryDatabase } from './directory-schema.ts';

export const PUBLISHED_CHANNEL = 'directory_published';
/** pg_advisory_lock key for "a directory build or publish is running" (any fixed 64-bit number of ours). */
const BUILD_LOCK_KEY = 7_140_201_911;
/** How long a replaced directory schema is kept for requests still reading it. */
export const DEFAULT_GRACE_MS = 10 * 60_000;

/** The SQLite DDL in PostgreSQL's words. Text compares byte by byte (COLLATE "C"), as SQLite's does. */
export function postgresDirectoryDdl(): string {
  return DIRECTORY_DDL.replace(/\) STRICT, WITHOUT ROWID;/g, ');')
    .replace(/\) STRICT;/g, ');')
    .replace(/\bTEXT\b/g, 'text COLLATE "C"')
    .replace(/\bREAL\b/g, 'double precision')
    .replace(/\bINTEGER\b/g, 'integer');
}

/** Every table of a directory, in an order that satisfies their foreign keys. */
export const DIRECTORY_TABLES = [
  'meta',
  'sources',
  'service_codes',
  'facilities',
  'facility_services',
  'facility_sources',
  'rejections',
  'zip_centroids',
  'city_centroids',
] as const;

/** One row of the search table PostGIS answers from (SEARCH_ENGINE=postgis); made by the locator's own rules. */
export interface SearchPointRow {
  id: string;
  latitude: number;
  longitude: number;
  /** The concepts a place offers / its listing records, 64 bits as a signed bigint (see search-index.ts). */
  bits: bigint;
  known: bigint;
  unconfirmed: boolean;
  custody: boolean;
  checkedDay: number;
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'open-treatment-directory' });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const POINTER_DDL = `
CREATE TABLE IF NOT EXISTS directory_publication (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  schema_name text NOT NULL,
  generation bigint NOT NULL,
  schema_version text NOT NULL,
  published_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS directory_retired (schema_name text PRIMARY KEY, retired_at timestamptz NOT NULL);
CREATE SEQUENCE IF NOT EXISTS directory_generation;
`;

/**
 * Holds PostgreSQL's advisory lock for directory builds while `run` runs, so two builds or imports on
 * different machines never publish at the same moment; a second one fails at once with `locked()`'s error.
 */
export async function withPostgresBuildLock<T>(url: string, locked: () => Error, run: () => Promise<T>): Promise<T> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [BUILD_LOCK_KEY]);
    if (!rows[0]?.ok) throw locked();
    try {
      return await run();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK_KEY]).catch(() => {});
    }
  });
}

export interface Publication {
  schema: string;
  generation: number;
  /** Milliseconds: copying the file into its schema, and switching the pointer. */
  copyMs: number;
  switchMs: number;
}

/**
 * Copies a complete directory file into a new schema and publishes it (see the module comment). `searchPoints`
 * adds the table SEARCH_ENGINE=postgis searches, with a GiST index on its `geography` points; it needs the
 * PostGIS extension (created here if the role may).
 */
export async function publishDirectory(
  url: string,
  file: string,
  options: { searchPoints?: Iterable<SearchPointRow>; graceMs?: number } = {},
): Promise<Publication> {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return await withClient(url, async (client) => {
      await client.query(POINTER_DDL);
      await dropRetired(client, options.graceMs ?? DEFAULT_GRACE_MS);
      const { rows } = await client.query<{ n: string }>("SELECT nextval('directory_generation') AS n");
      const generation = Number(rows[0]?.n);
      const schema = `directory_${generation}`;
      const began = Date.now();
      await client.query('BEGIN');
      try {
        await client.query(`CREATE SCHEMA ${schema}`);
        await client.query(`SET LOCAL search_path TO ${schema}, public`);
        await client.query(postgresDirectoryDdl());
        for (const table of DIRECTORY_TABLES) await copyTable(source, client, table);
        if (options.searchPoints) await writeSearchPoints(client, options.searchPoints);
        await client.query('ANALYZE');
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
      const copied = Date.now();
      const version = source.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string };
      await client.query('BEGIN');
      try {
        const { rows: old } = await client.query<{ schema_name: string }>(
          'SELECT schema_name FROM directory_publication FOR UPDATE',
        );
        await client.query(
          `INSERT INTO directory_publication (singleton, schema_name, generation, schema_version, published_at)
           VALUES (true, $1, $2, $3, now())
           ON CONFLICT (singleton) DO UPDATE SET schema_name = $1, generation = $2, schema_version = $3, published_at = now()`,
          [schema, generation, version.value],
        );
        for (const o of old) {
          await client.query('INSERT INTO directory_retired VALUES ($1, now()) ON CONFLICT DO NOTHING', [o.schema_name]);
        }
        await client.query(`SELECT pg_notify($1, $2)`, [PUBLISHED_CHANNEL, String(generation)]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
        throw error;
      }
      return { schema, generation, copyMs: copied - began, switchMs: Date.now() - copied };
    });
  } finally {
    source.close();
  }
}

/** Drops schemas replaced more than `graceMs` ago, and any left by a publish that stopped half way. */
async function dropRetired(client: pg.Client, graceMs: number): Promise<void> {
  const { rows } = await client.query<{ schema_name: string }>(
    `SELECT nspname AS schema_name FROM pg_namespace
      WHERE nspname ~ '^directory_[0-9]+$'
        AND nspname NOT IN (SELECT schema_name FROM directory_publication)
        AND nspname NOT IN (SELECT schema_name FROM directory_retired WHERE retired_at > now() - make_interval(secs => $1))`,
    [graceMs / 1000],
  );
  for (const r of rows) {
    await client.query(`DROP SCHEMA IF EXISTS ${r.schema_name} CASCADE`);
    await client.query('DELETE FROM directory_retired WHERE schema_name = $1', [r.schema_name]);
  }
}

/** Rows per INSERT when copying a table: each is one array per column, so the size is not bound by parameters. */
const COPY_BATCH = 20_000;

/**
 * Copies one table, COPY_BATCH rows per INSERT: each column goes as one array parameter and `unnest` turns the
 * arrays back into rows (`INSERT … SELECT * FROM unnest($1::text[], $2::integer[], …)`). One parameter per
 * column instead of one per value keeps PostgreSQL's parsing and planning per statement small; a 1,000,000-place
 * directory copies in a fraction of the time row-value lists took. The array types are read from the table the
 * DDL just made, so they always match it.
 */
async function copyTable(source: Database.Database, client: pg.Client, table: string): Promise<void> {
  const columns = (source.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  const { rows: typed } = await client.query<{ name: string; type: string }>(
    `SELECT attname AS name, format_type(atttypid, NULL) AS type FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
    [table],
  );
  const typeOf = new Map(typed.map((c) => [c.name, c.type]));
  const arrays = columns.map((c, i) => {
    const type = typeOf.get(c);
    if (!type) throw new Error(`The PostgreSQL table ${table} has no column ${c}.`);
    return `$${i + 1}::${type}[]`;
  });
  const insert = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})`;
  let batch: unknown[][] = columns.map(() => []);
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    await client.query(insert, batch);
    batch = columns.map(() => []);
    size = 0;
  };
  for (const row of source
    .prepare(`SELECT ${columns.join(', ')} FROM ${table}`)
    .raw()
    .iterate() as IterableIterator<unknown[]>) {
    for (let c = 0; c < row.length; c++) (batch[c] as unknown[]).push(row[c]);
    if (++size >= COPY_BATCH) await flush();
  }
  await flush();
}

async function writeSearchPoints(client: pg.Client, points: Iterable<SearchPointRow>): Promise<void> {
  // A savepoint, so a refusal can be told apart (and explained) without aborting the publish's transaction here.
  await client.query('SAVEPOINT postgis');
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public');
    await client.query('RELEASE SAVEPOINT postgis');
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 42501: not allowed to create it; 58P01 / 0A000: the server has no PostGIS to install.
    if (code === '42501' || code === '58P01' || code === '0A000') {
      throw new Error(
        `The search table needs the PostGIS extension, and this database does not have it (${(error as Error).message}). Have an administrator run "CREATE EXTENSION postgis;" in this database once (on Debian, install postgresql-15-postgis-3 first); see docs/deploy.md.`,
      );
    }
    throw error;
  }
  await client.query(`
    CREATE TABLE search_points (
      id text COLLATE "C" PRIMARY KEY,
      latitude double precision NOT NULL,
      longitude double precision NOT NULL,
      geog public.geography(Point, 4326) NOT NULL,
      bits bigint NOT NULL,
      known bigint NOT NULL,
      unconfirmed boolean NOT NULL,
      custody boolean NOT NULL,
      checked_day integer NOT NULL
    )`);
  let batch: SearchPointRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(
      `INSERT INTO search_points
       SELECT id, lat, lon, public.ST_SetSRID(public.ST_MakePoint(lon, lat), 4326)::public.geography, bits, known, unconfirmed, custody, checked_day
         FROM unnest($1::text[], $2::float8[], $3::float8[], $4::int8[], $5::int8[], $6::bool[], $7::bool[], $8::int4[])
           AS t(id, lat, lon, bits, known, unconfirmed, custody, checked_day)`,
      [
        batch.map((p) => p.id),
        batch.map((p) => p.latitude),
        batch.map((p) => p.longitude),
        batch.map((p) => p.bits.toString()),
        batch.map((p) => p.known.toString()),
        batch.map((p) => p.unconfirmed),
        batch.map((p) => p.custody),
        batch.map((p) => p.checkedDay),
      ],
    );
    batch = [];
  };
  for (const p of points) {
    batch.push(p);
    if (batch.length >= COPY_BATCH) await flush();
  }
  await flush();
  await client.query('CREATE INDEX search_points_geog ON search_points USING gist (geog)');
}

/** A published schema, read-only, for the locator's loader thread (see ./directory-open.ts). */
export function openPublishedSchema(url: string, schema: string): { db: Kysely<DirectoryDatabase>; close: () => Promise<void> } {
  if (!/^directory_\d+$/.test(schema)) throw new Error(`Not a directory schema: ${schema}`);
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'open-treatment-loader' });
  pool.on('error', () => {});
  const base = new Kysely<DirectoryDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db: base.withSchema(schema), close: () => base.destroy() };
}

/** The published directory as the pointer says, or undefined before the first publish. */
export async function publishedDirectory(
  url: string,
): Promise<{ schema: string; generation: number; schemaVersion: string } | undefined> {
  return withClient(url, async (client) => {
    const { rows } = await client
      .query<{ schema_name: string; generation: string; schema_version: string }>(
        "SELECT schema_name, generation, schema_version FROM directory_publication WHERE to_regclass('directory_publication') IS NOT NULL",
      )
      .catch(() => ({ rows: [] as { schema_name: string; generation: string; schema_version: string }[] }));
    const row = rows[0];
    return row ? { schema: row.schema_name, generation: Number(row.generation), schemaVersion: row.schema_version } : undefined;
  });
}

/** Why the published directory cannot be used (none yet, or built by another version), or undefined. */
export async function postgresDirectoryProblem(url: string): Promise<string | undefined> {
  try {
    const published = await publishedDirectory(url);
    if (!published) return 'no directory has been published to the database yet';
    return published.schemaVersion === DIRECTORY_SCHEMA_VERSION
      ? undefined
      : 'the directory in the database was built by another version';
  } catch (error) {
    return `the database could not be read (${(error as Error).message})`;
  }
}

/**
 * The directory published in PostgreSQL, followed as it is republished. `url` is where directory reads go
 * (DATABASE_READ_URL, a read replica, when set); `listenUrl` is the primary, because a replica does not pass
 * notifications on. After a notification the pointer is read again at once, then at every poll.
 */
export class PostgresDirectoryHandle implements DirectoryHandle {
  private current: { schema: string; generation: number; db: Kysely<DirectoryDatabase> } | undefined;
  private readonly pool: pg.Pool;
  private readonly base: Kysely<DirectoryDatabase>;
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly first: Promise<void>;

  constructor(
    private readonly options: {
      url: string;
      listenUrl?: string | undefined;
      poolSize?: number | undefined;
      pollMs?: number | undefined;
      onError?: (error: unknown) => void;
    },
  ) {
    this.pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, application_name: 'open-treatment' });
    this.pool.on('error', () => {});
    this.base = new Kysely<DirectoryDatabase>({ dialect: new PostgresDialect({ pool: this.pool }) });
    this.first = this.refresh().then(() => {
      if (!this.current) throw new Error('No directory has been published to the database yet: run npm run directory -- build.');
    });
    this.first.catch(() => {});
    void this.listen();
    this.timer = setInterval(() => void this.refresh().catch((e) => this.options.onError?.(e)), options.pollMs ?? 5000);
    this.timer.unref();
  }

  /** Resolves once the first published directory is open; rejects when there is none. */
  ready(): Promise<void> {
    return this.first;
  }

  /** The schema in use now (for the PostGIS search engine). */
  get schema(): string | undefined {
    return this.current?.schema;
  }

  get pgPool(): pg.Pool {
    return this.pool;
  }

  snapshot(): DirectorySnapshot {
    if (!this.current) throw new Error('The directory is not loaded from the database yet (await directory.ready()).');
    const { db, generation, schema } = this.current;
    return { db, generation, schema, location: { kind: 'postgres', url: this.options.url, schema } };
  }

  /** Reads the pointer; switches to a newly published schema. Returns whether it switched. */
  async refresh(): Promise<boolean> {
    const { rows } = await this.pool
      .query<{ schema_name: string; generation: string; schema_version: string }>(
        'SELECT schema_name, generation, schema_version FROM directory_publication',
      )
      .catch((error: { code?: string }) => {
        // 42P01: no such table, nothing was ever published to this database.
        if (error.code === '42P01') return { rows: [] };
        throw error;
      });
    const row = rows[0];
    if (!row || this.closed) return false;
    const generation = Number(row.generation);
    if (this.current && this.current.generation >= generation) return false;
    if (row.schema_version !== DIRECTORY_SCHEMA_VERSION) {
      throw new Error(`The directory in the database was built by another version (schema ${row.schema_version}).`);
    }
    this.current = { schema: row.schema_name, generation, db: this.base.withSchema(row.schema_name) };
    return true;
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.listenUrl ?? this.options.url });
    client.on('error', () => {});
    client.on('notification', () => void this.refresh().catch((e) => this.options.onError?.(e)));
    // A broken listening connection is opened again after a pause; the poll covers the gap.
    client.on('end', () => {
      if (this.listener === client) this.listener = undefined;
      if (!this.closed) setTimeout(() => void this.listen(), 2000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLISHED_CHANNEL}`);
      this.listener = client;
      if (this.closed) await client.end();
      // Anything published while we were not listening.
      else await this.refresh().catch(() => {});
    } catch (error) {
      this.options.onError?.(error);
      await client.end().catch(() => {});
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    void this.listener?.end().catch(() => {});
    void this.base.destroy().catch(() => {});
  }
}
