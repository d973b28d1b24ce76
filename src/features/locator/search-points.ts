import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import type { SearchPointRow } from '../../db/directory-postgres.ts';
import type { Facility } from '../../domain/facility.ts';
import { idAt, loadCompactDirectory } from './compact-directory.ts';
import { type IndexData, WORDS } from './search-index.ts';

/** Two Uint32 words of a bit set as one signed 64-bit integer (word 0 low), as PostgreSQL's bigint holds it. */
export function wordsToBigint(words: Uint32Array, at = 0): bigint {
  if (WORDS !== 2) throw new Error('search_points holds 64 concept bits');
  return BigInt.asIntN(64, (BigInt(words[at + 1] as number) << 32n) | BigInt(words[at] as number));
}

/** The rows of one directory's search table for SEARCH_ENGINE=postgis: the in-memory index's data, row by row. */
export function searchPointsFrom(facilities: readonly Facility[], data: IndexData, indexed: readonly number[]): SearchPointRow[] {
  return indexed.map((fi, i) => ({
    id: (facilities[fi] as Facility).id,
    latitude: data.latitude[i] as number,
    longitude: data.longitude[i] as number,
    bits: wordsToBigint(data.bits, i * WORDS),
    known: wordsToBigint(data.known, i * WORDS),
    unconfirmed: data.unconfirmed[i] === 1,
    custody: data.custody[i] === 1,
    checkedDay: data.checkedDay?.[i] ?? 0,
  }));
}

/**
 * The search table for a directory as built (before our team's corrections, which each instance lays over
 * it: see `withOverlay` in search-engine.ts), made by the same rules as the in-memory index: from the same
 * compact load (compact-directory.ts), so a 1,000,000-place directory is published without holding its
 * Facility objects. Rows are made as they are written.
 */
export async function searchPoints(snapshot: DirectorySnapshot): Promise<Iterable<SearchPointRow>> {
  const { ids, data } = await loadCompactDirectory(snapshot, { index: false });
  return (function* () {
    for (let p = 0; p < data.latitude.length; p++) {
      yield {
        id: idAt(ids, p),
        latitude: data.latitude[p] as number,
        longitude: data.longitude[p] as number,
        bits: wordsToBigint(data.bits, p * WORDS),
        known: wordsToBigint(data.known, p * WORDS),
        unconfirmed: data.unconfirmed[p] === 1,
        custody: data.custody[p] === 1,
        checkedDay: data.checkedDay?.[p] ?? 0,
      };
    }
  })();
}
