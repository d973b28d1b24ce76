import type { AppDb } from '../../db/app-db.ts';
import type { ReportKind, ReportState } from '../../db/app-schema.ts';
import {
  type CorrectionRow,
  correctionById,
  correctionFromRow,
  correctionsOf,
  endCorrection,
  insertCorrection,
} from '../../db/corrections.repository.ts';
import type { CorrectionsFeed } from '../../db/corrections-feed.ts';
import type { DirectoryHandle } from '../../db/directory-connection.ts';
import { facilitiesByIds } from '../../db/directory-facilities.repository.ts';
import { facilitySourceRows, zipCentroid } from '../../db/facility-record.repository.ts';
import {
  closeReport,
  listReports,
  type QueueRow,
  type QueueSort,
  type ReportRow,
  reportById,
  reportsAbout,
} from '../../db/reports.repository.ts';
import {
  type Conflict,
  type Correction,
  type CorrectionChange,
  conflictOf,
  describeChange,
  describeDirectory,
  EVIDENCE_TEXT,
  type EvidenceKind,
  observe,
  slotOf,
} from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { appendAudit, listAudit } from './audit.repository.ts';
import type { EditorRow } from './editors.repository.ts';

/** What the review needs of the locator: the facility as the site shows it now, corrections included. */
export interface ShownFacilities {
  facility(id: string): Promise<Facility | undefined>;
}

export const QUEUE_PAGE = 50;

export interface QueueItem extends QueueRow {
  currentId: string;
  facility: Facility | undefined;
}

export interface ConflictItem {
  conflict: Conflict;
  facilityId: string;
  facility: Facility | undefined;
  /** What the directory says now, in words ('' when the facility is gone). */
  directoryNow: string;
}

/** Thrown inside a transaction to undo it when the report was decided by someone else meanwhile. */
class NotOpen extends Error {}

export type Decision = 'done' | 'not-open' | 'no-facility' | 'not-found' | 'bad-target';

/**
 * The editors' review: the queue, one report beside the listing and every source row behind it, and the
 * decisions (accept as a correction, reject, merge a duplicate), plus the conflicts a newer directory raises
 * against corrections. Every decision is one transaction that also writes the audit log, and then tells the
 * corrections feed, so the site shows it at once (and every other instance at its next check).
 */
