import { createHash } from 'node:crypto';
import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import { compactChunks, listedCounts } from '../../db/directory-facilities.repository.ts';
import { CONCEPTS, type Concept, conceptByKey, FILTER_GROUPS } from '../../domain/concepts.ts';
import { checkedDay, isClosed, OUR_TEAM_SOURCE } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { RECORDED_RULES } from './recorded.ts';
import { buildIndexParts, type IndexData, type IndexParts, partsBuffers, WORDS } from './search-index.ts';

/**
 * What the locator keeps of a directory: typed arrays only, about 60 bytes a place, built in one streaming
 * pass over the few columns it needs (compactChunks: no Facility objects; the listed-in counts are counted by
 * the database) instead of 2.5 KB of objects per place. A page's rows are read by id when it is shown
 * (locator.service.ts). The result equals what compactRow and addSpeakers make of the Facility objects
 * (locator.service.test.ts compares them).
 *
 * Per search position (every place with a map point, in id order): its id, point, concept bits and the bits
 * its listing records (see recorded.ts: the same rules, computed with bit masks over the sources), flags, ZIP
 * code and state. Beside them, what the service needs of the whole directory: which sources speak about which
 * concept (so a corrected place's record can be worked out alone), and counts for the "call before you go" facts.
 *
 * This is the directory as built, before our team's corrections: the locator lays those over the few places
 * they change. It runs in a worker thread (directory-loader.ts) or, for a snapshot with no location, inline.
 *
 * @module
 */

/** Ids of the search positions: ASCII, packed in one buffer. */
export interface PackedIds {
  bytes: Uint8Array;
  /** Position p's id is bytes[offsets[p]..offsets[p + 1]). */
  offsets: Uint32Array;
  /** Positions in id order (JavaScript's string order), when the database's order differed; else absent. */
  sorted?: Uint32Array | undefined;
}

export interface FactCounts {
  /** Source key -> how many places are listed in it. */
  listed: Record<string, number>;
  /** Source key -> how many places' phone numbers come from it. */
  phone: Record<string, number>;
  /** Places a search shows by default (confirmed, open to the public), and of them those with no phone. */
  shown: number;
  shownNoPhone: number;
}

export interface CompactDirectory {
  /** Every facility, with or without a map point. */
  count: number;
  ids: PackedIds;
  data: IndexData;
  /** Per position: the ZIP code as a number (0: none). */
  zip: Uint32Array;
  /** Positions sorted by ZIP code (then position), to find a ZIP's places by binary search. */
  zipOrder: Uint32Array;
  /** A digest of the ZIP and place-name tables: the place-name index is rebuilt only when it changes. */
  geoHash: string;
  /** Per position: index into `states`. */
  state: Uint8Array;
  states: string[];
  /** Bit i of a source mask is sourceKeys[i] (our team's corrections have one too). */
  sourceKeys: string[];
  /** Per concept (CONCEPTS order): the sources that vouch for one of its codes at some place. */
  speakers: Uint32Array;
  facts: FactCounts;
  /** The in-memory engine's index, built with the rest; absent for SEARCH_ENGINE=postgis. */
  index?: IndexParts | undefined;
}

const CONCEPT_BIT = new Map(CONCEPTS.map((c, i) => [c, i]));
const GROUP_BIT = new Map(FILTER_GROUPS.map((g, i) => [g, i]));

/** The legend-dependent part of the recorded rules, worked out once per directory. */
export interface RecordedContext {
  sourceBit: Map<string, number>;
  /** Service code -> the concepts (CONCEPTS indexes) it stands for. */
  conceptsOfCode: Map<string, number[]>;
  /** Legend category -> the filter groups (bit mask) whose answers are filed under it. */
  groupsOfCategory: Map<string, number>;
  /** Service code -> its legend category. */
  categoryOf: Map<string, string>;
}

