import { type CorrectionsSource, fixedCorrections, NO_CORRECTIONS } from '../../db/corrections-feed.ts';
import type { DirectoryHandle } from '../../db/directory-connection.ts';
import { CONCEPTS, type Concept, conceptByKey, FILTER_GROUPS } from '../../domain/concepts.ts';
import { CHECKED_WITHIN_DAYS, checkedDay, dayNumber, isClosed, isoDay, overlayDirectory } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import { AppError } from '../../lib/errors.ts';
import { geocode, indexPlaces, type Place, type Places } from './geocoder.ts';
import {
  type LegendRow,
  loadFacilities,
  loadGeoTables,
  loadLegend,
  loadSources,
  type SourceSummary,
} from './locator.repository.ts';
import { type IndexData, SearchIndex, WORDS } from './search-index.ts';

export interface SearchResult {
  origin: Place;
  radiusMiles: number;
  total: number;
  page: number;
  perPage: number;
  results: { facility: Facility; miles: number; concepts: Concept[] }[];
}

interface Loaded {
  /** The directory file's generation and the corrections' version this was built from. */
  key: string;
  facilities: Facility[];
  byId: Map<string, Facility>;
  /** Position in `facilities` -> concepts, computed once. */
  concepts: Concept[][];
  /** Index position -> position in `facilities` (facilities without coordinates are not in the index). */
  indexed: number[];
  /** ZIP code -> index positions of the places whose address is in it. */
  byZip: Map<string, number[]>;
  index: SearchIndex;
  /** The ZIP table and the place-name index (exact, state-less and fuzzy lookups), built once per file. */
  geo: Places;
  sources: Map<string, SourceSummary>;
  legend: Map<string, LegendRow>;
}

const CONCEPT_BIT = new Map(CONCEPTS.map((c, i) => [c, i]));

/** A filter group's selected values as a bit mask over CONCEPTS. */
export function groupMask(group: (typeof FILTER_GROUPS)[number], values: string[]): Uint32Array {
  const mask = new Uint32Array(WORDS);
  for (const c of CONCEPTS) {
    if (c.group !== group || !values.includes(c.value)) continue;
    const bit = CONCEPT_BIT.get(c) as number;
    mask[bit >> 5] = (mask[bit >> 5] as number) | (1 << (bit & 31));
  }
  return mask;
}

export function buildIndexData(facilities: Facility[], concepts: Concept[][]): { data: IndexData; indexed: number[] } {
  // A place our team found closed keeps its page (which says so) but is left out of every search.
  const indexed = facilities.flatMap((f, i) => (f.latitude !== null && f.longitude !== null && !isClosed(f) ? [i] : []));
  const data: IndexData = {
    latitude: new Float64Array(indexed.length),
    longitude: new Float64Array(indexed.length),
    bits: new Uint32Array(indexed.length * WORDS),
    unconfirmed: new Uint8Array(indexed.length),
    custody: new Uint8Array(indexed.length),
    checkedDay: new Uint32Array(indexed.length),
  };
  indexed.forEach((fi, i) => {
    const f = facilities[fi] as Facility;
    data.latitude[i] = f.latitude as number;
    data.longitude[i] = f.longitude as number;
    data.unconfirmed[i] = f.status === 'unconfirmed' ? 1 : 0;
    data.custody[i] = f.servesOnly.includes('custody') ? 1 : 0;
    (data.checkedDay as Uint32Array)[i] = checkedDay(f);
    for (const c of concepts[fi] as Concept[]) {
      const bit = CONCEPT_BIT.get(c) as number;
      data.bits[i * WORDS + (bit >> 5)] = (data.bits[i * WORDS + (bit >> 5)] as number) | (1 << (bit & 31));
    }
  });
  return { data, indexed };
}

/** The concepts a facility offers, as the build decided them (one answer per question), in CONCEPTS order. */
export function conceptsOffered(f: Facility): Concept[] {
  const offered = new Set(f.offers.map((k) => conceptByKey(k)).filter((c): c is Concept => c !== undefined));
  return CONCEPTS.filter((c) => offered.has(c));
}

/**
 * A person who types their ZIP code always finds the places whose address is in it, at any radius and at
 * their true distance: a ZIP's point can be miles from where its people are. Only places of the ZIP's own
 * state count, so a ZIP typed wrong in a list (a Connecticut clinic filed under a Vermont ZIP) does not
 * show up in Vermont.
 */
function inZip(loaded: Loaded, place: Place): number[] | undefined {
  if (place.kind !== 'zip' || !place.zip) return undefined;
  const state = loaded.geo.zips.get(place.zip)?.state;
  return (loaded.byZip.get(place.zip) ?? []).filter((i) => {
    const f = loaded.facilities[loaded.indexed[i] as number] as Facility;
    return !state || f.state === state;
  });
}

/**
 * Search and facility lookup over the current directory. Everything is loaded into memory once per directory
 * file (about 20,000 places) and rebuilt when a new file is swapped in, so a search touches no disk at all.
 *
 * Our team's corrections (src/domain/corrections.ts) are laid over the facilities as they load, and loaded
 * again when they change: `corrections` says which are in force, and cheaply says when that changes (on any
 * instance sharing the app database), so pages, search, filters and the API all show a correction at once.
 */