export function createReviewService(options: {
  appDb: AppDb;
  directory: DirectoryHandle;
  shown: ShownFacilities;
  feed: Pick<CorrectionsFeed, 'current' | 'changed'>;
  now: () => Date;
}) {
  const { appDb, feed } = options;
  const nowIso = () => options.now().toISOString();

  /** The facility as the directory has it (no corrections), under its id of today. */
  async function inDirectory(id: string): Promise<Facility | undefined> {
    return (await facilitiesByIds(options.directory.snapshot(), [id])).get(id);
  }

  async function conflicts(): Promise<ConflictItem[]> {
    const set = await feed.current();
    const active = [...set.byFacility.entries()].flatMap(([id, list]) => list.map((c) => [id, c] as const));
    const directory = await facilitiesByIds(
      options.directory.snapshot(),
      active.map(([id]) => id),
    );
    const out: ConflictItem[] = [];
    for (const [id, c] of active) {
      const conflict = conflictOf(c, directory.get(id));
      if (!conflict) continue;
      const now = directory.get(id);
      out.push({
        conflict,
        facilityId: id,
        facility: await options.shown.facility(id),
        directoryNow: now ? describeDirectory(slotOf(c.change), now) : '',
      });
    }
    return out;
  }

  return {
    async queue(filters: { states: ReportState[]; kinds: ReportKind[]; sort: QueueSort; page: number }) {
      const db = await appDb.ready();
      const set = await feed.current();
      const { total, rows } = await listReports(db, { ...filters, limit: QUEUE_PAGE, offset: (filters.page - 1) * QUEUE_PAGE });
      const items: QueueItem[] = [];
      for (const row of rows) {
        const currentId = set.resolve(row.facility_id);
        items.push({ ...row, currentId, facility: await options.shown.facility(currentId) });
      }
      return { total, items };
    },

    conflicts,

    /** One report, with everything an editor needs beside it. */
    async report(id: number) {
      const db = await appDb.ready();
      const report = await reportById(db, id);
      if (!report) return undefined;
      const set = await feed.current();
      const currentId = set.resolve(report.facility_id);
      const formerIds = [...set.aliases.keys()].filter((old) => set.resolve(old) === currentId);
      const ids = [currentId, ...formerIds];
      const snapshot = options.directory.snapshot();
      const [shown, directory, sourceRows, related, corrections, audit] = await Promise.all([
        options.shown.facility(currentId),
        inDirectory(currentId),
        facilitySourceRows(snapshot, currentId),
        reportsAbout(db, ids),
        correctionsOf(db, ids),
        listAudit(db, { limit: 50, offset: 0, reportId: id }),
      ]);
      const conflict = (await conflicts()).filter((c) => c.facilityId === currentId);
      return { report, currentId, shown, directory, sourceRows, related, corrections, audit: audit.rows, conflicts: conflict };
    },

    /** Accepts a report as a correction of its listing. */
    async accept(
      reportId: number,
      editor: EditorRow,
      input: { change: CorrectionChange; evidence: EvidenceKind; checkedOn: string },
    ): Promise<Decision> {
      const db = await appDb.ready();
      const report = await reportById(db, reportId);
      if (!report) return 'not-found';
      if (report.state !== 'open') return 'not-open';
      const facilityId = (await feed.current()).resolve(report.facility_id);
      const directory = await inDirectory(facilityId);
      if (!directory) return 'no-facility';
      let change = input.change;
      if (change.field === 'address' && change.latitude === null) {
        // No point given: the middle of the ZIP code, as the build does for a listing with no usable point.
        const centre = await zipCentroid(options.directory.snapshot(), change.zip);
        change = centre
          ? {
              ...change,
              latitude: centre.latitude,
              longitude: centre.longitude,
              locationMethod: 'zip-centroid',
              locationSource: centre.source,
            }
          : { ...change, locationMethod: 'none', locationSource: null };
      }
      const at = nowIso();
      try {
        await db.transaction().execute(async (trx) => {
          if (!(await closeReport(trx, reportId, { state: 'accepted', by: editor.id, at }))) throw new NotOpen();
          const { id } = await insertCorrection(trx, {
            facilityId,
            change,
            base: observe(slotOf(change), directory),
            evidence: input.evidence,
            checkedOn: input.checkedOn,
            reportId,
            editorId: editor.id,
            at,
          });
          await appendAudit(trx, {
            at,
            editorId: editor.id,
            action: 'report.accepted',
            facilityId,
            reportId,
            correctionId: id,
            detail: `Accepted report ${reportId} as correction ${id}: ${describeChange(change)} (${EVIDENCE_TEXT[input.evidence]}, checked ${input.checkedOn}).`,
          });
        });
      } catch (error) {
        if (error instanceof NotOpen) return 'not-open';
        throw error;
      }
      feed.changed();
      return 'done';
    },

    async reject(reportId: number, editor: EditorRow, reason: string): Promise<Decision> {
      const db = await appDb.ready();
      const report = await reportById(db, reportId);
      if (!report) return 'not-found';
      const at = nowIso();
      try {
        await db.transaction().execute(async (trx) => {
          if (!(await closeReport(trx, reportId, { state: 'rejected', by: editor.id, at, reason }))) throw new NotOpen();
          await appendAudit(trx, {
            at,
            editorId: editor.id,
            action: 'report.rejected',
            facilityId: report.facility_id,
            reportId,
            detail: `Rejected report ${reportId}: ${reason}`,
          });
        });
      } catch (error) {
        if (error instanceof NotOpen) return 'not-open';
        throw error;
      }
      return 'done';
    },

    /** Closes a report as a duplicate of another open report about the same listing. */
    async merge(reportId: number, intoId: number, editor: EditorRow): Promise<Decision> {
      const db = await appDb.ready();
      const [report, into] = await Promise.all([reportById(db, reportId), reportById(db, intoId)]);
      if (!report) return 'not-found';
      const set = await feed.current();
      if (
        !into ||
        into.id === report.id ||
        into.state !== 'open' ||
        set.resolve(into.facility_id) !== set.resolve(report.facility_id)
      ) {
        return 'bad-target';
      }
      const at = nowIso();
      try {
        await db.transaction().execute(async (trx) => {
          if (!(await closeReport(trx, reportId, { state: 'merged', by: editor.id, at, mergedInto: intoId })))
            throw new NotOpen();
          await appendAudit(trx, {
            at,
            editorId: editor.id,
            action: 'report.merged',
            facilityId: report.facility_id,
            reportId,
            detail: `Merged report ${reportId} into report ${intoId} as a duplicate.`,
          });
        });
      } catch (error) {
        if (error instanceof NotOpen) return 'not-open';
        throw error;
      }
      return 'done';
    },

    /**
     * Keeps a correction over the directory's newer value: the same change, checked again (evidence and day as
     * the editor says), with the directory's value of today as its new base, so it stops showing as a conflict.
     */
    async keep(correctionId: number, editor: EditorRow, input: { evidence: EvidenceKind; checkedOn: string }): Promise<Decision> {
      const db = await appDb.ready();
      const row = await correctionById(db, correctionId);
      const c = row && correctionFromRow(row);
      if (!row || !c) return 'not-found';
      if (row.state !== 'active') return 'not-open';
      const facilityId = (await feed.current()).resolve(c.facilityId);
      const directory = await inDirectory(facilityId);
      if (!directory) return 'no-facility';
      const at = nowIso();
      await db.transaction().execute(async (trx) => {
        const { id } = await insertCorrection(trx, {
          facilityId,
          change: c.change,
          base: observe(slotOf(c.change), directory),
          evidence: input.evidence,
          checkedOn: input.checkedOn,
          reportId: row.report_id,
          editorId: editor.id,
          at,
        });
        // An id an import changed: the old correction is under the old id, so the new one did not supersede it.
        if (facilityId !== c.facilityId) await endCorrection(trx, c.id, 'superseded', at);
        await appendAudit(trx, {
          at,
          editorId: editor.id,
          action: 'correction.kept',
          facilityId,
          correctionId: id,
          detail: `Kept correction ${correctionId} as correction ${id} over the directory’s “${describeDirectory(slotOf(c.change), directory)}”: ${describeChange(c.change)} (${EVIDENCE_TEXT[input.evidence]}, checked ${input.checkedOn}).`,
        });
      });
      feed.changed();
      return 'done';
    },

    /** Ends a correction: the directory's value shows again. */
    async withdraw(correctionId: number, editor: EditorRow, reason: string): Promise<Decision> {
      const db = await appDb.ready();
      const row = await correctionById(db, correctionId);
      const c = row && correctionFromRow(row);
      if (!row || !c) return 'not-found';
      const at = nowIso();
      try {
        await db.transaction().execute(async (trx) => {
          if (!(await endCorrection(trx, correctionId, 'withdrawn', at))) throw new NotOpen();
          await appendAudit(trx, {
            at,
            editorId: editor.id,
            action: 'correction.withdrawn',
            facilityId: c.facilityId,
            correctionId,
            detail: `Withdrew correction ${correctionId} (${describeChange(c.change)}): ${reason}`,
          });
        });
      } catch (error) {
        if (error instanceof NotOpen) return 'not-open';
        throw error;
      }
      feed.changed();
      return 'done';
    },

    /** One correction, with the listing as the site shows it. */
    async correction(id: number) {
      const row = await correctionById(await appDb.ready(), id);
      if (!row) return undefined;
      return { row, facility: await options.shown.facility((await feed.current()).resolve(row.facility_id)) };
    },

    async audit(page: number) {
      return listAudit(await appDb.ready(), { limit: QUEUE_PAGE, offset: (page - 1) * QUEUE_PAGE });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
export type ReportDetail = NonNullable<Awaited<ReturnType<ReviewService['report']>>>;
export type { Correction, CorrectionRow, ReportRow };