export function recordedContext(
  sourceKeys: readonly string[],
  legend: ReadonlyMap<string, { category: string }>,
): RecordedContext {
  if (sourceKeys.length > 32) throw new Error('The locator keeps sources in a 32-bit mask; this directory has more.');
  const conceptsOfCode = new Map<string, number[]>();
  const groupsOfCategory = new Map<string, number>();
  CONCEPTS.forEach((c, i) => {
    for (const code of c.codes) {
      conceptsOfCode.set(code, [...(conceptsOfCode.get(code) ?? []), i]);
      const category = legend.get(code)?.category;
      if (category)
        groupsOfCategory.set(category, (groupsOfCategory.get(category) ?? 0) | (1 << (GROUP_BIT.get(c.group) as number)));
    }
  });
  const categoryOf = new Map([...legend].map(([code, row]) => [code, row.category]));
  return { sourceBit: new Map(sourceKeys.map((k, i) => [k, i])), conceptsOfCode, groupsOfCategory, categoryOf };
}

const setBit = (words: Uint32Array, at: number, bit: number) => {
  words[at + (bit >> 5)] = (words[at + (bit >> 5)] as number) | (1 << (bit & 31));
};

/** One place's search row: what the index needs of it, and what its recorded bits are made from. */
export interface CompactRow {
  latitude: number;
  longitude: number;
  bits: Uint32Array;
  unconfirmed: number;
  custody: number;
  checkedDay: number;
  zip: number;
  /** The sources behind its services, and the filter groups its services answer (both bit masks). */
  sources: number;
  answered: number;
}

/** The row of a place that searches find (it has a map point and is not closed), else undefined. */
export function compactRow(f: Facility, context: RecordedContext): CompactRow | undefined {
  if (f.latitude === null || f.longitude === null || isClosed(f)) return undefined;
  const bits = new Uint32Array(WORDS);
  for (const key of f.offers) {
    const c = conceptByKey(key);
    if (c) setBit(bits, 0, CONCEPT_BIT.get(c) as number);
  }
  let sources = 0;
  let answered = 0;
  for (const [code, source] of f.services) {
    const bit = context.sourceBit.get(source);
    if (bit !== undefined) sources |= 1 << bit;
    const category = context.categoryOf.get(code);
    if (category) answered |= context.groupsOfCategory.get(category) ?? 0;
  }
  return {
    latitude: f.latitude,
    longitude: f.longitude,
    bits,
    unconfirmed: f.status === 'unconfirmed' ? 1 : 0,
    custody: f.servesOnly.includes('custody') ? 1 : 0,
    checkedDay: checkedDay(f),
    zip: /^\d{5}$/.test(f.zip) ? Number(f.zip) : 0,
    sources,
    answered,
  };
}

/** Adds a place's services to the sources that speak about each concept. */
export function addSpeakers(speakers: Uint32Array, f: Facility, context: RecordedContext): void {
  for (const [code, source] of f.services) {
    const bit = context.sourceBit.get(source);
    if (bit === undefined) continue;
    for (const c of context.conceptsOfCode.get(code) ?? []) speakers[c] = ((speakers[c] as number) | (1 << bit)) >>> 0;
  }
}

/**
 * The concepts a place's listing records, as bits (WORDS words at `at`): recorded.ts's rules, with its
 * sources and answered groups as masks. `always`: recorded; `answered`: only when the place answers the group
 * at all; then recorded when one of its sources speaks about the concept somewhere in the directory.
 */
export function setRecorded(out: Uint32Array, at: number, sources: number, answered: number, speakers: Uint32Array): void {
  CONCEPTS.forEach((c, i) => {
    const rule = RECORDED_RULES[c.group];
    if (rule === 'answered' && (answered & (1 << (GROUP_BIT.get(c.group) as number))) === 0) return;
    if (rule === 'always' || ((speakers[i] as number) & sources) !== 0) setBit(out, at, i);
  });
}

/** The concepts of a two-word bit set (WORDS is 2: a place's offered or recorded bits), in CONCEPTS order. */
export function conceptsIn(w0: number, w1: number): Concept[] {
  const out: Concept[] = [];
  // Only the set bits, lowest first: a place offers a few of the concepts.
  for (let word = w0; word !== 0; word &= word - 1) {
    const c = CONCEPTS[31 - Math.clz32(word & -word)];
    if (c !== undefined) out.push(c);
  }
  for (let word = w1; word !== 0; word &= word - 1) {
    const c = CONCEPTS[63 - Math.clz32(word & -word)];
    if (c !== undefined) out.push(c);
  }
  return out;
}

