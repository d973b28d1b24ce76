import type { Kysely } from 'kysely';
import type { AppDatabase, ReportKind, ReportState, ReportsTable } from './app-schema.ts';

/**
 * Reports about a listing: written by the public form (src/features/reports), read and decided by editors
 * (src/features/editor), and stripped of their personal data by the retention job. No function here ever
 * logs; a report's note and email never leave the database except to an editor's screen.
 */
type Db = Kysely<AppDatabase>;

export type ReportRow = Omit<ReportsTable, 'id'> & { id: number };

export interface NewReport {
  facilityId: string;
  kind: ReportKind;
  value: string | null;
  note: string | null;
  replyEmail: string | null;
  at: string;
}

export async function insertReport(db: Db, r: NewReport): Promise<number> {
  const { id } = await db
    .insertInto('reports')
    .values({
      facility_id: r.facilityId,
      kind: r.kind,
      value: r.value,
      note: r.note,
      reply_email: r.replyEmail,
      state: 'open',
      created_at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function reportById(db: Db, id: number): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export type QueueSort = 'newest' | 'most-reported';

export interface QueueRow extends ReportRow {
  /** Reports about the same listing still waiting: open ones, and those merged into an open one. */
  listingReports: number;
  /** Reports merged into this one as duplicates. */
  duplicates: number;
}

/** One page of the editors' queue, with the total matching the filters. */
export async function listReports(
  db: Db,
  filters: { states: readonly ReportState[]; kinds: readonly ReportKind[]; sort: QueueSort; limit: number; offset: number },
): Promise<{ total: number; rows: QueueRow[] }> {
  let base = db.selectFrom('reports');
  if (filters.states.length > 0) base = base.where('reports.state', 'in', filters.states);
  if (filters.kinds.length > 0) base = base.where('reports.kind', 'in', filters.kinds);
  const totalRow = await base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  let query = base.selectAll('reports').select((eb) => [
    eb
      .selectFrom('reports as r2')
      .leftJoin('reports as target', 'target.id', 'r2.merged_into')
      .select((e) => e.fn.countAll<number | string>().as('n'))
      .whereRef('r2.facility_id', '=', 'reports.facility_id')
      .where((e) => e.or([e('r2.state', '=', 'open'), e.and([e('r2.state', '=', 'merged'), e('target.state', '=', 'open')])]))
      .as('listing_reports'),
    eb
      .selectFrom('reports as dup')
      .select((e) => e.fn.countAll<number | string>().as('n'))
      .whereRef('dup.merged_into', '=', 'reports.id')
      .as('duplicates'),
  ]);
  query =
    filters.sort === 'most-reported'
      ? query.orderBy('listing_reports', 'desc').orderBy('reports.created_at', 'desc').orderBy('reports.id', 'desc')
      : query.orderBy('reports.created_at', 'desc').orderBy('reports.id', 'desc');
  const rows = await query.limit(filters.limit).offset(filters.offset).execute();
  return {
    total: Number(totalRow.n),
    rows: rows.map(({ listing_reports, duplicates, ...r }) => ({
      ...r,
      listingReports: Number(listing_reports ?? 0),
      duplicates: Number(duplicates ?? 0),
    })),
  };
}

/** Every report about these facilities (an id an import changed may appear under each of its ids), newest first. */
export async function reportsAbout(db: Db, facilityIds: readonly string[]): Promise<ReportRow[]> {
  if (facilityIds.length === 0) return [];
  return db.selectFrom('reports').selectAll().where('facility_id', 'in', facilityIds).orderBy('id', 'desc').execute();
}

/**
 * Closes an open report: accepted, rejected (with the editor's reason) or merged into another report. Returns
 * false when the report was no longer open (another editor got there first), and changes nothing then.
 */
export async function closeReport(
  db: Db,
  id: number,
  decision: { state: Exclude<ReportState, 'open'>; by: number; at: string; reason?: string; mergedInto?: number },
): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set({
      state: decision.state,
      closed_at: decision.at,
      decided_by: decision.by,
      decision_reason: decision.reason ?? null,
      merged_into: decision.mergedInto ?? null,
    })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Empties the note and the reply email of every report closed at or before `closedBefore`. Returns how many
 * reports it emptied. The rest of the report (what was wrong, the decision) is kept: it holds nothing personal.
 */
export async function eraseReportText(db: Db, closedBefore: string): Promise<number> {
  const result = await db
    .updateTable('reports')
    .set({ note: null, reply_email: null })
    .where('closed_at', 'is not', null)
    .where('closed_at', '<=', closedBefore)
    .where((eb) => eb.or([eb('note', 'is not', null), eb('reply_email', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
