import KDBush from 'kdbush';
import { haversineMiles } from '../../lib/geo.ts';

/**
 * The in-memory search structure behind the locator: every facility's point in a KD-tree, its concepts as a
 * bit set, and its unit vector on the sphere. A search takes the radius's bounding box from the tree, keeps
 * the points whose straight-line chord is short enough (a few multiplications instead of the trigonometry
 * of haversine), checks the filters with bit masks, and keeps only the nearest `offset + limit` in a heap.
 * The total still counts every match, which is what pagination needs.
 *
 * A search can also name places to include wherever they are (the places whose address is in the ZIP code
 * a person typed): they pass the same filters and are ranked by their true distance with everything else.
 *
 * @module
 */

export const WORDS = 2; // 64 concept bits; the filter vocabulary has under 40 concepts

export interface IndexData {
  latitude: Float64Array;
  longitude: Float64Array;
  /** WORDS Uint32 words per facility: bit i is CONCEPTS[i]. */
  bits: Uint32Array;
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

export interface IndexResult {
  total: number;
  hits: { index: number; miles: number }[];
}

const EARTH_RADIUS_MILES = 3958.7613;
const TO_RAD = Math.PI / 180;

/** Does place i pass the query's filters? Shared by the index and the full scan, so both mean the same. */
function matches(
  bits: Uint32Array,
  unconfirmed: Uint8Array,
  custody: Uint8Array,
  checked: Uint32Array | undefined,
  i: number,
  q: IndexQuery,
): boolean {
  if (!q.includeUnconfirmed && unconfirmed[i] === 1) return false;
  if (!q.includeCustody && custody[i] === 1) return false;
  if (q.checkedSince && (checked?.[i] ?? 0) < q.checkedSince) return false;
  for (const mask of q.groupMasks) {
    let shared = 0;
    for (let w = 0; w < WORDS; w++) shared |= (bits[i * WORDS + w] as number) & (mask[w] as number);
    if (shared === 0) return false;
  }
  return true;
}

/** A max-heap on distance that keeps the `size` nearest hits seen so far. */
class NearestHeap {
  private readonly idx: number[] = [];
  private readonly key: number[] = [];
  constructor(private readonly size: number) {}

  offer(index: number, key: number): void {
    if (this.size === 0) return;
    if (this.idx.length < this.size) {
      this.idx.push(index);
      this.key.push(key);
      this.up(this.idx.length - 1);
    } else if (key < (this.key[0] as number) || (key === this.key[0] && index < (this.idx[0] as number))) {
      this.idx[0] = index;
      this.key[0] = key;
      this.down(0);
    }
  }

  /** Hits nearest first; ties broken by index so results are stable. */
  sorted(): { index: number; key: number }[] {
    return this.idx.map((index, i) => ({ index, key: this.key[i] as number })).sort((a, b) => a.key - b.key || a.index - b.index);
  }

  private greater(a: number, b: number): boolean {
    const ka = this.key[a] as number;
    const kb = this.key[b] as number;
    return ka > kb || (ka === kb && (this.idx[a] as number) > (this.idx[b] as number));
  }
  private swap(a: number, b: number): void {
    [this.idx[a], this.idx[b]] = [this.idx[b] as number, this.idx[a] as number];
    [this.key[a], this.key[b]] = [this.key[b] as number, this.key[a] as number];
  }
  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.greater(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }
  private down(i: number): void {
    const n = this.idx.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let largest = i;
      if (l < n && this.greater(l, largest)) largest = l;
      if (r < n && this.greater(r, largest)) largest = r;
      if (largest === i) return;
      this.swap(i, largest);
      i = largest;
    }
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

export class SearchIndex {
  private readonly tree: KDBush;
  /** Internal position -> the caller's index. Points are stored in Morton (Z-curve) order, so places near
   * each other on the map are near each other in memory and a search reads few cache lines. */
  private readonly order: Uint32Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly xyz: Float64Array;
  private readonly bits: Uint32Array;
  private readonly unconfirmed: Uint8Array;
  private readonly custody: Uint8Array;
  private readonly checkedDay: Uint32Array;
  /** The caller's index -> internal position. */
  private readonly position: Uint32Array;

  constructor(readonly data: IndexData) {
    const n = data.latitude.length;
    const morton = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const qx = Math.floor((((data.longitude[i] as number) + 180) / 360) * 0xffff);
      const qy = Math.floor((((data.latitude[i] as number) + 90) / 180) * 0xffff);
      morton[i] = (spread(qx) | (spread(qy) << 1)) >>> 0;
    }
    this.order = Uint32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (morton[a] as number) - (morton[b] as number) || a - b,
    );
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.xyz = new Float64Array(n * 3);
    this.bits = new Uint32Array(n * WORDS);
    this.unconfirmed = new Uint8Array(n);
    this.custody = new Uint8Array(n);
    this.checkedDay = new Uint32Array(n);
    this.position = new Uint32Array(n);
    this.tree = new KDBush(Math.max(n, 1));
    for (let p = 0; p < n; p++) {
      const i = this.order[p] as number;
      const latDeg = data.latitude[i] as number;
      const lonDeg = data.longitude[i] as number;
      this.lat[p] = latDeg;
      this.lon[p] = lonDeg;
      const lat = latDeg * TO_RAD;
      const lon = lonDeg * TO_RAD;
      this.xyz[p * 3] = Math.cos(lat) * Math.cos(lon);
      this.xyz[p * 3 + 1] = Math.cos(lat) * Math.sin(lon);
      this.xyz[p * 3 + 2] = Math.sin(lat);
      for (let w = 0; w < WORDS; w++) this.bits[p * WORDS + w] = data.bits[i * WORDS + w] as number;
      this.unconfirmed[p] = data.unconfirmed[i] as number;
      this.custody[p] = data.custody[i] as number;
      this.checkedDay[p] = data.checkedDay?.[i] ?? 0;
      this.position[i] = p;
      this.tree.add(lonDeg, latDeg);
    }
    if (n === 0) this.tree.add(0, 0); // KDBush needs one point; it is never returned (no data behind it)
    this.tree.finish();
  }