export class LocatorService {
  private loaded: Promise<Loaded> | undefined;
  private loadedKey = '';
  /** What is read from one directory file, kept while only the corrections change (reading it takes seconds). */
  private fromFile: { generation: number; data: Promise<Pick<Loaded, 'facilities' | 'geo' | 'sources' | 'legend'>> } | undefined;
  private readonly corrections: CorrectionsSource;
  private readonly now: () => Date;

  constructor(
    private readonly directory: DirectoryHandle,
    options: { corrections?: CorrectionsSource; now?: () => Date } = {},
  ) {
    this.corrections = options.corrections ?? fixedCorrections(NO_CORRECTIONS);
    this.now = options.now ?? (() => new Date());
  }

  private readFile(snapshot: ReturnType<DirectoryHandle['snapshot']>) {
    if (this.fromFile?.generation !== snapshot.generation) {
      const data = Promise.all([
        loadFacilities(snapshot),
        loadGeoTables(snapshot),
        loadSources(snapshot),
        loadLegend(snapshot),
      ]).then(([facilities, geo, sources, legend]) => ({ facilities, geo: indexPlaces(geo), sources, legend }));
      this.fromFile = { generation: snapshot.generation, data };
      data.catch(() => {
        if (this.fromFile?.data === data) this.fromFile = undefined;
      });
    }
    return this.fromFile.data;
  }

  private async load(): Promise<Loaded> {
    const snapshot = this.directory.snapshot();
    const corrections = await this.corrections.current();
    const key = `${snapshot.generation}:${corrections.version}`;
    if (!this.loaded || this.loadedKey !== key) {
      this.loadedKey = key;
      this.loaded = (async () => {
        const { facilities: directoryFacilities, geo, sources, legend } = await this.readFile(snapshot);
        const facilities = overlayDirectory(directoryFacilities, corrections.byFacility);
        const concepts = facilities.map(conceptsOffered);
        const { data, indexed } = buildIndexData(facilities, concepts);
        const byZip = new Map<string, number[]>();
        indexed.forEach((fi, i) => {
          const f = facilities[fi] as Facility;
          const list = byZip.get(f.zip) ?? [];
          list.push(i);
          byZip.set(f.zip, list);
        });
        return {
          key,
          facilities,
          byId: new Map(facilities.map((f) => [f.id, f])),
          concepts,
          indexed,
          byZip,
          index: new SearchIndex(data),
          geo,
          sources,
          legend,
        };
      })();
      // A failed load (a bad file, say) must not be cached: the next request tries again.
      this.loaded.catch(() => {
        if (this.loadedKey === key) this.loaded = undefined;
      });
    }
    return this.loaded;
  }

  /** Loads the directory into memory ahead of the first search. */
  async warm(): Promise<void> {
    await this.load();
  }

  async resolve(near: string): Promise<ReturnType<typeof geocode>> {
    return geocode(near, (await this.load()).geo);
  }

  async search(query: SearchQuery & { near: string }): Promise<SearchResult> {
    const loaded = await this.load();
    const place = geocode(query.near, loaded.geo);
    if (!place.ok) {
      const suggestions = place.suggestions.map((s) => ({ field: 'near', value: s.near, label: s.label }));
      throw new AppError(400, 'unknown_place', place.message, { near: place.message }, suggestions);
    }
    const groupMasks = FILTER_GROUPS.filter((g) => query[g].length > 0).map((g) => groupMask(g, query[g]));
    const offset = (query.page - 1) * query.per_page;
    const found = loaded.index.search({
      latitude: place.place.latitude,
      longitude: place.place.longitude,
      radiusMiles: query.radius,
      groupMasks,
      includeUnconfirmed: query.include.includes('unconfirmed'),
      includeCustody: query.include.includes('custody'),
      checkedSince: query.checked ? dayNumber(isoDay(this.now())) - CHECKED_WITHIN_DAYS : 0,
      alsoInclude: inZip(loaded, place.place),
      offset,
      limit: query.per_page,
    });
    if (query.page > 1 && offset >= found.total) {
      const pages = Math.max(1, Math.ceil(found.total / query.per_page));
      const message = `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of results for this search.`;
      throw new AppError(400, 'page_out_of_range', message, { page: message });
    }
    return {
      origin: place.place,
      radiusMiles: query.radius,
      total: found.total,
      page: query.page,
      perPage: query.per_page,
      results: found.hits.map((h) => {
        const fi = loaded.indexed[h.index] as number;
        return { facility: loaded.facilities[fi] as Facility, miles: h.miles, concepts: loaded.concepts[fi] as Concept[] };
      }),
    };
  }

  async facility(id: string): Promise<Facility | undefined> {
    return (await this.load()).byId.get(id);
  }

  async sources(): Promise<Map<string, SourceSummary>> {
    return (await this.load()).sources;
  }

  async legend(): Promise<Map<string, LegendRow>> {
    return (await this.load()).legend;
  }
}
