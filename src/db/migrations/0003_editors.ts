import { type Kysely, sql } from 'kysely';
import { idColumn, makeAppendOnly } from '../dialect.ts';

/**
 * Editors (the small team that reviews reports), their one-time setup links, their sessions, and the audit
 * log of everything they decide. Never edit this file once it has been released: add a new migration instead.
 *
 * Secrets are stored only in a form that cannot be used as they are: an argon2id hash of each password, a
 * sha-256 of each setup token and session token (the tokens themselves live only in the link we printed and
 * in the editor's cookie). The audit log is append-only (see makeAppendOnly).
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('editors')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('editor_setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('editor_id', 'integer', (c) => c.notNull().references('editors.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('editor_setup_tokens_editor').on('editor_setup_tokens').column('editor_id').execute();

  await db.schema
    .createTable('editor_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('editor_id', 'integer', (c) => c.notNull().references('editors.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('editor_sessions_editor').on('editor_sessions').column('editor_id').execute();
  await db.schema.createIndex('editor_sessions_expiry').on('editor_sessions').column('expires_at').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('at', 'text', (c) => c.notNull())
    // null: done from the command line (adding an editor), not by a signed-in editor.
    .addColumn('editor_id', 'integer', (c) => c.references('editors.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('facility_id', 'text')
    .addColumn('report_id', 'integer')
    .addColumn('correction_id', 'integer')
    // What was decided, in words; never a reporter's note or email address.
    .addColumn('detail', 'text', (c) => c.notNull())
    .addCheckConstraint('audit_log_action', sql`action <> ''`)
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await makeAppendOnly(db, 'audit_log');
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('editor_sessions').execute();
  await db.schema.dropTable('editor_setup_tokens').execute();
  await db.schema.dropTable('editors').execute();
}