  get size(): number {
    return this.lat.length;
  }

  search(q: IndexQuery): IndexResult {
    const n = this.size;
    const lat = q.latitude * TO_RAD;
    const lon = q.longitude * TO_RAD;
    const qx = Math.cos(lat) * Math.cos(lon);
    const qy = Math.cos(lat) * Math.sin(lon);
    const qz = Math.sin(lat);
    // A point is within the radius when its chord to the origin is short enough: chord = 2 sin(angle / 2).
    const angle = q.radiusMiles / EARTH_RADIUS_MILES;
    const maxChord2 = (2 * Math.sin(angle / 2)) ** 2 * (1 + 1e-12);

    const dLat = (angle / TO_RAD) * 1.0001;
    const cosLat = Math.cos(Math.min(89.9, Math.abs(q.latitude) + dLat) * TO_RAD);
    const dLon = Math.min(180, dLat / Math.max(cosLat, 1e-6));
    const boxes: [number, number, number, number][] = [];
    const minLon = q.longitude - dLon;
    const maxLon = q.longitude + dLon;
    const minLat = Math.max(-90, q.latitude - dLat);
    const maxLat = Math.min(90, q.latitude + dLat);
    if (dLon >= 180) boxes.push([-180, minLat, 180, maxLat]);
    else {
      boxes.push([Math.max(-180, minLon), minLat, Math.min(180, maxLon), maxLat]);
      // Around the date line (the Aleutians, Guam), search the other side too.
      if (minLon < -180) boxes.push([minLon + 360, minLat, 180, maxLat]);
      if (maxLon > 180) boxes.push([-180, minLat, maxLon - 360, maxLat]);
    }

    const heap = new NearestHeap(q.offset + q.limit);
    let total = 0;
    for (const box of boxes) {
      const found = this.tree.range(box[0], box[1], box[2], box[3]);
      for (let k = 0; k < found.length; k++) {
        const p = found[k] as number;
        // Filters first: a few bit operations, and most places fail them when there are filters.
        if (p >= n || !matches(this.bits, this.unconfirmed, this.custody, this.checkedDay, p, q)) continue;
        const dx = (this.xyz[p * 3] as number) - qx;
        const dy = (this.xyz[p * 3 + 1] as number) - qy;
        const dz = (this.xyz[p * 3 + 2] as number) - qz;
        const chord2 = dx * dx + dy * dy + dz * dz;
        if (chord2 > maxChord2) continue;
        total++;
        heap.offer(this.order[p] as number, chord2);
      }
    }
    for (const i of new Set(q.alsoInclude ?? [])) {
      const p = this.position[i];
      if (p === undefined || i >= n || !matches(this.bits, this.unconfirmed, this.custody, this.checkedDay, p, q)) continue;
      const dx = (this.xyz[p * 3] as number) - qx;
      const dy = (this.xyz[p * 3 + 1] as number) - qy;
      const dz = (this.xyz[p * 3 + 2] as number) - qz;
      const chord2 = dx * dx + dy * dy + dz * dz;
      if (chord2 <= maxChord2) continue; // already counted by the radius
      total++;
      heap.offer(i, chord2);
    }
    const hits = heap
      .sorted()
      .slice(q.offset)
      .map(({ index }) => ({
        index,
        miles: haversineMiles(q.latitude, q.longitude, this.data.latitude[index] as number, this.data.longitude[index] as number),
      }));
    return { total, hits };
  }
}

/**
 * The obvious way: look at every facility and compute its haversine distance. Used as the correctness oracle in
 * tests and as the baseline in the benchmark.
 */
export function fullScanSearch(data: IndexData, q: IndexQuery): IndexResult {
  const found: { index: number; miles: number }[] = [];
  const always = new Set(q.alsoInclude ?? []);
  for (let i = 0; i < data.latitude.length; i++) {
    if (!matches(data.bits, data.unconfirmed, data.custody, data.checkedDay, i, q)) continue;
    const miles = haversineMiles(q.latitude, q.longitude, data.latitude[i] as number, data.longitude[i] as number);
    if (miles <= q.radiusMiles || always.has(i)) found.push({ index: i, miles });
  }
  found.sort((a, b) => a.miles - b.miles || a.index - b.index);
  return { total: found.length, hits: found.slice(q.offset, q.offset + q.limit) };
}
