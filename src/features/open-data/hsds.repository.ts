import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import { type Facility, facilityFromRow } from '../../domain/facility.ts';
import type { LegendEntry, SourceInfo } from './hsds.mapper.ts';

export interface HsdsDirectory {
  /** Every facility, in id order (the order of every HSDS list). */
  facilities: Facility[];
  sources: Map<string, SourceInfo>;
  legend: Map<string, LegendEntry>;
  builtAt: string;
}

/**
 * The whole directory file as the HSDS mapping needs it: facilities with their services (and the source of each
 * code) and the lists they appear in (newest first), the sources with their years, the code legend and the build
 * time. Read once per directory file by HsdsService.
 */
export async function loadHsdsDirectory(snapshot: DirectorySnapshot): Promise<HsdsDirectory> {
  const { db } = snapshot;
  const [rows, services, listings, sources, legend, built] = await Promise.all([
    db.selectFrom('facilities').selectAll().orderBy('id').execute(),
    db.selectFrom('facility_services').selectAll().execute(),
    db
      .selectFrom('facility_sources')
      .innerJoin('sources', 'sources.key', 'facility_sources.source')
      .select(['facility_sources.facility_id', 'facility_sources.source'])
      .distinct()
      .orderBy('sources.year', 'desc')
      .orderBy('sources.position')
      .execute(),
    db.selectFrom('sources').select(['key', 'name', 'publisher', 'year']).orderBy('position').execute(),
    db.selectFrom('service_codes').select(['code', 'category', 'label', 'plain_label']).orderBy('code').execute(),
    db.selectFrom('meta').select('value').where('key', '=', 'built_at').executeTakeFirstOrThrow(),
  ]);
  const codes = new Map<string, Map<string, string>>();
  for (const s of services) {
    const map = codes.get(s.facility_id) ?? new Map<string, string>();
    codes.set(s.facility_id, map);
    for (const code of s.codes.split(' ')) if (code) map.set(code, s.source);
  }
  const listed = new Map<string, string[]>();
  for (const l of listings) {
    const list = listed.get(l.facility_id) ?? [];
    if (!list.includes(l.source)) list.push(l.source);
    listed.set(l.facility_id, list);
  }
  return {
    facilities: rows.map((r) => facilityFromRow(r, codes.get(r.id) ?? new Map(), listed.get(r.id) ?? [])),
    sources: new Map(sources.map((s) => [s.key, s])),
    legend: new Map(
      legend.map((l) => [l.code, { code: l.code, category: l.category, label: l.label, plainLabel: l.plain_label }]),
    ),
    builtAt: built.value,
  };
}
