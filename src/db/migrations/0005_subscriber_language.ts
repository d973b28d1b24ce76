import type { Kysely } from 'kysely';

/**
 * The language a subscriber signed up in (`en`, `es`: the page the form was on), so the emails they get are in
 * it. Existing subscribers signed up on English pages. Never edit this file once it has been released: add a
 * new migration instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('subscribers')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subscribers').dropColumn('language').execute();
}
