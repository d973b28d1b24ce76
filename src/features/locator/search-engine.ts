import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import { searchPostgis } from '../../db/directory-search.postgis.ts';
import type { Facility } from '../../domain/facility.ts';
import {
  firstMatch,
  fullScanSearch,
  type IndexData,
  type IndexHit,
  type IndexQuery,
  type IndexResult,
  nearestQuery,
  type SearchIndex,
} from './search-index.ts';
import { wordsToBigint } from './search-points.ts';

/**
 * What answers a search: the in-memory index (the default), or PostGIS (SEARCH_ENGINE=postgis). Both take
 * the same query and give the same answer; a contract test runs one table of searches through both.
 */
export interface SearchEngine {
  /** At once from memory (no promise to wait for), or from PostGIS. */
  search(q: IndexQuery): IndexResult | Promise<IndexResult>;
  /**
   * The nearest place within `maxMiles` that matches every filter (the query's radius, page and `alsoInclude`
   * aside), for "nothing here matches; the nearest that does is…": the first hit of `nearestBySearch`.
   */
  nearest(q: IndexQuery, maxMiles: number): IndexHit | undefined | Promise<IndexHit | undefined>;
}

/** `nearest` the plain way: a search out to `maxMiles` for one place, kept when it matches every filter. */
export async function nearestBySearch(
  search: SearchEngine['search'],
  q: IndexQuery,
  maxMiles: number,
): Promise<IndexHit | undefined> {
  return firstMatch(await search(nearestQuery(q, maxMiles)));
}

export function memoryEngine(index: SearchIndex): SearchEngine {
  return { search: (q) => index.search(q), nearest: (q, maxMiles) => index.nearestMatch(q, maxMiles) };
}

/** Index position <-> facility id. */
export interface IdList {
  at(position: number): string;
  find(id: string): number | undefined;
}

/** An IdList over an array of ids. */
export function idList(ids: readonly string[]): IdList {
  const position = new Map(ids.map((id, i) => [id, i]));
  return { at: (i) => ids[i] as string, find: (id) => position.get(id) };
}

/** Index position -> facility id, for the places in a search index. */
export function indexIds(facilities: readonly Facility[], indexed: readonly number[]): string[] {
  return indexed.map((fi) => (facilities[fi] as Facility).id);
}

/**
 * PostGIS answers (src/db/directory-search.postgis.ts) from the published search table; `exclude` names
 * places left out of its answers (the locator answers for the places our team's corrections change itself).
 */
export function postgisEngine(snapshot: DirectorySnapshot, ids: IdList, exclude: readonly string[] = []): SearchEngine {
  const { schema } = snapshot;
  if (!schema) throw new Error('SEARCH_ENGINE=postgis needs the directory in PostgreSQL (DATABASE_URL).');
  const engine: SearchEngine = {
    nearest: (q, maxMiles) => nearestBySearch(engine.search, q, maxMiles),
    async search(q) {
      const found = await searchPostgis(snapshot.db, schema, {
        latitude: q.latitude,
        longitude: q.longitude,
        radiusMiles: q.radiusMiles,
        groupMasks: q.groupMasks.map((m) => wordsToBigint(m)),
        includeUnconfirmed: q.includeUnconfirmed,
        includeCustody: q.includeCustody,
        checkedSince: q.checkedSince ?? 0,
        alsoInclude: (q.alsoInclude ?? []).map((i) => ids.at(i)),
        exclude: [...exclude],
        offset: q.offset,
        limit: q.limit,
      });
      const hits = found.hits.flatMap((h) => {
        const index = ids.find(h.id);
        return index === undefined ? [] : [{ index, miles: h.miles, unknown: h.unknown }];
      });
      return { total: found.total, matched: found.matched, hits };
    },
  };
  return engine;
}

/**
 * The places our team's corrections change, as search rows of their own: positions `first`, `first + 1`…
 * after the directory's, with the corrected data. The engine they are laid over leaves their rows as built
 * out (SearchIndex.without, or PostGIS's `exclude`).
 */
export interface Overlay {
  first: number;
  data: IndexData;
  ids: readonly string[];
}

/**
 * An engine with the corrected places answered from memory and merged in, in the engines' order (every
 * match before any maybe-match, nearest first, ties by id), so a correction shows in search at once.
 */
export function withOverlay(base: SearchEngine, overlay: Overlay, idOf: (position: number) => string): SearchEngine {
  if (overlay.ids.length === 0) return base;
  const { first } = overlay;
  const order = (a: IndexHit, b: IndexHit) => {
    const byKind = Number(a.unknown !== 0) - Number(b.unknown !== 0) || a.miles - b.miles;
    if (byKind !== 0 || a.index === b.index) return byKind;
    const ia = idOf(a.index);
    const ib = idOf(b.index);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  return {
    nearest(q, maxMiles) {
      // The nearest match of each, the nearer (ties by id) first, as the merged search would order them.
      const mine = fullScanSearch(overlay.data, nearestQuery(q, maxMiles)).hits[0];
      const merge = (theirs: IndexHit | undefined) =>
        [theirs, mine && { ...mine, index: first + mine.index }]
          .filter((h): h is IndexHit => h !== undefined && h.unknown === 0)
          .sort(order)[0];
      const theirs = base.nearest(q, maxMiles);
      return theirs instanceof Promise ? theirs.then(merge) : merge(theirs);
    },
    search(q) {
      const also = q.alsoInclude ?? [];
      const mine = fullScanSearch(overlay.data, {
        ...q,
        alsoInclude: also.filter((i) => i >= first).map((i) => i - first),
        offset: 0,
        limit: overlay.ids.length,
      });
      const merge = (found: IndexResult): IndexResult => {
        const all = [...found.hits, ...mine.hits.map((h) => ({ ...h, index: first + h.index }))].sort(order);
        return {
          total: found.total + mine.total,
          matched: found.matched + mine.matched,
          hits: all.slice(q.offset, q.offset + q.limit),
        };
      };
      const found = base.search({ ...q, alsoInclude: also.filter((i) => i < first), offset: 0, limit: q.offset + q.limit });
      return found instanceof Promise ? found.then(merge) : merge(found);
    },
  };
}
