import KDBush from 'kdbush';
import { haversineMiles } from '../../lib/geo.ts';

/**
 * The in-memory search structure behind the locator: every facility's point in a KD-tree, its concepts as a
 * bit set, and its unit vector on the sphere. A search takes the radius's bounding box from the tree, keeps
 * the points whose straight-line chord is short enough (a few multiplications instead of the trigonometry
 * of haversine), checks the filters with bit masks, and keeps only the nearest `offset + limit` in a heap.
 * The total still counts every match, which is what pagination needs.
 *
 * "The listing doesn't say" is not "no". Beside the concepts a place offers, each place has a second bit
 * set: the concepts its listing records at all (see recorded.ts). For each filter group a place either
 * matches (it offers one of the chosen values), may match (it offers none of them, but its listing does not
 * record one of them), or fails. One pass sorts places into two heaps: those that match every filter, and
 * those that may match (at least one group unknown, none failed). Results list every match before any
 * maybe-match, nearest first within each, and each hit says which groups were unknown.
 *
 * A search can also name places to include wherever they are (the places whose address is in the ZIP code
 * a person typed): they pass the same filters and are ranked by their true distance with everything else.
 *
 * @module
 */

export const WORDS = 2; // 64 concept bits; the filter vocabulary has under 40 concepts
/** classify() reads each place's two words by hand: a WORDS other than 2 must fail the type check here first. */
const READ_BY_HAND: 2 = WORDS;
void READ_BY_HAND;

export interface IndexData {
  latitude: Float64Array;
  longitude: Float64Array;
  /** WORDS Uint32 words per facility: bit i is CONCEPTS[i]. */
  bits: Uint32Array;
  /** The same layout: bit i is set when the place's listing records whether it offers CONCEPTS[i]. */
  known: Uint32Array;
  unconfirmed: Uint8Array;
  /** 1 for treatment inside a jail, prison or detention centre: left out unless asked for. */
  custody: Uint8Array;
  /** The day (days since 1970) our team last checked the place, 0 for never; for the `checked` filter. */
  checkedDay?: Uint32Array;
}

export interface IndexQuery {
  latitude: number;
  longitude: number;
  radiusMiles: number;
  /** One mask per filter group that has values: a facility must share a bit with every mask (OR within, AND across). */
  groupMasks: Uint32Array[];
  includeUnconfirmed: boolean;
  includeCustody: boolean;
  /** Only places our team checked on or after this day (days since 1970); 0 or absent: no such filter. */
  checkedSince?: number;
  /** Places (indexes into the data) to include at any distance, when they pass the filters. */
  alsoInclude?: readonly number[];
  offset: number;
  limit: number;
}

export interface IndexHit {
  index: number;
  miles: number;
  /** Bit g is set when the place may match `groupMasks[g]`: it offers none of its values, and its listing
   * doesn't record at least one of them. 0 for a place that matches every filter. */
  unknown: number;
}

export interface IndexResult {
  /** Every place found: those that match, then those that may match. */
  total: number;
  /** How many of them match every filter; they come first. */
  matched: number;
  hits: IndexHit[];
}

/** The search for "the nearest place within `maxMiles`": one place, from the start, no maybe-includes. */
export const nearestQuery = (q: IndexQuery, maxMiles: number): IndexQuery => ({
  ...q,
  radiusMiles: maxMiles,
  alsoInclude: [],
  offset: 0,
  limit: 1,
});

/** The first hit of a result when it matches every filter (not a maybe-match). */
export function firstMatch(result: IndexResult): IndexHit | undefined {
  const hit = result.hits[0];
  return hit !== undefined && hit.unknown === 0 ? hit : undefined;
}

const EARTH_RADIUS_MILES = 3958.7613;
const TO_RAD = Math.PI / 180;

/** What the filters read, in one object: concept bits, known bits, flags and check dates. */
type IndexFilters = Omit<IndexData, 'latitude' | 'longitude' | 'checkedDay'> & {
  checkedDay: Uint32Array;
  /** 1: left out of every search (see SearchIndex.without). */
  hidden?: Uint8Array | undefined;
};

/** `classify`'s answer for a place that fails a filter (or is left out: unconfirmed, custody). */
const FAILS = -1;

