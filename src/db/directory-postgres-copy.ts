/**
 * The published directory, copied out of PostgreSQL into a SQLite directory file: the reverse of a publish.
 *
 * With DATABASE_URL the directory the site serves is the one published in PostgreSQL, and the directory file on
 * the machine running a command may be older, another machine's, or missing. The commands that read a whole
 * directory file (the audit, the comparison of a rebuild with the directory it replaces) read this copy, so they
 * look at exactly what the site serves. A published schema never changes once published, so the copy is
 * consistent; it is written under a temporary name and renamed, like a build.
 *
 * @module
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { DIRECTORY_TABLES, publishedDirectory } from './directory-postgres.ts';
import { DIRECTORY_DDL } from './directory-schema.ts';

const FETCH_ROWS = 10_000;

/**
 * Copies the directory published in the database at `url` into a new SQLite file at `outFile`. Returns the
 * published schema it copied, or undefined (and writes nothing) when nothing has been published yet.
 */
export async function copyPublishedDirectory(url: string, outFile: string): Promise<{ schema: string } | undefined> {
  const published = await publishedDirectory(url);
  if (!published) return undefined;
  const building = `${outFile}.copying`;
  fs.rmSync(building, { force: true });
  const out = new Database(building);
  const client = new pg.Client({ connectionString: url, application_name: 'open-treatment-directory' });
  try {
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    out.exec(DIRECTORY_DDL);
    await client.connect();
    // A cursor per table, so a large directory is never held in memory at once.
    await client.query('BEGIN READ ONLY');
    for (const table of DIRECTORY_TABLES) {
      const columns = (out.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      const insert = out.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      const insertAll = out.transaction((rows: unknown[][]) => {
        for (const row of rows) insert.run(row);
      });
      await client.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT ${columns.join(', ')} FROM ${published.schema}.${table}`);
      for (;;) {
        const { rows } = await client.query<unknown[]>({ text: `FETCH ${FETCH_ROWS} FROM rows`, rowMode: 'array' });
        if (rows.length === 0) break;
        insertAll(rows);
      }
      await client.query('CLOSE rows');
    }
    await client.query('COMMIT');
    out.close();
    fs.renameSync(building, outFile);
    return { schema: published.schema };
  } catch (error) {
    if (out.open) out.close();
    fs.rmSync(building, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
