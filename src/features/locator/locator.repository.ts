import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import { type Facility, facilityFromRow } from '../../domain/facility.ts';

export interface SourceSummary {
  key: string;
  name: string;
  publisher: string;
  year: number;
  licence: string;
}

export interface LegendRow {
  code: string;
  category: string;
  label: string;
  plainLabel: string;
}

/** Every facility, with its services, read once per directory file; rows are snake_case, records camelCase. */
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

export async function loadSources(snapshot: DirectorySnapshot): Promise<Map<string, SourceSummary>> {
  const rows = await snapshot.db.selectFrom('sources').select(['key', 'name', 'publisher', 'year', 'licence']).execute();
  return new Map(rows.map((r) => [r.key, r]));
}

export async function loadLegend(snapshot: DirectorySnapshot): Promise<Map<string, LegendRow>> {
  const rows = await snapshot.db.selectFrom('service_codes').select(['code', 'category', 'label', 'plain_label']).execute();
  return new Map(rows.map((r) => [r.code, { code: r.code, category: r.category, label: r.label, plainLabel: r.plain_label }]));
}

export async function loadGeoTables(snapshot: DirectorySnapshot) {
  const zips = await snapshot.db.selectFrom('zip_centroids').select(['zip', 'latitude', 'longitude', 'place', 'state']).execute();
  const cities = await snapshot.db
    .selectFrom('city_centroids')
    .select(['city_key', 'city', 'state', 'latitude', 'longitude', 'postal_codes', 'facilities'])
    .execute();
  return {
    zips: new Map(zips.map((z) => [z.zip, z])),
    cities: new Map(cities.map((c) => [c.city_key, c])),
  };
}
