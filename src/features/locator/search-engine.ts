import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import { searchPostgis } from '../../db/directory-search.postgis.ts';
import type { Facility } from '../../domain/facility.ts';
import {
  fullScanSearch,
  type IndexData,
  type IndexHit,
  type IndexQuery,
  type IndexResult,
  type SearchIndex,
  WORDS,
} from './search-index.ts';
import { wordsToBigint } from './search-points.ts';

/**
 * What answers a search: the in-memory index (the default), or PostGIS (SEARCH_ENGINE=postgis). Both take
 * the same query and give the same answer; a contract test runs one table of searches through both.
 */
export interface SearchEngine {
  search(q: IndexQuery): Promise<IndexResult>;
}

export function memoryEngine(index: SearchIndex): SearchEngine {
  return { search: async (q) => index.search(q) };
}

/** Index position -> facility id, for the places in a search index. */
export function indexIds(facilities: readonly Facility[], indexed: readonly number[]): string[] {
  return indexed.map((fi) => (facilities[fi] as Facility).id);
}

/** A search row as a string to compare (the published row with the one in memory). */
function rowKey(data: IndexData, i: number): string {
  const words = [...data.bits.subarray(i * WORDS, (i + 1) * WORDS), ...data.known.subarray(i * WORDS, (i + 1) * WORDS)];
  return [data.latitude[i], data.longitude[i], ...words, data.unconfirmed[i], data.custody[i], data.checkedDay?.[i] ?? 0].join(
    ' ',
  );
}

/**
 * Which places our team's corrections change for search: their rows in memory differ from the published
 * search table (made before corrections). Returns the ids to leave out of the database's answer, and the
 * index positions to answer from memory instead.
 */
export function correctedRows(
  published: { data: IndexData; ids: readonly string[] },
  current: { data: IndexData; ids: readonly string[] },
): { exclude: string[]; fromMemory: number[] } {
  const before = new Map(published.ids.map((id, i) => [id, rowKey(published.data, i)]));
  const exclude = new Set<string>();
  const fromMemory: number[] = [];
  const now = new Set(current.ids);
  current.ids.forEach((id, i) => {
    if (before.get(id) === rowKey(current.data, i)) return;
    if (before.has(id)) exclude.add(id);
    fromMemory.push(i);
  });
  for (const id of published.ids) if (!now.has(id)) exclude.add(id);
  return { exclude: [...exclude], fromMemory };
}

/** The rows at `positions` of an index's data, as index data of their own. */
function subset(data: IndexData, positions: readonly number[]): IndexData {
  const pick = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, per: number, make: (n: number) => T): T => {
    const out = make(positions.length * per);
    positions.forEach((p, i) => {
      for (let w = 0; w < per; w++) out[i * per + w] = a[p * per + w] as number;
    });
    return out;
  };
  return {
    latitude: pick(data.latitude, 1, (n) => new Float64Array(n)),
    longitude: pick(data.longitude, 1, (n) => new Float64Array(n)),
    bits: pick(data.bits, WORDS, (n) => new Uint32Array(n)),
    known: pick(data.known, WORDS, (n) => new Uint32Array(n)),
    unconfirmed: pick(data.unconfirmed, 1, (n) => new Uint8Array(n)),
    custody: pick(data.custody, 1, (n) => new Uint8Array(n)),
    checkedDay: pick(data.checkedDay ?? new Uint32Array(data.latitude.length), 1, (n) => new Uint32Array(n)),
  };
}

const order = (a: IndexHit, b: IndexHit) =>
  Number(a.unknown !== 0) - Number(b.unknown !== 0) || a.miles - b.miles || a.index - b.index;

/**
 * PostGIS answers (src/db/directory-search.postgis.ts); the few places our team's corrections change are
 * answered from memory and merged in, so a correction shows in search at once, as with the in-memory engine.
 */
export function postgisEngine(
  snapshot: DirectorySnapshot,
  ids: readonly string[],
  data: IndexData,
  corrected: { exclude: string[]; fromMemory: number[] } = { exclude: [], fromMemory: [] },
): SearchEngine {
  const { schema } = snapshot;
  if (!schema) throw new Error('SEARCH_ENGINE=postgis needs the directory in PostgreSQL (DATABASE_URL).');
  const position = new Map(ids.map((id, i) => [id, i]));
  const local = corrected.fromMemory;
  const localData = subset(data, local);
  const localAt = new Map(local.map((p, i) => [p, i]));
  return {
    async search(q) {
      const merge = local.length > 0;
      const found = await searchPostgis(snapshot.db, schema, {
        latitude: q.latitude,
        longitude: q.longitude,
        radiusMiles: q.radiusMiles,
        groupMasks: q.groupMasks.map((m) => wordsToBigint(m)),
        includeUnconfirmed: q.includeUnconfirmed,
        includeCustody: q.includeCustody,
        checkedSince: q.checkedSince ?? 0,
        alsoInclude: (q.alsoInclude ?? []).map((i) => ids[i] as string),
        exclude: corrected.exclude,
        offset: merge ? 0 : q.offset,
        limit: merge ? q.offset + q.limit : q.limit,
      });
      const hits = found.hits.flatMap((h) => {
        const index = position.get(h.id);
        return index === undefined ? [] : [{ index, miles: h.miles, unknown: h.unknown }];
      });
      if (!merge) return { total: found.total, matched: found.matched, hits };
      const mine = fullScanSearch(localData, {
        ...q,
        alsoInclude: (q.alsoInclude ?? []).flatMap((i) => (localAt.has(i) ? [localAt.get(i) as number] : [])),
        offset: 0,
        limit: local.length,
      });
      const all = [...hits, ...mine.hits.map((h) => ({ ...h, index: local[h.index] as number }))].sort(order);
      return {
        total: found.total + mine.total,
        matched: found.matched + mine.matched,
        hits: all.slice(q.offset, q.offset + q.limit),
      };
    },
  };
}