export function idAt(ids: PackedIds, p: number): string {
  let s = '';
  for (let k = ids.offsets[p] as number; k < (ids.offsets[p + 1] as number); k++)
    s += String.fromCharCode(ids.bytes[k] as number);
  return s;
}

/** The position of an id, or undefined. */
export function positionOf(ids: PackedIds, id: string): number | undefined {
  let lo = 0;
  let hi = ids.offsets.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ids.sorted ? (ids.sorted[mid] as number) : mid;
    const at = idAt(ids, p);
    if (at === id) return p;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A digest of the tables the place-name index is built from. */
async function geoHash(snapshot: DirectorySnapshot): Promise<string> {
  const hash = createHash('sha256');
  const zips = await snapshot.db
    .selectFrom('zip_centroids')
    .select(['zip', 'latitude', 'longitude', 'place', 'state'])
    .orderBy('zip')
    .execute();
  for (const z of zips) hash.update(`${z.zip}\u001f${z.latitude}\u001f${z.longitude}\u001f${z.place}\u001f${z.state}\u001e`);
  const cities = await snapshot.db
    .selectFrom('city_centroids')
    .select(['city_key', 'city', 'state', 'latitude', 'longitude', 'postal_codes', 'facilities'])
    .orderBy('city_key')
    .execute();
  for (const c of cities) hash.update(`${Object.values(c).join('\u001f')}\u001e`);
  return hash.digest('hex');
}

/** The positions whose ZIP code is `zip`, from a ZIP order. */
export function positionsInZip(zip: Uint32Array, zipOrder: Uint32Array, wanted: number): number[] {
  let lo = 0;
  let hi = zipOrder.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((zip[zipOrder[mid] as number] as number) < wanted) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < zipOrder.length && zip[zipOrder[k] as number] === wanted; k++) out.push(zipOrder[k] as number);
  return out;
}

/** Grows a typed array (doubling) so it holds `n` items. */
function fit<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(a: T, n: number, make: (n: number) => T): T {
  if (a.length >= n) return a;
  const out = make(Math.max(n, a.length * 2));
  out.set(a);
  return out;
}

