import KDBush from 'kdbush';
import { haversineMiles } from '../../lib/geo.ts';

/**
 * The in-memory search structure behind the locator: every facility's point in a KD-tree, its concepts as a
 * bit set, and its unit vector on the sphere. A search takes the radius's bounding box from the tree, keeps
 * the points whose straight-line chord is short enough (a few multiplications instead of the trigonometry
 * of haversine), checks the filters with bit masks, and keeps only the nearest `offset + limit` in a heap.
 * The total still counts every match, which is what pagination needs.
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
}

export interface IndexQuery {
  latitude: number;
  longitude: number;
  radiusMiles: number;
  /** One mask per filter group that has values: a facility must share a bit with every mask (OR within, AND across). */
  groupMasks: Uint32Array[];
  includeUnconfirmed: boolean;
  offset: number;
  limit: number;
}

export interface IndexResult {
  total: number;
  hits: { index: number; miles: number }[];
}

const EARTH_RADIUS_MILES = 3958.7613;
const TO_RAD = Math.PI / 180;

function matches(data: IndexData, i: number, q: IndexQuery): boolean {
  if (!q.includeUnconfirmed && data.unconfirmed[i] === 1) return false;
  for (const mask of q.groupMasks) {
    let shared = 0;
    for (let w = 0; w < WORDS; w++) shared |= (data.bits[i * WORDS + w] as number) & (mask[w] as number);
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

export class SearchIndex {
  private readonly tree: KDBush;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly z: Float64Array;

  constructor(readonly data: IndexData) {
    const n = data.latitude.length;
    this.tree = new KDBush(Math.max(n, 1));
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.z = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const lat = (data.latitude[i] as number) * TO_RAD;
      const lon = (data.longitude[i] as number) * TO_RAD;
      this.x[i] = Math.cos(lat) * Math.cos(lon);
      this.y[i] = Math.cos(lat) * Math.sin(lon);
      this.z[i] = Math.sin(lat);
      this.tree.add(data.longitude[i] as number, data.latitude[i] as number);
    }
    if (n === 0) this.tree.add(0, 0); // KDBush needs one point; it is never returned (no data behind it)
    this.tree.finish();
  }

  get size(): number {
    return this.data.latitude.length;
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
      for (const i of this.tree.range(box[0], box[1], box[2], box[3])) {
        if (i >= n) continue;
        const dx = (this.x[i] as number) - qx;
        const dy = (this.y[i] as number) - qy;
        const dz = (this.z[i] as number) - qz;
        const chord2 = dx * dx + dy * dy + dz * dz;
        if (chord2 > maxChord2 || !matches(this.data, i, q)) continue;
        total++;
        heap.offer(i, chord2);
      }
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
  for (let i = 0; i < data.latitude.length; i++) {
    if (!matches(data, i, q)) continue;
    const miles = haversineMiles(q.latitude, q.longitude, data.latitude[i] as number, data.longitude[i] as number);
    if (miles <= q.radiusMiles) found.push({ index: i, miles });
  }
  found.sort((a, b) => a.miles - b.miles || a.index - b.index);
  return { total: found.length, hits: found.slice(q.offset, q.offset + q.limit) };
}
