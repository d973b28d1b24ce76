import type { Kysely } from 'kysely';
import type { AppDatabase } from '../../db/app-schema.ts';

/**
 * The audit log: who decided what, and when. Rows are only ever added (the database refuses UPDATE and
 * DELETE on this table, see makeAppendOnly in src/db/dialect.ts). `detail` says what was decided in words;
 * it never holds a reporter's note or email address.
 */
type Db = Kysely<AppDatabase>;

export type AuditAction =
  | 'editor.added'
  | 'editor.reset'
  | 'editor.disabled'
  | 'editor.setup'
  | 'editor.signed-in'
  | 'editor.locked'
  | 'editor.totp-on'
  | 'editor.totp-off'
  | 'report.accepted'
  | 'report.rejected'
  | 'report.merged'
  | 'correction.kept'
  | 'correction.withdrawn';

export interface AuditEntry {
  at: string;
  /** null: done from the command line. */
  editorId: number | null;
  action: AuditAction;
  facilityId?: string | null;
  reportId?: number | null;
  correctionId?: number | null;
  detail: string;
}

export async function appendAudit(db: Db, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      editor_id: e.editorId,
      action: e.action,
      facility_id: e.facilityId ?? null,
      report_id: e.reportId ?? null,
      correction_id: e.correctionId ?? null,
      detail: e.detail,
    })
    .execute();
}

export interface AuditRow {
  id: number;
  at: string;
  editorEmail: string | null;
  action: string;
  facilityId: string | null;
  reportId: number | null;
  correctionId: number | null;
  detail: string;
}

/** Newest first, with each editor's email address (the log keeps the id). */
export async function listAudit(
  db: Db,
  options: { limit: number; offset: number; reportId?: number },
): Promise<{ total: number; rows: AuditRow[] }> {
  let base = db.selectFrom('audit_log');
  if (options.reportId !== undefined) base = base.where('audit_log.report_id', '=', options.reportId);
  const total = await base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('editors', 'editors.id', 'audit_log.editor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'editors.email',
      'audit_log.action',
      'audit_log.facility_id',
      'audit_log.report_id',
      'audit_log.correction_id',
      'audit_log.detail',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      editorEmail: r.email,
      action: r.action,
      facilityId: r.facility_id,
      reportId: r.report_id,
      correctionId: r.correction_id,
      detail: r.detail,
    })),
  };
}