/** A query's filters, made once per search: the group masks side by side, WORDS words each. */
interface Filter {
  masks: number[];
  groups: number;
  includeUnconfirmed: boolean;
  includeCustody: boolean;
  checkedSince: number;
}

function filterOf(q: IndexQuery): Filter {
  const masks: number[] = [];
  for (const m of q.groupMasks) for (let w = 0; w < WORDS; w++) masks.push(m[w] ?? 0);
  return {
    masks,
    groups: q.groupMasks.length,
    includeUnconfirmed: q.includeUnconfirmed,
    includeCustody: q.includeCustody,
    checkedSince: q.checkedSince ?? 0,
  };
}

/**
 * Does place i pass the query's filters? FAILS, or the groups it may match as a bit mask (0: it matches them
 * all). The index uses this; the full scan has its own plain check, so the two can catch each other's bugs.
 */
function classify(data: IndexFilters, i: number, f: Filter): number {
  if (data.hidden !== undefined && data.hidden[i] === 1) return FAILS;
  if (!f.includeUnconfirmed && data.unconfirmed[i] === 1) return FAILS;
  if (!f.includeCustody && data.custody[i] === 1) return FAILS;
  if (f.checkedSince !== 0 && (data.checkedDay[i] as number) < f.checkedSince) return FAILS;
  if (f.groups === 0) return 0;
  // WORDS is 2: each place's two words of offered and recorded bits, read once.
  const b0 = data.bits[i * WORDS] as number;
  const b1 = data.bits[i * WORDS + 1] as number;
  const k0 = data.known[i * WORDS] as number;
  const k1 = data.known[i * WORDS + 1] as number;
  const { masks } = f;
  let unknown = 0;
  for (let g = 0; g < f.groups; g++) {
    const m0 = masks[g * WORDS] as number;
    const m1 = masks[g * WORDS + 1] as number;
    if (((b0 & m0) | (b1 & m1)) !== 0) continue;
    if (((~k0 & m0) | (~k1 & m1)) === 0) return FAILS;
    unknown |= 1 << g;
  }
  return unknown;
}

/** What a search out to a radius reads: the origin as a unit vector, the longest chord within reach, and the
 * boxes (min lon, min lat, max lon, max lat; two or three around the date line) to take from the tree. */
interface Reach {
  qx: number;
  qy: number;
  qz: number;
  maxChord2: number;
  boxes: number[][];
}

function reach(latitude: number, longitude: number, radiusMiles: number): Reach {
  const lat = latitude * TO_RAD;
  const lon = longitude * TO_RAD;
  // A point is within the radius when its chord to the origin is short enough: chord = 2 sin(angle / 2).
  const angle = radiusMiles / EARTH_RADIUS_MILES;
  const maxChord2 = (2 * Math.sin(angle / 2)) ** 2 * (1 + 1e-12);
  const dLat = (angle / TO_RAD) * 1.0001;
  const cosLat = Math.cos(Math.min(89.9, Math.abs(latitude) + dLat) * TO_RAD);
  const dLon = Math.min(180, dLat / Math.max(cosLat, 1e-6));
  const boxes: number[][] = [];
  const minLon = longitude - dLon;
  const maxLon = longitude + dLon;
  const minLat = Math.max(-90, latitude - dLat);
  const maxLat = Math.min(90, latitude + dLat);
  if (dLon >= 180) boxes.push([-180, minLat, 180, maxLat]);
  else {
    boxes.push([Math.max(-180, minLon), minLat, Math.min(180, maxLon), maxLat]);
    // Around the date line (the Aleutians, Guam), search the other side too.
    if (minLon < -180) boxes.push([minLon + 360, minLat, 180, maxLat]);
    if (maxLon > 180) boxes.push([-180, minLat, maxLon - 360, maxLat]);
  }
  return { qx: Math.cos(lat) * Math.cos(lon), qy: Math.cos(lat) * Math.sin(lon), qz: Math.sin(lat), maxChord2, boxes };
}

const RANGE_STACK: number[] = [];

/**
 * The tree's points in a box, written into `out` from `count` on; returns the new count. The walk of
 * kdbush's own `range` (over the same arrays), without the array it builds for each call.
 */
