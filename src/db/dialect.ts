/**
 * The only place that knows SQLite from PostgreSQL. Repositories and migrations describe what they want
 * (an id column, rows locked for this transaction, rows claimed by one worker among several, a table no one
 * may change) and these helpers say it in each dialect, so the rest of the code has one schema and one set of queries.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, type SelectQueryBuilder, sql } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Which database a Kysely instance (or a transaction made from one) talks to. Read from the adapter
 * the dialect installed, so it also holds inside `db.transaction()` and in migrations.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema, including a migration's Kysely<any>
export function dialectOf(db: Kysely<any>): Dialect {
  // getExecutor() is marked internal in Kysely 0.28 (pinned), but it is the one place the adapter is kept.
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * An auto-numbered integer primary key: `integer primary key autoincrement` on SQLite (ids are never
 * reused, even after the newest row is deleted) and an identity column on PostgreSQL, which gives the same
 * guarantee. For `addColumn('id', 'integer', idColumn(db))` in a migration.
 */
// biome-ignore lint/suspicious/noExplicitAny: used by migrations, which take Kysely<any>
export function idColumn(db: Kysely<any>): (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return dialectOf(db) === 'postgres' ? (c) => c.primaryKey().generatedAlwaysAsIdentity() : (c) => c.primaryKey().autoIncrement();
}

/**
 * Locks the selected rows until the transaction ends (`SELECT … FOR UPDATE`), so two requests that read a
 * row in order to change it take turns. PostgreSQL needs it: its transactions run side by side. SQLite has
 * no row locks and needs none: Kysely's SQLite driver has one connection and runs one transaction at a time.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function forUpdate<DB, TB extends keyof DB, O>(db: Kysely<any>, query: SelectQueryBuilder<DB, TB, O>) {
  return dialectOf(db) === 'postgres' ? query.forUpdate() : query;
}

/**
 * Claims rows for one worker when any number of workers (in one process or many) share the table, so each
 * row is handled by exactly one of them.
 *
 * - PostgreSQL: in one transaction, `SELECT … FOR UPDATE OF <lockTable> SKIP LOCKED` (rows another worker is
 *   claiming are passed over, not waited for), then `claim` marks each row as taken before the commit.
 * - SQLite: one writer at a time per file, so the rows are read, then `claim` marks each with a
 *   compare-and-set update that only counts if the row is still as it was read; it returns false when
 *   another worker (a second process on the same file) got there first, and that row is left out.
 *
 * `claim` must therefore be a conditional update that returns whether it changed the row.
 */
export async function claimRows<DB, TB extends keyof DB, O>(
  db: Kysely<DB>,
  options: {
    select: (db: Kysely<DB>) => SelectQueryBuilder<DB, TB, O>;
    /** The table whose rows are being claimed (a join may read others, which stay unlocked). */
    lockTable: TB & string;
    claim: (db: Kysely<DB>, row: O) => Promise<boolean>;
  },
): Promise<O[]> {
  const claimEach = async (trx: Kysely<DB>, rows: O[]) => {
    const claimed: O[] = [];
    for (const row of rows) if (await options.claim(trx, row)) claimed.push(row);
    return claimed;
  };
  if (dialectOf(db) === 'postgres') {
    return db.transaction().execute(async (trx) => {
      const rows = await options.select(trx).forUpdate(options.lockTable).skipLocked().execute();
      return claimEach(trx, rows);
    });
  }
  return claimEach(db, await options.select(db).execute());
}

/**
 * Makes a table append-only: rows can be added and read, never changed or deleted, by anyone using the
 * database, the app included. A trigger refuses every UPDATE and DELETE: `RAISE(ABORT)` on SQLite, a trigger
 * function that raises an exception on PostgreSQL. (Emptying a whole table with TRUNCATE, or dropping the
 * trigger, takes an operator with rights over the schema; the app never does either.) For a migration.
 */
// biome-ignore lint/suspicious/noExplicitAny: used by migrations, which take Kysely<any>
export async function makeAppendOnly(db: Kysely<any>, table: string): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
  const message = `${table} is append-only: its rows cannot be changed or deleted`;
  if (dialectOf(db) === 'postgres') {
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION '% is append-only: its rows cannot be changed or deleted', TG_TABLE_NAME; END $$`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      )
      .execute(db);
    return;
  }
  for (const action of ['UPDATE', 'DELETE']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_${action.toLowerCase()} BEFORE ${action} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`,
      )
      .execute(db);
  }
}
