import { type Facility, facilityFromRow } from '../domain/facility.ts';
import type { DirectorySnapshot } from './directory-connection.ts';

/**
 * Every facility in a directory file, with its services (and the source of each code) and the lists it appears
 * in (newest first). The one read of the facilities that the locator and the open-data export share, so both
 * say the same thing about a place. Read once per directory file; rows are snake_case, records camelCase.
 */
export async function loadFacilities(snapshot: DirectorySnapshot): Promise<Facility[]> {
  const rows = await snapshot.db.selectFrom('facilities').selectAll().orderBy('id').execute();
  const services = await snapshot.db.selectFrom('facility_services').selectAll().execute();
  const seen = await snapshot.db
    .selectFrom('facility_sources')
    .innerJoin('sources', 'sources.key', 'facility_sources.source')
    .select(['facility_sources.facility_id', 'facility_sources.source'])
    // A row from another organisation at the same street address lends nothing, not even "listed in".
    .where('facility_sources.role', '!=', 'address-only')
    .distinct()
    .orderBy('sources.year', 'desc')
    .orderBy('sources.position')
    .execute();
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