function rangeInto(
  tree: KDBush,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  out: Uint32Array,
  count: number,
  prune?: { below: Uint32Array; masks: number[]; groups: number },
): number {
  const { ids, coords, nodeSize } = tree;
  const stack = RANGE_STACK;
  let sp = 0;
  stack[sp++] = 0;
  stack[sp++] = ids.length - 1;
  stack[sp++] = 0;
  let n = count;
  while (sp > 0) {
    const axis = stack[--sp] as number;
    const right = stack[--sp] as number;
    const left = stack[--sp] as number;
    if (prune !== undefined && !offersEvery(prune, (left + right) >> 1)) continue;
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const x = coords[2 * i] as number;
        const y = coords[2 * i + 1] as number;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) out[n++] = ids[i] as number;
      }
      continue;
    }
    const m = (left + right) >> 1;
    const x = coords[2 * m] as number;
    const y = coords[2 * m + 1] as number;
    if (x >= minX && x <= maxX && y >= minY && y <= maxY) out[n++] = ids[m] as number;
    if (axis === 0 ? minX <= x : minY <= y) {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
    }
    if (axis === 0 ? maxX >= x : maxY >= y) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
    }
  }
  return n;
}

/** Whether the places under the tree node at `m` offer, between them, a chosen value of every filter group. */
function offersEvery(prune: { below: Uint32Array; masks: number[]; groups: number }, m: number): boolean {
  const o0 = prune.below[m * WORDS] as number;
  const o1 = prune.below[m * WORDS + 1] as number;
  const { masks } = prune;
  for (let g = 0; g < prune.groups; g++) {
    if (((o0 & (masks[g * WORDS] as number)) | (o1 & (masks[g * WORDS + 1] as number))) === 0) return false;
  }
  return true;
}

/**
 * A max-heap on distance that keeps the `size` nearest hits seen so far: each with the caller's index (which
 * breaks ties), its distance key and the index's internal position. In typed arrays one index reuses for
 * every search (searches run one at a time, never awaiting), so a search makes no arrays or objects for the
 * places it passes over, only the hits it returns.
 */
const KEPT_HEAP_ROOM = 1024;

/** Whether the hit (keyA, indexA) comes after (keyB, indexB): farther, or as far with a higher index. */
const after = (keyA: number, indexA: number, keyB: number, indexB: number): boolean =>
  keyA > keyB || (keyA === keyB && indexA > indexB);

class NearestHeap {
  private idx = new Uint32Array(64);
  private key = new Float64Array(64);
  private pos = new Uint32Array(64);
  private size = 0;
  /** How many it holds. */
  length = 0;

  /** Empties it, to keep the `size` nearest. */
  reset(size: number): void {
    this.size = size;
    this.length = 0;
    // A far page's search grew it: not kept that large for the searches after it.
    if (this.idx.length > KEPT_HEAP_ROOM && size <= KEPT_HEAP_ROOM) {
      this.idx = new Uint32Array(64);
      this.key = new Float64Array(64);
      this.pos = new Uint32Array(64);
    }
  }

  offer(index: number, key: number, position: number): void {
    const n = this.length;
    if (n < this.size) {
      if (n === this.idx.length) this.grow();
      this.up(n, index, key, position);
      this.length = n + 1;
    } else if (n > 0 && after(this.key[0] as number, this.idx[0] as number, key, index)) {
      this.siftDown(index, key, position, n);
    }
  }

  /**
   * Sorts what it holds in place, nearest first, ties by index (so results are stable): index(k) and
   * position(k) then read the k-th. It is no longer a heap until the next reset().
   */
  sort(): void {
    const { idx, key, pos } = this;
    for (let end = this.length - 1; end > 0; end--) {
      const i = idx[end] as number;
      const k = key[end] as number;
      const p = pos[end] as number;
      this.place(end, idx[0] as number, key[0] as number, pos[0] as number);
      this.siftDown(i, k, p, end);
    }
  }

  index(k: number): number {
    return this.idx[k] as number;
  }

  position(k: number): number {
    return this.pos[k] as number;
  }

  private grow(): void {
    const grown = <A extends Uint32Array | Float64Array>(a: A, b: A): A => {
      b.set(a);
      return b;
    };
    const room = this.idx.length * 2;
    this.idx = grown(this.idx, new Uint32Array(room));
    this.key = grown(this.key, new Float64Array(room));
    this.pos = grown(this.pos, new Uint32Array(room));
  }

