import { sql } from 'kysely';
import type { DirectorySnapshot } from './directory-connection.ts';
import type { DirectoryDatabase } from './directory-schema.ts';

/** The columns of a `sources` row that the about-the-data page and the API show. */
const SOURCE_INFO_COLUMNS = ['key', 'kind', 'name', 'publisher', 'year', 'rows', 'licence', 'attribution'] as const;
type SourceInfo = Pick<DirectoryDatabase['sources'], (typeof SOURCE_INFO_COLUMNS)[number]>;

export interface DirectoryInfo {
  facilities: { total: number; confirmed: number; unconfirmed: number; withPhone: number; withServices: number };
  sources: SourceInfo[];
  builtAt: string;
}

// Keyed by the open database: two handles (two files) never share an answer, and a swapped-in file gets its own.
const cache = new WeakMap<DirectorySnapshot['db'], DirectoryInfo>();

/** What the directory holds; read once per directory file, as it never changes in place. */
export async function directoryInfo(snapshot: DirectorySnapshot): Promise<DirectoryInfo> {
  const cached = cache.get(snapshot.db);
  if (cached) return cached;
  const { db } = snapshot;
  const counts = await db
    .selectFrom('facilities')
    .select([
      // Written so SQLite and PostgreSQL read it alike (PostgreSQL counts in bigint, which pg returns as text).
      sql<number>`cast(count(*) as integer)`.as('total'),
      sql<number>`cast(sum(case when status = 'confirmed' then 1 else 0 end) as integer)`.as('confirmed'),
      sql<number>`cast(sum(case when phone IS NOT NULL then 1 else 0 end) as integer)`.as('withPhone'),
    ])
    .executeTakeFirstOrThrow();
  const withServices = await db
    .selectFrom('facility_services')
    .select(sql<number>`cast(count(DISTINCT facility_id) as integer)`.as('n'))
    .executeTakeFirstOrThrow();
  const sources = await db.selectFrom('sources').select(SOURCE_INFO_COLUMNS).orderBy('position').execute();
  const builtAt = await db.selectFrom('meta').select('value').where('key', '=', 'built_at').executeTakeFirstOrThrow();
  const info: DirectoryInfo = {
    facilities: {
      total: counts.total,
      confirmed: counts.confirmed ?? 0,
      unconfirmed: counts.total - (counts.confirmed ?? 0),
      withPhone: counts.withPhone ?? 0,
      withServices: withServices.n,
    },
    sources,
    builtAt: builtAt.value,
  };
  cache.set(snapshot.db, info);
  return info;
}
