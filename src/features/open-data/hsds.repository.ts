import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import { loadFacilities } from '../../db/directory-facilities.repository.ts';
import type { Facility } from '../../domain/facility.ts';
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
  const [facilities, sources, legend, built] = await Promise.all([
    loadFacilities(snapshot),
    db.selectFrom('sources').select(['key', 'name', 'publisher', 'year']).orderBy('position').execute(),
    db.selectFrom('service_codes').select(['code', 'category', 'label', 'plain_label']).orderBy('code').execute(),
    db.selectFrom('meta').select('value').where('key', '=', 'built_at').executeTakeFirstOrThrow(),
  ]);
  return {
    facilities,
    sources: new Map(sources.map((s) => [s.key, s])),
    legend: new Map(
      legend.map((l) => [l.code, { code: l.code, category: l.category, label: l.label, plainLabel: l.plain_label }]),
    ),
    builtAt: built.value,
  };
}
