import { type Facility, facilityFromRow } from '../domain/facility.ts';
import type { DirectorySnapshot } from './directory-connection.ts';

/**
 * Single facilities as the directory file holds them, without corrections, and the source rows behind each:
 * what an editor compares a report with, and what a rebuilt directory is checked against for conflicts.
 */

const CHUNK = 500;

/** These facilities as the directory has them (no corrections), by id; ids not in the directory are absent. */
export async function directoryFacilities(snapshot: DirectorySnapshot, ids: readonly string[]): Promise<Map<string, Facility>> {
  const out = new Map<string, Facility>();
  const { db } = snapshot;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = [...new Set(ids.slice(i, i + CHUNK))];
    const [rows, services, listings] = await Promise.all([
      db.selectFrom('facilities').selectAll().where('id', 'in', chunk).execute(),
      db.selectFrom('facility_services').selectAll().where('facility_id', 'in', chunk).execute(),
      db
        .selectFrom('facility_sources')
        .innerJoin('sources', 'sources.key', 'facility_sources.source')
        .select(['facility_sources.facility_id', 'facility_sources.source'])
        .where('facility_sources.facility_id', 'in', chunk)
        .distinct()
        .orderBy('sources.year', 'desc')
        .orderBy('sources.position')
        .execute(),
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
    for (const r of rows) out.set(r.id, facilityFromRow(r, codes.get(r.id) ?? new Map(), listed.get(r.id) ?? []));
  }
  return out;
}

export interface SourceRowSummary {
  source: string;
  sourceName: string;
  publisher: string;
  year: number;
  /** The row's number in the source file (data/sources), as the build counted it. */
  row: number;
  /** What the row is to the facility: founding, match, duplicate, address-only or nearby. */
  role: string;
  /** The service codes this source vouches for at this facility (one list per source, not per row). */
  codes: string[];
}

/** Every source row merged into a facility, newest source first, with the codes each source gave. */
export async function facilitySourceRows(snapshot: DirectorySnapshot, id: string): Promise<SourceRowSummary[]> {
  const { db } = snapshot;
  const [rows, services] = await Promise.all([
    db
      .selectFrom('facility_sources')
      .innerJoin('sources', 'sources.key', 'facility_sources.source')
      .select([
        'facility_sources.source',
        'facility_sources.source_row',
        'facility_sources.role',
        'sources.name',
        'sources.publisher',
        'sources.year',
      ])
      .where('facility_sources.facility_id', '=', id)
      .orderBy('sources.year', 'desc')
      .orderBy('sources.position')
      .orderBy('facility_sources.source_row')
      .execute(),
    db.selectFrom('facility_services').select(['source', 'codes']).where('facility_id', '=', id).execute(),
  ]);
  const codes = new Map(services.map((s) => [s.source, s.codes.split(' ').filter(Boolean)]));
  return rows.map((r) => ({
    source: r.source,
    sourceName: r.name,
    publisher: r.publisher,
    year: r.year,
    row: r.source_row,
    role: r.role,
    codes: codes.get(r.source) ?? [],
  }));
}

/** The middle of a ZIP code, and which table it came from, or undefined for a ZIP the directory does not know. */
export async function zipCentroid(
  snapshot: DirectorySnapshot,
  zip: string,
): Promise<{ latitude: number; longitude: number; source: string } | undefined> {
  return snapshot.db
    .selectFrom('zip_centroids')
    .select(['latitude', 'longitude', 'source'])
    .where('zip', '=', zip)
    .executeTakeFirst();
}
