import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import type { SearchPointRow } from '../../db/directory-postgres.ts';
import { idAt, loadCompactDirectory } from './compact-directory.ts';
import { WORDS } from './search-index.ts';

/** Two Uint32 words of a bit set as one signed 64-bit integer (word 0 low), as PostgreSQL's bigint holds it. */
export function wordsToBigint(words: Uint32Array, at = 0): bigint {
  if (WORDS !== 2) throw new Error('search_points holds 64 concept bits');
  return BigInt.asIntN(64, (BigInt(words[at + 1] as number) << 32n) | BigInt(words[at] as number));
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
