import type { DirectorySnapshot } from '../../db/directory-connection.ts';

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

export { loadFacilities } from '../../db/directory-facilities.repository.ts';

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