/** Reads a directory in one pass, a few thousand facilities at a time, into typed arrays. */
export async function loadCompactDirectory(snapshot: DirectorySnapshot, options: { index: boolean }): Promise<CompactDirectory> {
  const { db } = snapshot;
  const sourceRows = await db.selectFrom('sources').select(['key']).orderBy('position').execute();
  const sourceKeys = [...sourceRows.map((s) => s.key).filter((k) => k !== OUR_TEAM_SOURCE), OUR_TEAM_SOURCE];
  const legendRows = await db.selectFrom('service_codes').select(['code', 'category']).execute();
  const context = recordedContext(sourceKeys, new Map(legendRows.map((r) => [r.code, r])));

  let capacity = 1024;
  let latitude = new Float64Array(capacity);
  let longitude = new Float64Array(capacity);
  let bits = new Uint32Array(capacity * WORDS);
  let unconfirmed = new Uint8Array(capacity);
  let custody = new Uint8Array(capacity);
  let checked = new Uint32Array(capacity);
  let zip = new Uint32Array(capacity);
  let state = new Uint8Array(capacity);
  let sources = new Uint32Array(capacity);
  let answered = new Uint8Array(capacity);
  let idBytes = new Uint8Array(capacity * 12);
  let idOffsets = new Uint32Array(capacity + 1);
  const states: string[] = [];
  const stateIndex = new Map<string, number>();
  const speakers = new Uint32Array(CONCEPTS.length);
  const facts: FactCounts = { listed: await listedCounts(snapshot), phone: {}, shown: 0, shownNoPhone: 0 };
  let count = 0;
  let n = 0;
  let sorted = true;
  let previousId = '';

  // Service codes as small numbers, each with its concepts and the filter groups it answers; a services row's
  // codes string parsed once (the same strings repeat across places).
  const codeNumber = new Map<string, number>();
  const codeConcepts: (number[] | undefined)[] = [];
  const codeAnswers: number[] = [];
  const parsed = new Map<string, Int32Array>();
  const codesOf = (codes: string): Int32Array => {
    let out = parsed.get(codes);
    if (out) return out;
    const list: number[] = [];
    for (const code of codes.split(' ')) {
      if (!code) continue;
      let k = codeNumber.get(code);
      if (k === undefined) {
        k = codeNumber.size;
        codeNumber.set(code, k);
        codeConcepts.push(context.conceptsOfCode.get(code));
        const category = context.categoryOf.get(code);
        codeAnswers.push(category ? (context.groupsOfCategory.get(category) ?? 0) : 0);
      }
      list.push(k);
    }
    out = Int32Array.from(list);
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(codes, out);
    return out;
  };
  // Per place: the codes it has (a later source's row wins a shared code) and the winning row's source bit
  // (-1: a source we do not know); `seen` marks a code as the current place's without clearing per place.
  let winner = new Int32Array(256);
  let seen = new Int32Array(256);
  let touched = new Int32Array(256);
  const offerBits = new Map<string, Uint32Array>();
  const offersOf = (offers: string): Uint32Array => {
    let out = offerBits.get(offers);
    if (out) return out;
    out = new Uint32Array(WORDS);
    for (const key of offers.split(' ')) {
      const c = key ? conceptByKey(key) : undefined;
      if (c) setBit(out, 0, CONCEPT_BIT.get(c) as number);
    }
    if (offerBits.size > 10_000) offerBits.clear();
    offerBits.set(offers, out);
    return out;
  };

  for await (const chunk of compactChunks(snapshot)) {
    let si = 0;
    const serviceRows = chunk.services;
    for (const f of chunk.facilities) {
      count++;
      const id = f.id;
      if (f.phone_source) facts.phone[f.phone_source] = (facts.phone[f.phone_source] ?? 0) + 1;
      const custodyOnly = f.serves_only !== '' && f.serves_only.split(' ').includes('custody');
      if (f.status === 'confirmed' && !custodyOnly) {
        facts.shown++;
        if (f.no_phone) facts.shownNoPhone++;
      }
      let t = 0;
      for (; si < serviceRows.length && (serviceRows[si] as { facility_id: string }).facility_id === id; si++) {
        const row = serviceRows[si] as { source: string; codes: string };
        const bit = context.sourceBit.get(row.source) ?? -1;
        const codes = codesOf(row.codes);
        if (codeNumber.size > seen.length) {
          winner = fit(winner, codeNumber.size, (k) => new Int32Array(k));
          seen = fit(seen, codeNumber.size, (k) => new Int32Array(k));
        }
        for (let j = 0; j < codes.length; j++) {
          const k = codes[j] as number;
          if (seen[k] !== count) {
            seen[k] = count;
            touched = fit(touched, t + 1, (m) => new Int32Array(m));
            touched[t++] = k;
          }
          winner[k] = bit;
        }
      }
      let rowSources = 0;
      let rowAnswered = 0;
      for (let j = 0; j < t; j++) {
        const k = touched[j] as number;
        const bit = winner[k] as number;
        rowAnswered |= codeAnswers[k] as number;
        if (bit < 0) continue;
        rowSources |= 1 << bit;
        const concepts = codeConcepts[k];
        if (concepts) for (const c of concepts) speakers[c] = ((speakers[c] as number) | (1 << bit)) >>> 0;
      }
      // A directory's own rows carry no correction: none is closed or checked (the locator lays those over).
      if (f.latitude === null || f.longitude === null) continue;
      if (n === capacity) {
        capacity *= 2;
        latitude = fit(latitude, capacity, (k) => new Float64Array(k));
        longitude = fit(longitude, capacity, (k) => new Float64Array(k));
        bits = fit(bits, capacity * WORDS, (k) => new Uint32Array(k));
        unconfirmed = fit(unconfirmed, capacity, (k) => new Uint8Array(k));
        custody = fit(custody, capacity, (k) => new Uint8Array(k));
        checked = fit(checked, capacity, (k) => new Uint32Array(k));
        zip = fit(zip, capacity, (k) => new Uint32Array(k));
        state = fit(state, capacity, (k) => new Uint8Array(k));
        sources = fit(sources, capacity, (k) => new Uint32Array(k));
        answered = fit(answered, capacity, (k) => new Uint8Array(k));
        idOffsets = fit(idOffsets, capacity + 1, (k) => new Uint32Array(k));
      }
      latitude[n] = f.latitude;
      longitude[n] = f.longitude;
      bits.set(offersOf(f.offers), n * WORDS);
      unconfirmed[n] = f.status === 'unconfirmed' ? 1 : 0;
      custody[n] = custodyOnly ? 1 : 0;
      checked[n] = 0;
      zip[n] = f.zip.length === 5 && /^\d{5}$/.test(f.zip) ? Number(f.zip) : 0;
      let s = stateIndex.get(f.state);
      if (s === undefined) {
        s = states.length;
        if (s > 255) throw new Error('More than 256 state codes in the directory.');
        states.push(f.state);
        stateIndex.set(f.state, s);
      }
      state[n] = s;
      sources[n] = rowSources;
      answered[n] = rowAnswered;
      const start = idOffsets[n] as number;
      idBytes = fit(idBytes, start + id.length, (k) => new Uint8Array(k));
      for (let k = 0; k < id.length; k++) idBytes[start + k] = id.charCodeAt(k) & 0x7f;
      idOffsets[n + 1] = start + id.length;
      if (id <= previousId) sorted = false;
      previousId = id;
      n++;
    }
  }

  const known = new Uint32Array(n * WORDS);
  // The recorded bits depend only on a place's two masks: worked out once per pair.
  const recorded = new Map<number, Uint32Array>();
  for (let p = 0; p < n; p++) {
    const key = (sources[p] as number) * 256 + (answered[p] as number);
    let words = recorded.get(key);
    if (!words) {
      words = new Uint32Array(WORDS);
      setRecorded(words, 0, sources[p] as number, answered[p] as number, speakers);
      recorded.set(key, words);
    }
    for (let w = 0; w < WORDS; w++) known[p * WORDS + w] = ((words[w] as number) | (bits[p * WORDS + w] as number)) >>> 0;
  }
  const data: IndexData = {
    latitude: latitude.slice(0, n),
    longitude: longitude.slice(0, n),
    bits: bits.slice(0, n * WORDS),
    known,
    unconfirmed: unconfirmed.slice(0, n),
    custody: custody.slice(0, n),
    checkedDay: checked.slice(0, n),
  };
  const ids: PackedIds = { bytes: idBytes.slice(0, idOffsets[n] as number), offsets: idOffsets.slice(0, n + 1) };
  if (!sorted) {
    const order = Array.from({ length: n }, (_, p) => p).map((p) => [idAt(ids, p), p] as const);
    order.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    ids.sorted = Uint32Array.from(order, (o) => o[1]);
  }
  const zips = zip.slice(0, n);
  // By ZIP code, then position: sorted as one number each (ZIP * 2^32 + position) with no comparator call.
  const keys = new Float64Array(n);
  for (let p = 0; p < n; p++) keys[p] = (zips[p] as number) * 2 ** 32 + p;
  keys.sort();
  const zipOrder = new Uint32Array(n);
  for (let k = 0; k < n; k++) zipOrder[k] = (keys[k] as number) % 2 ** 32;
  return {
    count,
    ids,
    data,
    zip: zips,
    zipOrder,
    geoHash: await geoHash(snapshot),
    state: state.slice(0, n),
    states,
    sourceKeys,
    speakers,
    facts,
    index: options.index ? buildIndexParts(data) : undefined,
  };
}

/** Every buffer of a compact directory, to transfer it to another thread without copying. */
export function compactBuffers(c: CompactDirectory): ArrayBuffer[] {
  const arrays = [
    c.ids.bytes,
    c.ids.offsets,
    ...(c.ids.sorted ? [c.ids.sorted] : []),
    c.data.latitude,
    c.data.longitude,
    c.data.bits,
    c.data.known,
    c.data.unconfirmed,
    c.data.custody,
    ...(c.data.checkedDay ? [c.data.checkedDay] : []),
    c.zip,
    c.zipOrder,
    c.state,
    c.speakers,
  ];
  const parts = c.index ? partsBuffers(c.index) : [];
  return [...new Set([...arrays.map((a) => a.buffer as ArrayBuffer), ...parts])];
}