  /** Places a hit at slot i and moves it up to its place. */
  private up(i: number, index: number, key: number, position: number): void {
    const { idx, key: keys, pos } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (!after(key, index, pk, idx[parent] as number)) break;
      this.place(i, idx[parent] as number, pk, pos[parent] as number);
      i = parent;
    }
    this.place(i, index, key, position);
  }

  private place(i: number, index: number, key: number, position: number): void {
    this.idx[i] = index;
    this.key[i] = key;
    this.pos[i] = position;
  }

  /** Places a hit at the root of the first `n` slots and moves it down to its place. */
  private siftDown(index: number, key: number, position: number, n: number): void {
    const { idx, key: keys, pos } = this;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let c = l;
      let ck = keys[l] as number;
      const r = l + 1;
      if (r < n) {
        const rk = keys[r] as number;
        if (after(rk, idx[r] as number, ck, idx[l] as number)) {
          c = r;
          ck = rk;
        }
      }
      if (!after(ck, idx[c] as number, key, index)) break;
      this.place(i, idx[c] as number, ck, pos[c] as number);
      i = c;
    }
    this.place(i, index, key, position);
  }
}

/** Spreads the bits of a 16-bit number out to the even bits of a 32-bit one (for Morton codes). */
function spread(v: number): number {
  let x = v & 0xffff;
  x = (x | (x << 8)) & 0x00ff00ff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x >>> 0;
}

/**
 * A built index as plain typed arrays (and the KD-tree's one buffer): what a worker thread builds and hands to
 * the main thread without copying (see directory-loader.ts).
 */
export interface IndexParts {
  tree: ArrayBuffer;
  order: Uint32Array;
  position: Uint32Array;
  lat: Float64Array;
  lon: Float64Array;
  xyz: Float64Array;
  bits: Uint32Array;
  known: Uint32Array;
  unconfirmed: Uint8Array;
  custody: Uint8Array;
  checkedDay: Uint32Array;
  /** Per tree node (at its middle point's place in the tree's order), WORDS words: what any place under it offers. */
  offeredBelow: Uint32Array;
}

/** The buffers of an index's parts, to transfer them to another thread. */
export const partsBuffers = (p: IndexParts): ArrayBuffer[] => [
  p.tree,
  ...[p.order, p.position, p.lat, p.lon, p.xyz, p.bits, p.known, p.unconfirmed, p.custody, p.checkedDay, p.offeredBelow].map(
    (a) => a.buffer as ArrayBuffer,
  ),
];

/** Builds an index's arrays from its data: Morton order, unit vectors, filters in that order, and the KD-tree. */
export function buildIndexParts(data: IndexData): IndexParts {
  const n = data.latitude.length;
  const morton = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const qx = Math.floor((((data.longitude[i] as number) + 180) / 360) * 0xffff);
    const qy = Math.floor((((data.latitude[i] as number) + 90) / 180) * 0xffff);
    morton[i] = (spread(qx) | (spread(qy) << 1)) >>> 0;
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (morton[a] as number) - (morton[b] as number) || a - b,
  );
  const parts = {
    order,
    position: new Uint32Array(n),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    xyz: new Float64Array(n * 3),
    bits: new Uint32Array(n * WORDS),
    known: new Uint32Array(n * WORDS),
    unconfirmed: new Uint8Array(n),
    custody: new Uint8Array(n),
    checkedDay: new Uint32Array(n),
  };
  // Leaves of 16 points, not kdbush's 64: a search's boxes then take fewer places outside them, and the
  // nearest-match walk skips more of the country (offeredBelow is per node): 5% off a search.
  const tree = new KDBush(Math.max(n, 1), 16);
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    const latDeg = data.latitude[i] as number;
    const lonDeg = data.longitude[i] as number;
    parts.lat[p] = latDeg;
    parts.lon[p] = lonDeg;
    const lat = latDeg * TO_RAD;
    const lon = lonDeg * TO_RAD;
    parts.xyz[p * 3] = Math.cos(lat) * Math.cos(lon);
    parts.xyz[p * 3 + 1] = Math.cos(lat) * Math.sin(lon);
    parts.xyz[p * 3 + 2] = Math.sin(lat);
    for (let w = 0; w < WORDS; w++) {
      parts.bits[p * WORDS + w] = data.bits[i * WORDS + w] as number;
      parts.known[p * WORDS + w] = data.known[i * WORDS + w] as number;
    }
    parts.unconfirmed[p] = data.unconfirmed[i] as number;
    parts.custody[p] = data.custody[i] as number;
    parts.checkedDay[p] = data.checkedDay?.[i] ?? 0;
    parts.position[i] = p;
    tree.add(lonDeg, latDeg);
  }
  if (n === 0) tree.add(0, 0); // KDBush needs one point; it is never returned (no data behind it)
  tree.finish();
  return { ...parts, tree: tree.data as ArrayBuffer, offeredBelow: offeredBelow(tree, parts.bits) };
}

