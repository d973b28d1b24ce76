import { type CorrectionsSource, fixedCorrections, NO_CORRECTIONS } from '../../db/corrections-feed.ts';
import type { DirectoryHandle } from '../../db/directory-connection.ts';
import { CONCEPTS, type Concept, conceptByKey, FILTER_GROUPS, type FilterGroup } from '../../domain/concepts.ts';
import { CHECKED_WITHIN_DAYS, checkedDay, dayNumber, isClosed, isoDay, overlayDirectory } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import { AppError } from '../../lib/errors.ts';
import { KeptPromise } from '../../lib/kept-promise.ts';
import { geocode, indexPlaces, type Place, type Places } from './geocoder.ts';
import {
  type LegendRow,
  loadFacilities,
  loadGeoTables,
  loadLegend,
  loadSources,
  type SourceSummary,
} from './locator.repository.ts';
import { recordedConcepts } from './recorded.ts';
import { type IndexData, type IndexQuery, SearchIndex, WORDS } from './search-index.ts';

export interface SearchHit {
  facility: Facility;
  miles: number;
  /** Every filter concept the place offers. */
  concepts: Concept[];
  /** The chosen filter values the place offers. */
  matched: Concept[];
  /** For a place that may match: the chosen values, in the groups it does not match, that its listing doesn't
   * record. Empty for a place that matches every filter. */
  unknown: Concept[];
}

export interface SearchResult {
  origin: Place;
  radiusMiles: number;
  /** Places found: those that match every filter, then those that may match. */
  total: number;
  /** How many of `total` match every filter (the rest may match: their listing doesn't say). */
  matched: number;
  page: number;
  perPage: number;
  results: SearchHit[];
  /** When nothing within the radius matches every filter: the nearest place that does, within NEAREST_MILES. */
  nearest?: { facility: Facility; miles: number } | undefined;
}

/** How far beyond the radius we look for the nearest match when none is within it. */
export const NEAREST_MILES = 250;

/** What the "Call before you go" notice says about the data, measured from the directory itself. */
export interface ListingFacts {
  /** The years of the facility lists: 2015 to 2022. */
  firstYear: number;
  lastYear: number;
  /** The years of the lists the phone numbers come from. */
  phoneYears: number[];
  /** Of the places a search shows by default (confirmed, open to the public), the share with no phone number. */
  noPhoneShare: number;
}

