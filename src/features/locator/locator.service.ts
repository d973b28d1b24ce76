import { type CorrectionSet, type CorrectionsSource, fixedCorrections, NO_CORRECTIONS } from '../../db/corrections-feed.ts';
import type { DirectoryHandle, DirectorySnapshot } from '../../db/directory-connection.ts';
import { facilitiesByIds } from '../../db/directory-facilities.repository.ts';
import { CONCEPTS, type Concept, conceptByKey, FILTER_GROUPS } from '../../domain/concepts.ts';
import { applyCorrections, CHECKED_WITHIN_DAYS, checkedDay, dayNumber, isClosed, isoDay } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import { AppError } from '../../lib/errors.ts';
import { KeptPromise } from '../../lib/kept-promise.ts';
import { sharedLoad, sharingLoads } from '../../lib/shared-loads.ts';
import {
  addSpeakers,
  type CompactDirectory,
  compactRow,
  conceptsIn,
  type FactCounts,
  idAt,
  positionOf,
  positionsInZip,
  type RecordedContext,
  recordedContext,
  setRecorded,
} from './compact-directory.ts';
import { loadDirectory } from './directory-loader.ts';
import { FacilityCache } from './facility-cache.ts';
import { geocode, indexPlaces, type Place, type Places, zipNumber } from './geocoder.ts';
import { type LegendRow, loadGeoTables, loadLegend, loadSources, type SourceSummary } from './locator.repository.ts';
import { memoryEngine, type Overlay, postgisEngine, type SearchEngine, withOverlay } from './search-engine.ts';
import { type IndexData, type IndexHit, type IndexQuery, SearchIndex, WORDS } from './search-index.ts';

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

const CONCEPT_BIT = new Map(CONCEPTS.map((c, i) => [c, i]));

/** `next(value)`, at once when the value is at hand, after it when it is a promise. */
const andThen = <T, U>(value: T | Promise<T>, next: (v: T) => U | Promise<U>): U | Promise<U> =>
  value instanceof Promise ? value.then(next) : next(value);

/** Per filter group: each value's bit in CONCEPTS. */
const VALUE_BIT = new Map(
  FILTER_GROUPS.map((g) => [g, new Map(CONCEPTS.flatMap((c, i) => (c.group === g ? [[c.value, i] as const] : [])))]),
);

