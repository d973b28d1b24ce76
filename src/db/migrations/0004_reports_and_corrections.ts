import { type Kysely, sql } from 'kysely';
import { idColumn } from '../dialect.ts';

/**
 * Reports from the public about a listing, the corrections editors accept, the counter every instance checks
 * to know corrections changed, and the aliases that keep old facility ids working after an import. Never edit
 * this file once it has been released: add a new migration instead.
 *
 * A report's free-text note and reply email are personal data: they are emptied 90 days after the report is
 * closed (see src/features/reports/retention.job.ts), so both columns are nullable and indexed by closing time.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('facility_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // The right value the reporter gave, normalised (a phone number, an address, a service), if any.
    .addColumn('value', 'text')
    .addColumn('note', 'text')
    .addColumn('reply_email', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('editors.id'))
    .addColumn('decision_reason', 'text')
    .addColumn('merged_into', 'integer', (c) => c.references('reports.id'))
    .addCheckConstraint(
      'reports_kind',
      sql`kind IN ('closed', 'phone', 'moved', 'service-missing', 'service-extra', 'serves-only', 'other')`,
    )
    .addCheckConstraint('reports_state', sql`state IN ('open', 'accepted', 'rejected', 'merged')`)
    .addCheckConstraint('reports_closed', sql`(state = 'open') = (closed_at IS NULL)`)
    .execute();
  await db.schema.createIndex('reports_state_created').on('reports').columns(['state', 'created_at']).execute();
  await db.schema.createIndex('reports_facility').on('reports').column('facility_id').execute();
  await db.schema.createIndex('reports_closed_at').on('reports').column('closed_at').execute();

  await db.schema
    .createTable('corrections')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('facility_id', 'text', (c) => c.notNull())
    // 'phone', 'intake_phone', 'address', 'closed', 'serves_only', or 'service:<concept>'.
    .addColumn('slot', 'text', (c) => c.notNull())
    // The change as JSON (src/domain/corrections.ts, correctionChangeSchema).
    .addColumn('change', 'text', (c) => c.notNull())
    // What the directory said about the slot when the correction was accepted (observe()).
    .addColumn('base', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('editor_id', 'integer', (c) => c.notNull().references('editors.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addCheckConstraint('corrections_evidence', sql`evidence IN ('called', 'website', 'samhsa-import')`)
    .addCheckConstraint('corrections_state', sql`state IN ('active', 'superseded', 'withdrawn')`)
    .execute();
  await db.schema.createIndex('corrections_facility').on('corrections').column('facility_id').execute();
  // One active correction per slot of a facility: a newer one supersedes the older in the same transaction.
  await db.schema
    .createIndex('corrections_one_active')
    .on('corrections')
    .columns(['facility_id', 'slot'])
    .unique()
    .where(sql<boolean>`state = 'active'`)
    .execute();

  // One row (id 1): bumped with every change to corrections or aliases, so each instance knows to reload.
  await db.schema
    .createTable('corrections_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addCheckConstraint('corrections_version_one_row', sql`id = 1`)
    .execute();

  await db.schema
    .createTable('facility_aliases')
    .addColumn('old_id', 'text', (c) => c.primaryKey())
    .addColumn('new_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('facility_aliases').execute();
  await db.schema.dropTable('corrections_version').execute();
  await db.schema.dropTable('corrections').execute();
  await db.schema.dropTable('reports').execute();
}
