import { sql } from 'kysely';
import { type Facility, type FacilityRow, facilityFromRow } from '../domain/facility.ts';
import type { DirectorySnapshot } from './directory-connection.ts';

/**
 * Facilities as a directory holds them, with their services (and the source of each code) and the lists they
 * appear in (newest first): the one mapping that the locator, the open-data export and the benchmarks share,
 * so all say the same thing about a place. Rows are snake_case, records camelCase.
 *
 * - `loadFacilities`: every facility at once (the export and tools; about 2.5 KB of objects per place);
 * - `compactChunks` and `listedCounts`: the few columns the locator's loader reads (it keeps only typed arrays),
 *   no Facility objects;
 * - `facilitiesByIds`: the few a page shows.
 */

type Db = DirectorySnapshot['db'];

/** Facility objects from their rows, services rows (in facility, source order) and listings rows. */
function assemble(
  rows: FacilityRow[],
  services: { facility_id: string; source: string; codes: string }[],
  seen: { facility_id: string; source: string }[],
): Facility[] {
  const seenBy = new Map<string, string[]>();
  for (const s of seen) {
    const list = seenBy.get(s.facility_id);
    if (list) {
      if (!list.includes(s.source)) list.push(s.source);
    } else seenBy.set(s.facility_id, [s.source]);
  }
  const byFacility = new Map<string, Map<string, string>>();
  for (const s of services) {
    const map = byFacility.get(s.facility_id) ?? new Map<string, string>();
    byFacility.set(s.facility_id, map);
    for (const code of s.codes.split(' ')) if (code) map.set(code, s.source);
  }
  return rows.map((r) => facilityFromRow(r, byFacility.get(r.id) ?? new Map(), seenBy.get(r.id) ?? []));
}

/** The lists each facility appears in, newest first. */
const listings = (db: Db) =>
  db
    .selectFrom('facility_sources')
    .innerJoin('sources', 'sources.key', 'facility_sources.source')
    // The ordering columns are selected too: PostgreSQL orders a DISTINCT only by what it selects.
    .select(['facility_sources.facility_id', 'facility_sources.source', 'sources.year', 'sources.position'])
    // A row from another organisation at the same street address lends nothing, not even "listed in".
    .where('facility_sources.role', '!=', 'address-only')
    .distinct()
    .orderBy('sources.year', 'desc')
    .orderBy('sources.position');

/** Services in the order their codes are laid over each other (a later source's row wins a shared code). */
const services = (db: Db) => db.selectFrom('facility_services').selectAll().orderBy('facility_id').orderBy('source');

/** Every facility in a directory, in id order. */
export async function loadFacilities(snapshot: DirectorySnapshot): Promise<Facility[]> {
  const { db } = snapshot;
  const rows = await db.selectFrom('facilities').selectAll().orderBy('id').execute();
  return assemble(rows, await services(db).execute(), await listings(db).execute());
}

/** What the locator's compact load reads of a facility (compact-directory.ts). */
export interface CompactFacilityRow {
  id: string;
  state: string;
  zip: string;
  latitude: number | null;
  longitude: number | null;
  /** 1 when it has neither a phone number nor an intake number, else 0. */
  no_phone: number;
  phone_source: string | null;
  status: string;
  serves_only: string;
  offers: string;
}

export interface CompactChunk {
  facilities: CompactFacilityRow[];
  /** Their services rows, in facility, source order (a later source's row wins a shared code). */
  services: { facility_id: string; source: string; codes: string }[];
}

/** Source key -> how many places are listed in it (not as address-only), counted in the database. */
export async function listedCounts(snapshot: DirectorySnapshot): Promise<Record<string, number>> {
  const rows = await snapshot.db
    .selectFrom((db) =>
      db
        .selectFrom('facility_sources')
        .select(['facility_id', 'source'])
        .where('role', '!=', 'address-only')
        .distinct()
        .as('listed'),
    )
    .select(['source', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('source')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.source, Number(r.n)]));
}

/**
 * Every facility's compact-load columns, `size` at a time, in the database's id order; each chunk is three
 * range queries on the primary keys, and the services come in the same facility order.
 */
export async function* compactChunks(snapshot: DirectorySnapshot, size = 20_000): AsyncGenerator<CompactChunk> {
  const { db } = snapshot;
  let after: string | undefined;
  for (;;) {
    let page = db
      .selectFrom('facilities')
      .select([
        'id',
        'state',
        'zip',
        'latitude',
        'longitude',
        sql<number>`case when coalesce(phone, '') = '' and coalesce(intake_phone, '') = '' then 1 else 0 end`.as('no_phone'),
        'phone_source',
        'status',
        'serves_only',
        'offers',
      ])
      .orderBy('id')
      .limit(size);
    if (after !== undefined) page = page.where('id', '>', after);
    const facilities = await page.execute();
    if (facilities.length === 0) return;
    const last = (facilities[facilities.length - 1] as CompactFacilityRow).id;
    let s = services(db).where('facility_id', '<=', last);
    if (after !== undefined) s = s.where('facility_id', '>', after);
    yield { facilities, services: await s.execute() };
    if (facilities.length < size) return;
    after = last;
  }
}

const CHUNK = 500;

/** These facilities as the directory has them (no corrections), by id; ids not in the directory are absent. */
export async function facilitiesByIds(snapshot: DirectorySnapshot, ids: readonly string[]): Promise<Map<string, Facility>> {
  const out = new Map<string, Facility>();
  const { db } = snapshot;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = [...new Set(ids.slice(i, i + CHUNK))];
    if (chunk.length === 0) continue;
    const [rows, s, l] = await Promise.all([
      db.selectFrom('facilities').selectAll().where('id', 'in', chunk).execute(),
      services(db).where('facility_id', 'in', chunk).execute(),
      listings(db).where('facility_sources.facility_id', 'in', chunk).execute(),
    ]);
    for (const f of assemble(rows, s, l)) out.set(f.id, f);
  }
  return out;
}
