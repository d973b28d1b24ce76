import type { DirectorySnapshot } from './directory-connection.ts';

/**
 * The source rows behind a facility and a ZIP code's point: what an editor compares a report with. The facility
 * itself, as the directory holds it without corrections, is read by `facilitiesByIds`
 * (directory-facilities.repository.ts), the same reading the public pages get.
 */

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