/** A filter group's selected values as a bit mask over CONCEPTS. */
export function groupMask(group: (typeof FILTER_GROUPS)[number], values: string[]): Uint32Array {
  const mask = new Uint32Array(WORDS);
  const bits = VALUE_BIT.get(group);
  for (const value of values) {
    const bit = bits?.get(value);
    if (bit !== undefined) mask[bit >> 5] = (mask[bit >> 5] as number) | (1 << (bit & 31));
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

/** One directory as loaded (per directory generation): typed arrays, the place-name index, a row cache. */
interface Base {
  generation: number;
  /** Where the rows a page shows are read from. */
  snapshot: DirectorySnapshot;
  compact: CompactDirectory;
  /** The in-memory engine's index; absent with SEARCH_ENGINE=postgis. */
  index: SearchIndex | undefined;
  context: RecordedContext;
  /** The ZIP table and the place-name index (exact, state-less and fuzzy lookups). */
  geo: Places;
  sources: Map<string, SourceSummary>;
  legend: Map<string, LegendRow>;
  /** Facilities as the directory has them (no corrections), as pages asked for them (or all, see `fill`). */
  rows: FacilityCache;
  /**
   * The same facilities by index position, when the cache holds the whole directory (it then never drops
   * one): a search's hits are found without making each one's id string and hashing it.
   */
  atPosition: (Facility | undefined)[] | undefined;
  /** Reading every searchable facility into `rows`, once started (see LocatorService.warm). */
  filled?: Promise<void> | undefined;
  /** The keys of the preparers run over this directory's places (see LocatorService.prepareEach). */
  prepared: Set<string>;
  /**
   * Each index position's concepts, as searches list them, made once per place (shared, never written to),
   * when the row cache holds the whole directory too (`atPosition`).
   */
  conceptsAt: (Concept[] | undefined)[] | undefined;
}

/** A directory with the corrections in force laid over it. */
interface Loaded {
  /** The directory's generation and the corrections' version this was made from. */
  key: string;
  /** The corrections' version. */
  version: number;
  base: Base;
  /** The corrected facilities (every facility with a correction in force), by id. */
  corrected: Map<string, Facility>;
  /** Their search rows (those searches can find), positions after the directory's. */
  overlay: Overlay & { zip: number[]; state: string[] };
  /** The directory's positions of the corrected facilities (its rows for them are left out of searches). */
  hidden: Set<number>;
  engine: SearchEngine;
  facts: ListingFacts;
}

/** The years of the lists and the share of places without a phone, from counts per source. */
function listingFacts(counts: FactCounts, sources: Map<string, SourceSummary>): ListingFacts {
  const years = (keys: Record<string, number>) =>
    [
      ...new Set(
        Object.entries(keys)
          .filter(([, n]) => n > 0)
          .map(([k]) => sources.get(k)?.year)
          .filter((y): y is number => y !== undefined),
      ),
    ].sort();
  const listed = years(counts.listed);
  return {
    firstYear: listed[0] ?? 0,
    lastYear: listed[listed.length - 1] ?? 0,
    phoneYears: years(counts.phone),
    noPhoneShare: counts.shown === 0 ? 0 : counts.shownNoPhone / counts.shown,
  };
}

/** Adds (sign 1) or takes away (sign -1) one facility's part of the fact counts. */
function countFacts(counts: FactCounts, f: Facility, sign: 1 | -1): void {
  for (const s of f.listedIn) counts.listed[s] = (counts.listed[s] ?? 0) + sign;
  if (f.phoneSource) counts.phone[f.phoneSource] = (counts.phone[f.phoneSource] ?? 0) + sign;
  if (f.status === 'confirmed' && !f.servesOnly.includes('custody')) {
    counts.shown += sign;
    if (!f.phone && !f.intakePhone) counts.shownNoPhone += sign;
  }
}

/** The directory's sources and listing facts, for a results page. */
export interface PageFacts {
  sources: Map<string, SourceSummary>;
  facts: ListingFacts;
}

const pageFactsOf = (loaded: Loaded): PageFacts => ({ sources: loaded.base.sources, facts: loaded.facts });

/** How long after a failed load the same directory is tried again (the one loaded before goes on serving). */
const RETRY_MS = 10_000;

/** Facilities kept as objects: more than the national directory holds, a small part of a 1,000,000-place one. */
export const FACILITY_CACHE_SIZE = 50_000;

/** How many facilities one step of filling the row cache reads: a few milliseconds, so requests go on between. */
const FILL_CHUNK = 100;

/**
 * The place-name indexes a test process shares (src/lib/shared-loads.ts), by the digest of the tables they are
 * built from and the kind of database read (so each kind's reading is still exercised). An index is only read.
 */
const placesByDigest = new Map<string, Promise<Places>>();
const sharedPlaces = (snapshot: DirectorySnapshot, digest: string, build: () => Promise<Places>) =>
  sharedLoad(placesByDigest, `${snapshot.location?.kind ?? 'inline'} ${digest}`, build);

/**
 * Search and facility lookup over the current directory. What search needs of each place is kept in
 * compact typed arrays (compact-directory.ts, about 60 bytes a place); the facilities a page shows are read
 * by id from the directory and kept in a bounded cache, so memory stays small at a million places.
 *
 * A directory is loaded in a worker thread (directory-loader.ts); while a new one loads, the one before goes
 * on serving, and if the load fails it keeps serving (tried again after RETRY_MS).
 *
 * Our team's corrections (src/domain/corrections.ts) are laid over the facilities they name as those are
 * read, and their search rows replace the directory's (see search-engine.ts `withOverlay`): `corrections`
 * says which are in force, and cheaply says when that changes (on any instance sharing the app database), so
 * pages, search, filters and the API all show a correction at once.
 */
export class LocatorService {
  private readonly bases = new KeptPromise<Base>();
  private readonly layered = new KeptPromise<Loaded>();
  /** The newest directory loaded: what is served while a newer one loads. */
  private latest: Base | undefined;
  private latestLoaded: Loaded | undefined;
  private failed: { generation: number; at: number; error: unknown } | undefined;
  private geo: { hash: string; places: Places } | undefined;
  private readonly corrections: CorrectionsSource;
  private readonly now: () => Date;
  private readonly engine: 'memory' | 'postgis';
  private readonly cacheSize: number;
  /** Whether each directory loaded reads all its places into the row cache (see warm). */
  private fillCaches = false;
  /** Per-facility work run over each filled directory (see prepareEach), by key. */
  private readonly preparers = new Map<string, (f: Facility) => void>();

  constructor(
    private readonly directory: DirectoryHandle,
    options: { corrections?: CorrectionsSource; now?: () => Date; engine?: 'memory' | 'postgis'; cacheSize?: number } = {},
  ) {
    this.corrections = options.corrections ?? fixedCorrections(NO_CORRECTIONS);
    this.now = options.now ?? (() => new Date());
    this.engine = options.engine ?? 'memory';
    this.cacheSize = options.cacheSize ?? FACILITY_CACHE_SIZE;
  }

  private async loadBase(snapshot: DirectorySnapshot): Promise<Base> {
    if (this.engine === 'postgis' && !snapshot.schema) {
      throw new Error('SEARCH_ENGINE=postgis needs the directory in PostgreSQL (DATABASE_URL).');
    }
    // The first load builds the place-name index while the worker reads the directory (the main thread would
    // wait). In a test process that shares loads, it is built once per table digest, known when the load is done.
    const places = this.geo || sharingLoads() ? undefined : loadGeoTables(snapshot).then(indexPlaces);
    // Its failure is seen where it is awaited below, or not at all when the directory's own load fails first.
    places?.catch(() => {});
    const [compact, sources, legend] = await Promise.all([
      loadDirectory(snapshot, { index: this.engine === 'memory' }),
      loadSources(snapshot),
      loadLegend(snapshot),
    ]);
    // The place-name index depends only on the ZIP and place tables: rebuilt only when they change.
    if (this.geo?.hash !== compact.geoHash) {
      const build = async () => (await places) ?? indexPlaces(await loadGeoTables(snapshot));
      this.geo = {
        hash: compact.geoHash,
        places: await (sharingLoads() ? sharedPlaces(snapshot, compact.geoHash, build) : build()),
      };
    }
    return {
      generation: snapshot.generation,
      snapshot,
      compact,
      index: compact.index ? new SearchIndex({ parts: compact.index }) : undefined,
      context: recordedContext(compact.sourceKeys, legend),
      geo: this.geo.places,
      sources,
      legend,
      rows: new FacilityCache(this.cacheSize, compact.count),
      atPosition: compact.count <= this.cacheSize ? new Array(compact.data.latitude.length) : undefined,
      conceptsAt: compact.count <= this.cacheSize ? new Array(compact.data.latitude.length) : undefined,
      prepared: new Set(),
    };
  }

  /** The directory of this snapshot, loading (once) or loaded. */
  private loading(snapshot: DirectorySnapshot): Promise<Base> {
    return this.bases.get(String(snapshot.generation), () => {
      const loading = this.loadBase(snapshot).then(
        (base) => {
          if (!this.latest || base.generation > this.latest.generation) this.latest = base;
          if (this.failed?.generation === base.generation) this.failed = undefined;
          if (this.fillCaches) this.fill(base);
          return base;
        },
        (error: unknown) => {
          this.failed = { generation: snapshot.generation, at: Date.now(), error };
          throw error;
        },
      );
      // While an older directory serves, nobody may be waiting for this one; a failure is kept in `failed`.
      loading.catch(() => {});
      return loading;
    });
  }

  /** The directory to serve now: the current one once loaded, the one before while it loads (or failed to). */
  private base(snapshot: DirectorySnapshot): Base | Promise<Base> {
    if (this.latest?.generation === snapshot.generation) return this.latest;
    const failed = this.failed?.generation === snapshot.generation ? this.failed : undefined;
    if (failed && Date.now() - failed.at < RETRY_MS) {
      if (this.latest) return this.latest;
      throw failed.error;
    }
    const loading = this.loading(snapshot);
    // While it loads, the one loaded before goes on serving.
    return this.latest ?? loading;
  }

  /** The corrected facilities, their search rows, and the engine and facts with them. */
  private async lay(base: Base, corrections: CorrectionSet, key: string): Promise<Loaded> {
    const { compact, context } = base;
    const found = corrections.byFacility.size
      ? await facilitiesByIds(base.snapshot, [...corrections.byFacility.keys()])
      : new Map();
    const corrected = new Map<string, Facility>();
    const counts: FactCounts = { ...compact.facts, listed: { ...compact.facts.listed }, phone: { ...compact.facts.phone } };
    // What the corrected places' sources (our team's among them) speak about.
    const speakers = compact.speakers.slice();
    for (const id of [...found.keys()].sort()) {
      const before = found.get(id) as Facility;
      const after = applyCorrections(before, corrections.byFacility.get(id) ?? []);
      corrected.set(id, after);
      countFacts(counts, before, -1);
      countFacts(counts, after, 1);
      addSpeakers(speakers, after, context);
    }
    const rows = [...corrected.values()].flatMap((f) => {
      const row = compactRow(f, context);
      return row ? [{ f, row }] : [];
    });
    const m = rows.length;
    const data: IndexData = {
      latitude: Float64Array.from(rows, (r) => r.row.latitude),
      longitude: Float64Array.from(rows, (r) => r.row.longitude),
      bits: new Uint32Array(m * WORDS),
      known: new Uint32Array(m * WORDS),
      unconfirmed: Uint8Array.from(rows, (r) => r.row.unconfirmed),
      custody: Uint8Array.from(rows, (r) => r.row.custody),
      checkedDay: Uint32Array.from(rows, (r) => r.row.checkedDay),
    };
    rows.forEach(({ row }, i) => {
      data.bits.set(row.bits, i * WORDS);
      setRecorded(data.known, i * WORDS, row.sources, row.answered, speakers);
      for (let w = 0; w < WORDS; w++)
        data.known[i * WORDS + w] = ((data.known[i * WORDS + w] as number) | (row.bits[w] as number)) >>> 0;
    });
    const n = compact.data.latitude.length;
    const overlay = {
      first: n,
      data,
      ids: rows.map((r) => r.f.id),
      zip: rows.map((r) => r.row.zip),
      state: rows.map((r) => r.f.state),
    };
    const idOf = (p: number) => (p < n ? idAt(compact.ids, p) : (overlay.ids[p - n] as string));
    const hidden = [...corrected.keys()].map((id) => positionOf(compact.ids, id)).filter((p): p is number => p !== undefined);
    const engine = base.index
      ? memoryEngine(base.index.without(hidden))
      : postgisEngine(
          base.snapshot,
          { at: idOf, find: (id) => positionOf(compact.ids, id) },
          [...corrected.keys()].filter((id) => positionOf(compact.ids, id) !== undefined),
        );
    return {
      key,
      version: corrections.version,
      base,
      corrected,
      overlay,
      hidden: new Set(hidden),
      engine: withOverlay(engine, overlay, idOf),
      facts: listingFacts(counts, base.sources),
    };
  }

  /**
   * The corrected directory to serve, without waiting, when nothing has changed since the last request (the
   * directory is the newest loaded and the corrections need no check): the common case, with no promise.
   */
  private loadedNow(): Loaded | undefined {
    const latest = this.latestLoaded;
    if (latest === undefined || latest.base !== this.latest) return undefined;
    const corrections = this.corrections.peek?.();
    if (corrections === undefined || corrections.version !== latest.version) return undefined;
    return this.directory.snapshot().generation === latest.base.generation ? latest : undefined;
  }

  private async load(): Promise<Loaded> {
    const snapshot = this.directory.snapshot();
    const corrections = await this.corrections.current();
    const pending = this.base(snapshot);
    const base = pending instanceof Promise ? await pending : pending;
    const key = `${base.generation}:${corrections.version}`;
    if (this.latestLoaded?.key === key) return this.latestLoaded;
    const loaded = await this.layered.get(key, () => this.lay(base, corrections, key));
    if (!this.latestLoaded || loaded.base.generation >= this.latestLoaded.base.generation) this.latestLoaded = loaded;
    return loaded;
  }

  /** The facilities with these ids (corrections laid over them), read from the directory when not cached. */
  private async rows(loaded: Loaded, ids: readonly string[]): Promise<Map<string, Facility>> {
    const out = new Map<string, Facility>();
    const missing: string[] = [];
    for (const id of ids) {
      const f = loaded.corrected.get(id) ?? loaded.base.rows.get(id);
      if (f) out.set(id, f);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const [id, f] of await facilitiesByIds(loaded.base.snapshot, missing)) out.set(id, loaded.base.rows.add(f));
    }
    return out;
  }

  /**
   * The facilities at these index positions (corrections laid over them), in the same order: the directory's
   * by position when its cache holds them all, else by id (read from the directory when not cached).
   */
  private facilitiesAt(
    loaded: Loaded,
    positions: readonly number[],
  ): (Facility | undefined)[] | Promise<(Facility | undefined)[]> {
    const { base, overlay } = loaded;
    const n = overlay.first;
    const out: (Facility | undefined)[] = new Array(positions.length);
    const missing: number[] = [];
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k] as number;
      if (p >= n) out[k] = loaded.corrected.get(overlay.ids[p - n] as string);
      else if (!loaded.hidden.has(p) && base.atPosition?.[p] !== undefined) out[k] = base.atPosition[p];
      else missing.push(k);
    }
    if (missing.length === 0) return out;
    const ids = missing.map((k) => idAt(base.compact.ids, positions[k] as number));
    return this.rows(loaded, ids).then((found) => {
      missing.forEach((k, m) => {
        const f = found.get(ids[m] as string);
        out[k] = f;
        const p = positions[k] as number;
        if (f !== undefined && base.atPosition && !loaded.hidden.has(p)) base.atPosition[p] = f;
      });
      return out;
    });
  }

  /**
   * A person who types their ZIP code always finds the places whose address is in it, at any radius and at
   * their true distance: a ZIP's point can be miles from where its people are. Only places of the ZIP's own
   * state count, so a ZIP typed wrong in a list (a Connecticut clinic filed under a Vermont ZIP) does not
   * show up in Vermont.
   */
  private inZip(loaded: Loaded, place: Place): number[] | undefined {
    if (place.kind !== 'zip' || !place.zip) return undefined;
    const state = loaded.base.geo.zipStates[zipNumber(place.zip)];
    const { compact } = loaded.base;
    const zip = Number(place.zip);
    const found = positionsInZip(compact.zip, compact.zipOrder, zip);
    let kept = 0;
    for (const p of found) if (!state || compact.states[compact.state[p] as number] === state) found[kept++] = p;
    found.length = kept;
    const { overlay } = loaded;
    for (let i = 0; i < overlay.ids.length; i++) {
      if (overlay.zip[i] === zip && (!state || overlay.state[i] === state)) found.push(overlay.first + i);
    }
    return found;
  }

  /**
   * Loads the directory (the current one, waiting for it if a newer one is loading) ahead of the first search.
   *
   * With `fillCache` (a server that runs for a while: `npm start`), this directory and every one loaded after it
   * also read all their searchable places into the row cache, in the background, when the cache holds them all
   * (the national directory's 20,000 places take about a second; a 1,000,000-place one is not filled). A server
   * that runs a while ends up holding them anyway, as searches show them; filled at the start, no search waits
   * for a database read of the rows it shows (7% of an API search's time went to those reads).
   */
  async warm(options: { fillCache?: boolean } = {}): Promise<void> {
    if (options.fillCache) this.fillCaches = true;
    const snapshot = this.directory.snapshot();
    if (this.latest?.generation !== snapshot.generation) await this.loading(snapshot);
    const loaded = await this.load();
    if (this.fillCaches) this.fill(loaded.base);
  }

  /** Resolves once the row cache of the directory in use is filled (at once when no fill was started). */
  async cacheFilled(): Promise<void> {
    await (await this.load()).base.filled;
  }

  /** Starts reading every searchable place of `base` into its row cache, once, if they all fit. */
  private fill(base: Base): void {
    if (base.filled || base.compact.count > this.cacheSize) return;
    base.filled = (async () => {
      const { compact, rows, snapshot } = base;
      const n = compact.data.latitude.length;
      // Stops when a newer directory takes over: its own fill starts when it is loaded.
      for (let p = 0; p < n && this.latest === base; p += FILL_CHUNK) {
        const ids: string[] = [];
        for (let q = p; q < Math.min(n, p + FILL_CHUNK); q++) {
          const id = idAt(compact.ids, q);
          if (!rows.has(id)) ids.push(id);
        }
        if (ids.length > 0) {
          const read = await facilitiesByIds(snapshot, ids);
          for (let q = p; q < Math.min(n, p + FILL_CHUNK); q++) {
            const f = read.get(idAt(compact.ids, q));
            if (f !== undefined && base.atPosition) base.atPosition[q] = rows.add(f);
          }
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      await this.prepare(base);
    })().catch(() => {
      // A read that fails leaves the rest to be read as searches show them, as without a fill.
    });
  }

  /**
   * Has `each` run for every place of each directory whose row cache is filled (see warm), in the background
   * after the fill, a chunk at a time: what a response builds once per facility (the API's JSON of each) is
   * then built before the first search that shows it, not while that search waits. `each` only fills a cache
   * of its own. One per key (a feature's routes may be made more than once). Resolves when the directory in
   * use is prepared (at once when it is not filled).
   */
  async prepareEach(key: string, each: (f: Facility) => void): Promise<void> {
    if (this.preparers.has(key)) return;
    this.preparers.set(key, each);
    const base = this.latest;
    // A fill under way prepares what is registered when it ends; one that has ended, here.
    await base?.filled
      ?.then(() => this.prepare(base))
      .catch(() => {
        // What is not prepared is built when a search first shows it, as without this.
      });
  }

  /** Runs the preparers not yet run over a filled directory's places (stops when a newer directory takes over). */
  private async prepare(base: Base): Promise<void> {
    const { atPosition } = base;
    if (atPosition === undefined) return;
    // In the search index's order (places near each other on the map one after another), when there is one:
    // what is built for each place is then laid out in memory about as the places lie, and a search's hits,
    // near each other, are read from near each other in memory.
    const order = base.index?.parts.order;
    for (const [key, each] of this.preparers) {
      if (base.prepared.has(key)) continue;
      base.prepared.add(key);
      for (let p = 0; p < atPosition.length && this.latest === base; p += FILL_CHUNK) {
        for (let q = p; q < Math.min(atPosition.length, p + FILL_CHUNK); q++) {
          const f = atPosition[order !== undefined && q < order.length ? (order[q] as number) : q];
          if (f !== undefined) each(f);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  async resolve(near: string): Promise<ReturnType<typeof geocode>> {
    return geocode(near, (await this.load()).base.geo);
  }

  async search(query: SearchQuery & { near: string }): Promise<SearchResult> {
    return this.searchNow(query);
  }

  /**
   * `search`, answered without a promise when the directory in use is loaded and the engine is in memory (the
   * common case): each promise costs, as the async hooks of the locale's AsyncLocalStorage see every one. A
   * problem with the query (an unknown place, a page past the end) is thrown at once then.
   */
  searchNow(query: SearchQuery & { near: string }): SearchResult | Promise<SearchResult> {
    const loaded = this.loadedNow();
    return loaded !== undefined ? this.searchIn(loaded, query) : this.load().then((l) => this.searchIn(l, query));
  }

  private searchIn(loaded: Loaded, query: SearchQuery & { near: string }): SearchResult | Promise<SearchResult> {
    const place = geocode(query.near, loaded.base.geo);
    if (!place.ok) {
      const suggestions = place.suggestions.map((s) => ({ field: 'near', value: s.near, label: s.label }));
      throw new AppError(400, 'unknown_place', place.message, { near: place.message }, suggestions);
    }
    const groups = FILTER_GROUPS.filter((g) => query[g].length > 0);
    const groupMasks = groups.map((g) => groupMask(g, query[g]));
    const offset = (query.page - 1) * query.per_page;
    const indexQuery: IndexQuery = {
      latitude: place.place.latitude,
      longitude: place.place.longitude,
      radiusMiles: query.radius,
      groupMasks,
      includeUnconfirmed: query.include.includes('unconfirmed'),
      includeCustody: query.include.includes('custody'),
      checkedSince: query.checked ? dayNumber(isoDay(this.now())) - CHECKED_WITHIN_DAYS : 0,
      alsoInclude: this.inZip(loaded, place.place),
      offset,
      limit: query.per_page,
    };
    return andThen(loaded.engine.search(indexQuery), (found) => {
      if (query.page > 1 && offset >= found.total) {
        const pages = Math.max(1, Math.ceil(found.total / query.per_page));
        const message = `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of results for this search.`;
        throw new AppError(400, 'page_out_of_range', message, { page: message });
      }
      // Nothing within the radius matches every filter: look further, up to NEAREST_MILES, for the nearest that does.
      const further = found.matched === 0 ? loaded.engine.nearest(indexQuery, NEAREST_MILES) : undefined;
      return andThen(further, (beyond) => {
        const positions = found.hits.map((h) => h.index);
        if (beyond) positions.push(beyond.index);
        return andThen(this.facilitiesAt(loaded, positions), (facilities): SearchResult => {
          const nearestFacility = beyond ? facilities[found.hits.length] : undefined;
          return {
            origin: place.place,
            radiusMiles: query.radius,
            total: found.total,
            matched: found.matched,
            page: query.page,
            perPage: query.per_page,
            results: this.hitsOf(loaded, found.hits, facilities, groupMasks),
            nearest: nearestFacility && beyond ? { facility: nearestFacility, miles: beyond.miles } : undefined,
          };
        });
      });
    });
  }

  /**
   * Each hit with its facility and what it offers of the chosen filters. WORDS is 2: a place's two words of
   * offered and recorded bits are masked with the chosen values' bits, and only the bits left are listed
   * (CONCEPTS is in FILTER_GROUPS order, so that is each group's chosen values, group by group).
   */
  private hitsOf(loaded: Loaded, hits: IndexHit[], facilities: (Facility | undefined)[], groupMasks: Uint32Array[]): SearchHit[] {
    let chosen0 = 0;
    let chosen1 = 0;
    for (const m of groupMasks) {
      chosen0 |= m[0] as number;
      chosen1 |= m[1] as number;
    }
    const n = loaded.overlay.first;
    const { base } = loaded;
    const results: SearchHit[] = [];
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k] as IndexHit;
      const facility = facilities[k];
      if (facility === undefined) continue;
      const inBase = h.index < n;
      const data = inBase ? base.compact.data : loaded.overlay.data;
      const at = (inBase ? h.index : h.index - n) * WORDS;
      let unknown: Concept[] = [];
      if (h.unknown !== 0) {
        // The chosen values of the groups it may match, that its listing doesn't record.
        let u0 = 0;
        let u1 = 0;
        for (let g = 0; g < groupMasks.length; g++) {
          if ((h.unknown & (1 << g)) === 0) continue;
          u0 |= (groupMasks[g] as Uint32Array)[0] as number;
          u1 |= (groupMasks[g] as Uint32Array)[1] as number;
        }
        unknown = conceptsIn(u0 & ~(data.known[at] as number), u1 & ~(data.known[at + 1] as number));
      }
      let concepts = inBase ? base.conceptsAt?.[h.index] : undefined;
      if (concepts === undefined) {
        concepts = conceptsIn(data.bits[at] as number, data.bits[at + 1] as number);
        if (inBase && base.conceptsAt) base.conceptsAt[h.index] = concepts;
      }
      // The place's bits are read only when a filter is chosen (a read from far in memory for each hit).
      const matched =
        (chosen0 | chosen1) === 0 ? [] : conceptsIn((data.bits[at] as number) & chosen0, (data.bits[at + 1] as number) & chosen1);
      results.push({ facility, miles: h.miles, concepts, matched, unknown });
    }
    return results;
  }

  /** What the "Call before you go" notice says: the years of our lists and how many places have no phone. */
  async listingFacts(): Promise<ListingFacts> {
    return (await this.load()).facts;
  }

  async facility(id: string): Promise<Facility | undefined> {
    const loaded = await this.load();
    return (await this.rows(loaded, [id])).get(id);
  }

  /**
   * What a results page says about the directory served now (its sources and the "call before you go" facts),
   * without a promise when it is loaded and nothing has changed (see searchNow).
   */
  pageFactsNow(): PageFacts | Promise<PageFacts> {
    const loaded = this.loadedNow();
    return loaded !== undefined ? pageFactsOf(loaded) : this.load().then(pageFactsOf);
  }

  async sources(): Promise<Map<string, SourceSummary>> {
    return (await this.load()).base.sources;
  }

  async legend(): Promise<Map<string, LegendRow>> {
    return (await this.load()).base.legend;
  }
}