/**
 * For each node of the tree, the concepts any place under it offers (the OR of their bits), kept at the place
 * of the node's middle point in the tree's order: each node has its own middle (a node's children lie on
 * either side of it). The nearest-match walk skips a node whose places cannot match every filter group: most
 * of the country, for a rare filter. The tree's nodes are those of kdbush's own walk (see rangeInto).
 */
function offeredBelow(tree: KDBush, bits: Uint32Array): Uint32Array {
  const { ids, nodeSize } = tree;
  const out = new Uint32Array(ids.length * WORDS);
  const visit = (left: number, right: number): void => {
    const m = (left + right) >> 1;
    let o0 = 0;
    let o1 = 0;
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const p = ids[i] as number;
        o0 |= bits[p * WORDS] ?? 0;
        o1 |= bits[p * WORDS + 1] ?? 0;
      }
    } else {
      visit(left, m - 1);
      visit(m + 1, right);
      const p = ids[m] as number;
      o0 =
        (bits[p * WORDS] ?? 0) | (out[((left + m - 1) >> 1) * WORDS] as number) | (out[((m + 1 + right) >> 1) * WORDS] as number);
      o1 =
        (bits[p * WORDS + 1] ?? 0) |
        (out[((left + m - 1) >> 1) * WORDS + 1] as number) |
        (out[((m + 1 + right) >> 1) * WORDS + 1] as number);
    }
    out[m * WORDS] = o0;
    out[m * WORDS + 1] = o1;
  };
  visit(0, ids.length - 1);
  return out;
}

export class SearchIndex {
  private readonly tree: KDBush;
  /** Internal position -> the caller's index. Points are stored in Morton (Z-curve) order, so places near
   * each other on the map are near each other in memory and a search reads few cache lines. */
  private readonly order: Uint32Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly xyz: Float64Array;
  /** Concept bits, known bits and flags, in internal (Morton) order. */
  private readonly filters: IndexFilters;
  /** The caller's index -> internal position. */
  private readonly position: Uint32Array;
  /** Where a search writes the tree's points in its boxes (searches run one at a time, never awaiting). */
  private readonly inBoxes: Uint32Array;
  /** What the places under each tree node offer (see offeredBelow). */
  private readonly offeredBelow: Uint32Array;
  /** Where a search keeps its nearest matches and maybe-matches (reused, as inBoxes is). */
  private readonly matching = new NearestHeap();
  private readonly maybe = new NearestHeap();

  /**
   * From the data (built here), or from parts built elsewhere. `hidden` (internal order, 1: left out of every
   * search) takes places out without rebuilding: the places our team's corrections change, which the locator
   * answers from their corrected rows instead.
   */
  constructor(source: IndexData | { parts: IndexParts; hidden?: Uint8Array | undefined }) {
    const parts = 'parts' in source ? source.parts : buildIndexParts(source);
    this.parts = parts;
    this.tree = KDBush.from(parts.tree);
    this.order = parts.order;
    this.position = parts.position;
    this.lat = parts.lat;
    this.lon = parts.lon;
    this.xyz = parts.xyz;
    this.inBoxes = new Uint32Array(this.tree.ids.length);
    this.offeredBelow = parts.offeredBelow;
    this.filters = {
      bits: parts.bits,
      known: parts.known,
      unconfirmed: parts.unconfirmed,
      custody: parts.custody,
      checkedDay: parts.checkedDay,
      hidden: 'parts' in source ? source.hidden : undefined,
    };
  }

  /** The arrays behind this index (shared, not copied). */
  readonly parts: IndexParts;

