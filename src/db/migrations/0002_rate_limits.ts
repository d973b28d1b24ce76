import type { Kysely } from 'kysely';
import { idColumn } from '../dialect.ts';

/**
 * Rate limits shared by every instance on one database: one row per counted attempt, keyed by an opaque
 * HMAC of the client's address (never the address), removed once it leaves its window. Never edit this
 * file once it has been released: add a new migration instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_hits_key')
    .on('rate_limit_hits')
    .columns(['bucket', 'client_key', 'expires_at'])
    .execute();
  await db.schema.createIndex('rate_limit_hits_expiry').on('rate_limit_hits').column('expires_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_hits').execute();
}
