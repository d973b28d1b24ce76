import { type Kysely, sql } from 'kysely';
import { idColumn } from '../dialect.ts';

/**
 * Subscribers, their hashed tokens, and the mail queue. Never edit this file once it has been released:
 * add a new migration instead. Migrations take `Kysely<any>` on purpose: they describe the schema as it
 * was at this point, not as app-schema.ts says it is today.
 *
 * The one edit since release: the two id columns go through idColumn(), so that PostgreSQL gets an identity
 * column where SQLite has `autoincrement`. The SQL it sends to SQLite is byte for byte what it was (a test
 * in app-db.test.ts compiles it and compares), so databases that already ran it are unaffected.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subscribers')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('first_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_notice_at', 'text')
    .addCheckConstraint('subscribers_status', sql`status IN ('pending', 'active')`)
    .execute();

  await db.schema
    .createTable('newsletter_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('subscriber_id', 'integer', (c) => c.notNull().references('subscribers.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addCheckConstraint('newsletter_tokens_purpose', sql`purpose IN ('confirm', 'unsubscribe')`)
    .execute();
  await db.schema.createIndex('newsletter_tokens_subscriber').on('newsletter_tokens').column('subscriber_id').execute();

  await db.schema
    .createTable('mail_queue')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('subscriber_id', 'integer', (c) => c.notNull().references('subscribers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addCheckConstraint('mail_queue_kind', sql`kind IN ('confirm', 'already-subscribed')`)
    .execute();
  await db.schema.createIndex('mail_queue_due').on('mail_queue').column('next_attempt_at').execute();
  await db.schema.createIndex('mail_queue_subscriber').on('mail_queue').column('subscriber_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_queue').execute();
  await db.schema.dropTable('newsletter_tokens').execute();
  await db.schema.dropTable('subscribers').execute();
}