  /** This index with these places (the caller's indexes) left out of every search; the arrays are shared. */
  without(indexes: Iterable<number>): SearchIndex {
    const hidden = new Uint8Array(this.size);
    let any = false;
    for (const i of indexes) {
      const p = this.position[i];
      if (p === undefined || i >= this.size) continue;
      hidden[p] = 1;
      any = true;
    }
    return any ? new SearchIndex({ parts: this.parts, hidden }) : this;
  }

  get size(): number {
    return this.lat.length;
  }

  search(q: IndexQuery): IndexResult {
    const n = this.size;
    const filter = filterOf(q);
    const { qx, qy, qz, maxChord2, boxes } = reach(q.latitude, q.longitude, q.radiusMiles);
    const { matching, maybe } = this;
    matching.reset(q.offset + q.limit);
    maybe.reset(q.offset + q.limit);
    let matched = 0;
    let total = 0;
    const found = this.inBoxes;
    const count = this.pointsIn(boxes);
    for (let k = 0; k < count; k++) {
      const p = found[k] as number;
      if (p >= n) continue;
      // Filters first: a few bit operations, and most places fail them when there are filters.
      const unknown = classify(this.filters, p, filter);
      if (unknown === FAILS) continue;
      const chord2 = this.chord2(p, qx, qy, qz);
      if (chord2 > maxChord2) continue;
      total++;
      if (unknown === 0) {
        matched++;
        matching.offer(this.order[p] as number, chord2, p);
      } else maybe.offer(this.order[p] as number, chord2, p);
    }
    if (q.alsoInclude !== undefined && q.alsoInclude.length > 0) {
      const also = q.alsoInclude;
      for (let j = 0; j < also.length; j++) {
        const i = also[j] as number;
        // Each place once (the list is short: a ZIP code's places).
        if (j > 0 && also.lastIndexOf(i, j - 1) >= 0) continue;
        const p = this.position[i];
        if (p === undefined || i >= n) continue;
        const unknown = classify(this.filters, p, filter);
        if (unknown === FAILS) continue;
        const chord2 = this.chord2(p, qx, qy, qz);
        if (chord2 <= maxChord2) continue; // already counted by the radius
        total++;
        if (unknown === 0) {
          matched++;
          matching.offer(i, chord2, p);
        } else maybe.offer(i, chord2, p);
      }
    }
    // Every match before any maybe-match: the first `offset + limit` of that order are in the two heaps.
    matching.sort();
    maybe.sort();
    const matches = matching.length;
    const end = Math.min(matches + maybe.length, q.offset + q.limit);
    const hits: IndexHit[] = [];
    for (let k = q.offset; k < end; k++) {
      const m = k < matches;
      const p = m ? matching.position(k) : maybe.position(k - matches);
      hits.push({
        index: m ? matching.index(k) : maybe.index(k - matches),
        miles: haversineMiles(q.latitude, q.longitude, this.lat[p] as number, this.lon[p] as number),
        // A match matches every group; a maybe-match's groups are worked out again.
        unknown: m ? 0 : classify(this.filters, p, filter),
      });
    }
    return { total, matched, hits };
  }

  /**
   * The nearest place within `maxMiles` that matches every filter (not a maybe-match), leaving out the query's
   * radius, page and `alsoInclude`: the first hit of `search({ ...q, radiusMiles: maxMiles, alsoInclude: [],
   * offset: 0, limit: 1 })` when that hit is a match, found without reading every place out to `maxMiles`.
   *
   * It looks in widening circles, twice the query's radius first (the caller asks when nothing within the
   * radius matched), doubling out to `maxMiles`: the nearest match within a circle, if there is one, is the
   * nearest of all, and is picked among places equally near exactly as `search` picks (by its chord distance,
   * then index), so the answer is the same to the last tie. A circle reads only the filters' bits of each
   * place in its box (a nearest-first walk of the tree worked out the haversine distance of every place it
   * passed, and was a quarter of a search's time), and skips the parts of the tree where no place offers a
   * chosen value of every filter group (offeredBelow: for a rare filter, most of the country).
   */
  nearestMatch(q: IndexQuery, maxMiles: number): IndexHit | undefined {
    const filter = filterOf(q);
    const first = Math.max(2 * q.radiusMiles, 1);
    for (let miles = Math.min(first, maxMiles); ; miles = Math.min(2 * miles, maxMiles)) {
      const p = this.nearestWithin(filter, q.latitude, q.longitude, miles);
      if (p !== undefined) {
        const distance = haversineMiles(q.latitude, q.longitude, this.lat[p] as number, this.lon[p] as number);
        return { index: this.order[p] as number, miles: distance, unknown: 0 };
      }
      if (miles >= maxMiles) return undefined;
    }
  }

