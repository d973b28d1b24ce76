/**
 * Searches answered by PostGIS (SEARCH_ENGINE=postgis), for directories too large to keep in each instance's
 * memory. The published directory's `search_points` table (see directory-postgres.ts) holds, per place, a
 * `geography` point with a GiST index and the same concept bits the in-memory index uses, so the rules are
 * the in-memory engine's (src/features/locator/search-index.ts), said in SQL:
 *
 * - `ST_DWithin(geog, origin, r, false)` on the sphere finds the candidates through the index (it handles the
 *   date line: Alaska's Aleutians, Guam, American Samoa); the distance itself is haversine with the same
 *   Earth radius as in memory, and a place counts when that distance is within the radius, so both engines
 *   draw the radius's edge in the same place;
 * - per filter group, a place matches (it offers a chosen value), may match (it offers none, but its listing
 *   does not record one of them: its group's bit is set in `unknown`), or fails;
 * - every match before any maybe-match, nearest first within each, ties by id (the in-memory order);
 * - `alsoInclude` places count at any distance; `exclude` places are left to the caller (the locator answers
 *   for places our team's corrections changed, from memory).
 *
 * @module
 */
import { type Kysely, sql } from 'kysely';

export interface PostgisSearch {
  latitude: number;
  longitude: number;
  radiusMiles: number;
  /** One 64-bit mask per filter group with values (OR within a group, AND across groups). */
  groupMasks: bigint[];
  includeUnconfirmed: boolean;
  includeCustody: boolean;
  checkedSince: number;
  alsoInclude: string[];
  exclude: string[];
  offset: number;
  limit: number;
}

export interface PostgisResult {
  total: number;
  matched: number;
  hits: { id: string; miles: number; unknown: number }[];
}

const EARTH_RADIUS_MILES = 3958.7613;
/** PostGIS's sphere (radius 6,370,986 m) is a little smaller than ours, so a radius in metres on it covers ours. */
const METRES_PER_MILE = 1609.344;

// biome-ignore lint/suspicious/noExplicitAny: the directory schema plus the search table, read with raw SQL
export async function searchPostgis(db: Kysely<any>, schema: string, q: PostgisSearch): Promise<PostgisResult> {
  if (!/^directory_\d+$/.test(schema)) throw new Error(`Not a directory schema: ${schema}`);
  const table = sql.table(`${schema}.search_points`);
  const masks = q.groupMasks.map((m) => sql.lit(m.toString()));
  const groupChecks = masks.map((m) => sql`AND ((p.bits & ${m}::bigint) <> 0 OR (~p.known & ${m}::bigint) <> 0)`);
  const unknown =
    masks.length === 0
      ? sql`0`
      : sql.join(
          masks.map((m, g) => sql`CASE WHEN (p.bits & ${m}::bigint) = 0 THEN ${sql.lit(1 << g)} ELSE 0 END`),
          sql` + `,
        );
  const lat = q.latitude;
  const lon = q.longitude;
  const { rows } = await sql<{ total: number; matched: number; hits: [string, number, number][] }>`
    WITH found AS (
      SELECT p.id,
             2 * ${EARTH_RADIUS_MILES}::float8 * asin(least(1, sqrt(
               power(sin(radians(p.latitude - ${lat}::float8) / 2), 2)
               + cos(radians(${lat}::float8)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${lon}::float8) / 2), 2)
             ))) AS miles,
             (${unknown})::int AS unknown
        FROM ${table} p
       WHERE (public.ST_DWithin(p.geog, public.ST_SetSRID(public.ST_MakePoint(${lon}::float8, ${lat}::float8), 4326)::public.geography,
                                ${q.radiusMiles * METRES_PER_MILE + 1}::float8, false)
              OR p.id = ANY(${q.alsoInclude}::text[]))
         AND NOT (p.id = ANY(${q.exclude}::text[]))
         AND (${q.includeUnconfirmed}::boolean OR NOT p.unconfirmed)
         AND (${q.includeCustody}::boolean OR NOT p.custody)
         AND p.checked_day >= ${q.checkedSince}::int
         ${sql.join(groupChecks, sql` `)}
    ), kept AS (
      SELECT * FROM found WHERE miles <= ${q.radiusMiles}::float8 OR id = ANY(${q.alsoInclude}::text[])
    )
    SELECT (SELECT count(*) FROM kept)::int AS total,
           (SELECT count(*) FROM kept WHERE unknown = 0)::int AS matched,
           (SELECT coalesce(json_agg(json_build_array(id, miles, unknown) ORDER BY unknown <> 0, miles, id), '[]')
              FROM (SELECT * FROM kept ORDER BY unknown <> 0, miles, id LIMIT ${q.limit}::int OFFSET ${q.offset}::int) page) AS hits
  `.execute(db);
  const row = rows[0] ?? { total: 0, matched: 0, hits: [] };
  return { total: row.total, matched: row.matched, hits: row.hits.map(([id, miles, u]) => ({ id, miles, unknown: u })) };
}