interface Loaded {
  /** The directory file's generation and the corrections' version this was built from. */
  key: string;
  facilities: Facility[];
  byId: Map<string, Facility>;
  /** Position in `facilities` -> concepts, computed once. */
  concepts: Concept[][];
  /** Position in `facilities` -> the concepts its listing records (see recorded.ts). */
  recorded: ReadonlySet<Concept>[];
  facts: ListingFacts;
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

const setBit = (words: Uint32Array, at: number, c: Concept) => {
  const bit = CONCEPT_BIT.get(c) as number;
  words[at + (bit >> 5)] = (words[at + (bit >> 5)] as number) | (1 << (bit & 31));
};

/**
 * The search index's arrays. `recorded` says what each place's listing records; without it every concept
 * counts as recorded (the strict reading: what a place doesn't list, it doesn't offer).
 */
export function buildIndexData(
  facilities: Facility[],
  concepts: Concept[][],
  recorded?: readonly ReadonlySet<Concept>[],
): { data: IndexData; indexed: number[] } {
  // A place our team found closed keeps its page (which says so) but is left out of every search.
  const indexed = facilities.flatMap((f, i) => (f.latitude !== null && f.longitude !== null && !isClosed(f) ? [i] : []));
  const data: IndexData = {
    latitude: new Float64Array(indexed.length),
    longitude: new Float64Array(indexed.length),
    bits: new Uint32Array(indexed.length * WORDS),
    known: new Uint32Array(indexed.length * WORDS),
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
    // What a place offers, its listing records.
    for (const c of concepts[fi] as Concept[]) {
      setBit(data.bits, i * WORDS, c);
      setBit(data.known, i * WORDS, c);
    }
    for (const c of recorded ? (recorded[fi] ?? []) : CONCEPTS) setBit(data.known, i * WORDS, c);
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

/** The years of the lists and the share of places without a phone, from the directory as loaded. */
function listingFacts(facilities: readonly Facility[], sources: Map<string, SourceSummary>): ListingFacts {
  const years = (keys: Iterable<string | null>) =>
    [...new Set([...keys].map((k) => (k ? sources.get(k)?.year : undefined)).filter((y): y is number => y !== undefined))].sort();
  const listed = years(facilities.flatMap((f) => f.listedIn));
  const shown = facilities.filter((f) => f.status === 'confirmed' && !f.servesOnly.includes('custody'));
  return {
    firstYear: listed[0] ?? 0,
    lastYear: listed[listed.length - 1] ?? 0,
    phoneYears: years(facilities.map((f) => f.phoneSource)),
    noPhoneShare: shown.length === 0 ? 0 : shown.filter((f) => !f.phone && !f.intakePhone).length / shown.length,
  };
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
  /** The directory with the corrections laid over it, per directory file and corrections version. */
  private readonly loaded = new KeptPromise<Loaded>();
  /** What is read from one directory file, kept while only the corrections change (reading it takes seconds). */
  private readonly fromFile = new KeptPromise<Pick<Loaded, 'facilities' | 'geo' | 'sources' | 'legend'>>();
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
    return this.fromFile.get(String(snapshot.generation), () =>
      Promise.all([loadFacilities(snapshot), loadGeoTables(snapshot), loadSources(snapshot), loadLegend(snapshot)]).then(
        ([facilities, geo, sources, legend]) => ({ facilities, geo: indexPlaces(geo), sources, legend }),
      ),
    );
  }

  private async load(): Promise<Loaded> {
    const snapshot = this.directory.snapshot();
    const corrections = await this.corrections.current();
    const key = `${snapshot.generation}:${corrections.version}`;
    return this.loaded.get(key, async () => {
      const { facilities: directoryFacilities, geo, sources, legend } = await this.readFile(snapshot);
      const facilities = overlayDirectory(directoryFacilities, corrections.byFacility);
      const concepts = facilities.map(conceptsOffered);
      const recorded = facilities.map(recordedConcepts(facilities, legend));
      const { data, indexed } = buildIndexData(facilities, concepts, recorded);
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
        recorded,
        facts: listingFacts(facilities, sources),
        indexed,
        byZip,
        index: new SearchIndex(data),
        geo,
        sources,
        legend,
      };
    });
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
    const groups = FILTER_GROUPS.filter((g) => query[g].length > 0);
    const offset = (query.page - 1) * query.per_page;
    const indexQuery: IndexQuery = {
      latitude: place.place.latitude,
      longitude: place.place.longitude,
      radiusMiles: query.radius,
      groupMasks: groups.map((g) => groupMask(g, query[g])),
      includeUnconfirmed: query.include.includes('unconfirmed'),
      includeCustody: query.include.includes('custody'),
      checkedSince: query.checked ? dayNumber(isoDay(this.now())) - CHECKED_WITHIN_DAYS : 0,
      alsoInclude: inZip(loaded, place.place),
      offset,
      limit: query.per_page,
    };
    const found = loaded.index.search(indexQuery);
    if (query.page > 1 && offset >= found.total) {
      const pages = Math.max(1, Math.ceil(found.total / query.per_page));
      const message = `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of results for this search.`;
      throw new AppError(400, 'page_out_of_range', message, { page: message });
    }
    // Nothing within the radius matches every filter: look further, up to NEAREST_MILES, for the nearest that does.
    let nearest: SearchResult['nearest'];
    if (found.matched === 0) {
      const beyond = loaded.index.search({ ...indexQuery, radiusMiles: NEAREST_MILES, alsoInclude: [], offset: 0, limit: 1 });
      const hit = beyond.hits[0];
      if (hit && hit.unknown === 0)
        nearest = { facility: loaded.facilities[loaded.indexed[hit.index] as number] as Facility, miles: hit.miles };
    }
    return {
      origin: place.place,
      radiusMiles: query.radius,
      total: found.total,
      matched: found.matched,
      page: query.page,
      perPage: query.per_page,
      results: found.hits.map((h) => {
        const fi = loaded.indexed[h.index] as number;
        const concepts = loaded.concepts[fi] as Concept[];
        const recorded = loaded.recorded[fi] as ReadonlySet<Concept>;
        const chosen = (g: FilterGroup) => CONCEPTS.filter((c) => c.group === g && query[g].includes(c.value));
        return {
          facility: loaded.facilities[fi] as Facility,
          miles: h.miles,
          concepts,
          matched: groups.flatMap((g) => chosen(g).filter((c) => concepts.includes(c))),
          unknown: groups.flatMap((g, i) => (h.unknown & (1 << i) ? chosen(g).filter((c) => !recorded.has(c)) : [])),
        };
      }),
      nearest,
    };
  }

  /** What the "Call before you go" notice says: the years of our lists and how many places have no phone. */
  async listingFacts(): Promise<ListingFacts> {
    return (await this.load()).facts;
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