  /** The internal position of the nearest place within `radiusMiles` that matches every filter (ties by index). */
  private nearestWithin(filter: Filter, latitude: number, longitude: number, radiusMiles: number): number | undefined {
    const n = this.size;
    const { qx, qy, qz, maxChord2, boxes } = reach(latitude, longitude, radiusMiles);
    let best: number | undefined;
    let bestChord2 = Number.POSITIVE_INFINITY;
    const found = this.inBoxes;
    // Only the parts of the tree where some place offers a chosen value of every group.
    const count = this.pointsIn(
      boxes,
      filter.groups > 0 ? { below: this.offeredBelow, masks: filter.masks, groups: filter.groups } : undefined,
    );
    for (let k = 0; k < count; k++) {
      const p = found[k] as number;
      if (p >= n || classify(this.filters, p, filter) !== 0) continue;
      const chord2 = this.chord2(p, qx, qy, qz);
      if (chord2 > maxChord2 || chord2 > bestChord2) continue;
      if (chord2 < bestChord2 || (this.order[p] as number) < (this.order[best as number] as number)) {
        best = p;
        bestChord2 = chord2;
      }
    }
    return best;
  }

  /** Writes the tree's points in these boxes into `inBoxes`; returns how many. */
  private pointsIn(boxes: number[][], prune?: Parameters<typeof rangeInto>[7]): number {
    let count = 0;
    for (const b of boxes) {
      count = rangeInto(this.tree, b[0] as number, b[1] as number, b[2] as number, b[3] as number, this.inBoxes, count, prune);
    }
    return count;
  }

  /** The squared straight-line distance, through the earth, from internal position p to a unit vector. */
  private chord2(p: number, qx: number, qy: number, qz: number): number {
    const dx = (this.xyz[p * 3] as number) - qx;
    const dy = (this.xyz[p * 3 + 1] as number) - qy;
    const dz = (this.xyz[p * 3 + 2] as number) - qz;
    return dx * dx + dy * dy + dz * dz;
  }
}

/**
 * The obvious way: look at every facility, check each chosen concept one bit at a time, and compute its
 * haversine distance. Used as the correctness oracle in tests and as the baseline in the benchmark.
 */
export function fullScanSearch(data: IndexData, q: IndexQuery): IndexResult {
  const has = (set: Uint32Array, i: number, bit: number) => ((set[i * WORDS + (bit >> 5)] as number) & (1 << (bit & 31))) !== 0;
  /** -1: fails; otherwise the groups it may match. */
  const check = (i: number): number => {
    if (data.unconfirmed[i] === 1 && !q.includeUnconfirmed) return -1;
    if (data.custody[i] === 1 && !q.includeCustody) return -1;
    if (q.checkedSince && (data.checkedDay?.[i] ?? 0) < q.checkedSince) return -1;
    let unknown = 0;
    for (const [g, mask] of q.groupMasks.entries()) {
      const chosen = Array.from({ length: WORDS * 32 }, (_, bit) => bit).filter((bit) => has(mask, 0, bit));
      if (chosen.some((bit) => has(data.bits, i, bit))) continue;
      if (chosen.every((bit) => has(data.known, i, bit))) return -1;
      unknown += 2 ** g;
    }
    return unknown;
  };
  const found: IndexHit[] = [];
  const always = new Set(q.alsoInclude ?? []);
  for (let i = 0; i < data.latitude.length; i++) {
    const unknown = check(i);
    if (unknown < 0) continue;
    const miles = haversineMiles(q.latitude, q.longitude, data.latitude[i] as number, data.longitude[i] as number);
    if (miles <= q.radiusMiles || always.has(i)) found.push({ index: i, miles, unknown });
  }
  found.sort((a, b) => Number(a.unknown !== 0) - Number(b.unknown !== 0) || a.miles - b.miles || a.index - b.index);
  return {
    total: found.length,
    matched: found.filter((h) => h.unknown === 0).length,
    hits: found.slice(q.offset, q.offset + q.limit),
  };
}
