import type { Kysely } from 'kysely';
import {
  type Correction,
  type CorrectionChange,
  correctionChangeSchema,
  type EvidenceKind,
  slotOf,
} from '../domain/corrections.ts';
import type { AppDatabase, CorrectionState, CorrectionsTable } from './app-schema.ts';

/**
 * Corrections, the version counter that tells every instance they changed, and facility id aliases. Used by
 * the editors (who write them), by every instance's corrections feed (which reads them), by the open data API
 * and by the directory command (which writes aliases after a rebuild).
 */
type Db = Kysely<AppDatabase>;

export type CorrectionRow = Omit<CorrectionsTable, 'id'> & { id: number };

/** A stored row as a Correction; undefined for a change this version cannot read (never thrown: one bad row must not hide the rest). */
export function correctionFromRow(row: CorrectionRow): Correction | undefined {
  let change: CorrectionChange;
  try {
    change = correctionChangeSchema.parse(JSON.parse(row.change));
  } catch {
    return undefined;
  }
  return {
    id: row.id,
    facilityId: row.facility_id,
    change,
    base: row.base,
    evidence: row.evidence,
    checkedOn: row.checked_on,
    acceptedAt: row.created_at,
  };
}

const defined = <T>(v: T | undefined): v is T => v !== undefined;

/** Every correction in force, oldest first. */
export async function activeCorrections(db: Db): Promise<Correction[]> {
  const rows = await db.selectFrom('corrections').selectAll().where('state', '=', 'active').orderBy('id').execute();
  return rows.map(correctionFromRow).filter(defined);
}

/** Every correction ever accepted, with its state: the open data history (no editor, no report text). */
export async function correctionHistory(db: Db): Promise<CorrectionRow[]> {
  return db.selectFrom('corrections').selectAll().orderBy('id').execute();
}

/** Every correction (of any state) of these facilities, newest first. */
export async function correctionsOf(db: Db, facilityIds: readonly string[]): Promise<CorrectionRow[]> {
  if (facilityIds.length === 0) return [];
  return db.selectFrom('corrections').selectAll().where('facility_id', 'in', facilityIds).orderBy('id', 'desc').execute();
}

export async function correctionById(db: Db, id: number): Promise<CorrectionRow | undefined> {
  return db.selectFrom('corrections').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Says that corrections or aliases changed: every instance sees a new version at its next check and reloads.
 * Call it in the transaction that made the change. An upsert, so a database that lost the row still counts.
 */
export async function bumpCorrectionsVersion(db: Db, at: string): Promise<void> {
  await db
    .insertInto('corrections_version')
    .values({ id: 1, version: 1, changed_at: at })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({ version: eb('corrections_version.version', '+', 1), changed_at: at })),
    )
    .execute();
}

/** The version counter: one small read, which is all an instance does to know whether anything changed. */
export async function correctionsVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('corrections_version').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}

export interface NewCorrection {
  facilityId: string;
  change: CorrectionChange;
  base: string;
  evidence: EvidenceKind;
  checkedOn: string;
  reportId: number | null;
  editorId: number;
  at: string;
}

/**
 * Stores an accepted correction: the active one of the same slot (if any) is superseded, and the version is
 * bumped. Run it in a transaction (`db.transaction().execute(trx => insertCorrection(trx, …))`).
 */
export async function insertCorrection(db: Db, c: NewCorrection): Promise<{ id: number; superseded: number[] }> {
  const slot = slotOf(c.change);
  const superseded = await db
    .updateTable('corrections')
    .set({ state: 'superseded', ended_at: c.at })
    .where('facility_id', '=', c.facilityId)
    .where('slot', '=', slot)
    .where('state', '=', 'active')
    .returning('id')
    .execute();
  const { id } = await db
    .insertInto('corrections')
    .values({
      facility_id: c.facilityId,
      slot,
      change: JSON.stringify(c.change),
      base: c.base,
      evidence: c.evidence,
      checked_on: c.checkedOn,
      report_id: c.reportId,
      editor_id: c.editorId,
      created_at: c.at,
      state: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await bumpCorrectionsVersion(db, c.at);
  return { id, superseded: superseded.map((r) => r.id) };
}

/** Ends an active correction (an editor chose the directory's value instead). False if it was not active. */
export async function endCorrection(db: Db, id: number, state: Exclude<CorrectionState, 'active'>, at: string): Promise<boolean> {
  const result = await db
    .updateTable('corrections')
    .set({ state, ended_at: at })
    .where('id', '=', id)
    .where('state', '=', 'active')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await bumpCorrectionsVersion(db, at);
  return true;
}

/** Old facility id -> the id it became in a later import. */
export async function facilityAliases(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('facility_aliases').select(['old_id', 'new_id']).execute();
  return new Map(rows.map((r) => [r.old_id, r.new_id]));
}

/**
 * Records the ids a rebuild changed (old -> new), and forgets aliases of ids the new directory has again (a
 * live id is never redirected). Bumps the version so every instance reloads. Returns how many aliases it wrote.
 */
export async function saveFacilityAliases(
  db: Db,
  renamed: ReadonlyMap<string, string>,
  liveIds: ReadonlySet<string>,
  at: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await facilityAliases(trx);
    const revived = [...existing.keys()].filter((id) => liveIds.has(id));
    for (let i = 0; i < revived.length; i += 500) {
      await trx
        .deleteFrom('facility_aliases')
        .where('old_id', 'in', revived.slice(i, i + 500))
        .execute();
    }
    let written = 0;
    for (const [oldId, newId] of renamed) {
      if (oldId === newId || liveIds.has(oldId) || existing.get(oldId) === newId) continue;
      await trx
        .insertInto('facility_aliases')
        .values({ old_id: oldId, new_id: newId, created_at: at })
        .onConflict((oc) => oc.column('old_id').doUpdateSet({ new_id: newId, created_at: at }))
        .execute();
      written++;
    }
    if (written > 0 || revived.length > 0) await bumpCorrectionsVersion(trx, at);
    return written;
  });
}
