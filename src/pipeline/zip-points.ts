/**
 * The ZIP code points the build trusts, cross-checked. Each ZIP can have two points: the Census ZCTA
 * internal point and the GeoNames postal point (usually the post office or town centre). They mostly agree
 * (median 1.2 miles apart), but each is sometimes far off: the 2021 ZCTA point for Anchorage 99503 sits
 * 278 miles west of Anchorage, and GeoNames puts the Air Force Academy (80840) 56 miles out on the plains.
 *
 * Where both exist and agree, the GeoNames point is used: facilities lie nearer to it than to the ZCTA
 * point in two cases of three (median 1.2 against 1.6 miles; 95% within 4.6 against 7.7 miles), so it
 * stands better for where people in that ZIP are, and it is where a ZIP search starts. Where they disagree
 * by more than 20 miles, the point that the lists' own coordinates for that ZIP cluster around wins; then
 * the one nearer its town's centre; then GeoNames when it is not an estimate.
 *
 * The same points, with their states, answer "is this point in its own state?" for the location checks.
 *
 * @module
 */
import path from 'node:path';
import * as geokdbush from 'geokdbush';
import KDBush from 'kdbush';
import { cityKey } from '../domain/place-names.ts';
import { at } from '../lib/arrays.ts';
import { haversineMiles } from '../lib/geo.ts';
import { type Centroid, type Geography, loadGeography, type ZipRow } from './geography.ts';
import { normaliseZip } from './normalise.ts';
import { readCsv } from './source-readers.ts';
import type { LoadedSource } from './source-row.ts';

/** Two points for one ZIP this close agree; further apart, one of them is wrong. */
export const ZIP_POINTS_AGREE_MILES = 20;

const KM_PER_MILE = 1.609344;

export interface ZipConflict {
  zip: string;
  miles: number;
  kept: ZipRow['source'];
  /** What decided it: the lists' own points, the town centre, or GeoNames' accuracy. */
  by: 'facilities' | 'town' | 'accuracy';
}

interface PostalPoint extends Centroid {
  place: string;
  state: string;
  accuracy: string;
}

/** States of ZIP prefixes GeoNames' US file leaves out. */
function stateFromZip(zip: string): string {
  if (zip.startsWith('008')) return 'VI';
  if (/^00[679]/.test(zip)) return 'PR';
  if (/^969[1-3]/.test(zip)) return 'GU';
  return '';
}

/**
 * Replaces each ZIP's point in `geography.zips` with the cross-checked one and returns the ZIPs whose two
 * points disagreed. `support` holds the coordinates the facility lists give for rows in each ZIP.
 */
export function crossCheckZips(
  geography: Geography,
  sourcesDir: string,
  support: ReadonlyMap<string, readonly Centroid[]>,
): ZipConflict[] {
  const postal = new Map<string, PostalPoint>();
  for (const r of readCsv(path.join(sourcesDir, 'us_postal_codes_geonames.csv')).records) {
    if (r.latitude === '' || r.longitude === '') continue;
    postal.set(r.zip as string, {
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      place: r.place as string,
      state: r.state as string,
      accuracy: r.accuracy as string,
    });
  }
  const towns = new Map<string, Centroid>();
  for (const r of readCsv(path.join(sourcesDir, 'us_city_centroids_geonames.csv')).records) {
    // A town averaged from one or two postal points repeats their error; three or more make a fair check.
    if (Number(r.n_postal_codes) >= 3)
      towns.set(cityKey(r.city as string, r.state as string), { latitude: Number(r.latitude), longitude: Number(r.longitude) });
  }
  const conflicts: ZipConflict[] = [];
  for (const [zip, row] of geography.zips) {
    const g = postal.get(zip);
    if (row.source !== 'zcta-2021') continue; // GeoNames only: nothing to check against
    if (!row.state) row.state = stateFromZip(zip);
    if (!g) continue;
    const miles = haversineMiles(row.latitude, row.longitude, g.latitude, g.longitude);
    const useGeoNames = () =>
      geography.zips.set(zip, { ...row, latitude: g.latitude, longitude: g.longitude, source: 'geonames-postal' });
    if (miles <= ZIP_POINTS_AGREE_MILES) {
      useGeoNames();
      continue;
    }
    const near = (p: Centroid) =>
      (support.get(zip) ?? []).filter(
        (s) => haversineMiles(s.latitude, s.longitude, p.latitude, p.longitude) <= ZIP_POINTS_AGREE_MILES,
      ).length;
    const [forZcta, forGeoNames] = [near(row), near(g)];
    const town = towns.get(cityKey(g.place, g.state));
    let keepGeoNames: boolean;
    let by: ZipConflict['by'];
    if (forZcta !== forGeoNames) {
      keepGeoNames = forGeoNames > forZcta;
      by = 'facilities';
    } else if (town) {
      const d = (p: Centroid) => haversineMiles(p.latitude, p.longitude, town.latitude, town.longitude);
      keepGeoNames = d(g) <= d(row);
      by = 'town';
    } else {
      keepGeoNames = g.accuracy === '4';
      by = 'accuracy';
    }
    if (keepGeoNames) useGeoNames();
    conflicts.push({ zip, miles: Math.round(miles), kept: keepGeoNames ? 'geonames-postal' : 'zcta-2021', by });
  }
  return conflicts;
}

/** The coordinates the lists give for rows in each ZIP code: evidence for which ZIP point is right. */
export function pointsByZip(sources: readonly LoadedSource[]): Map<string, Centroid[]> {
  const out = new Map<string, Centroid[]>();
  for (const { rows } of sources) {
    for (const r of rows) {
      const zip = normaliseZip(r.zip);
      if (!zip || r.latitude === undefined || r.longitude === undefined || !Number.isFinite(r.latitude)) continue;
      const list = out.get(zip) ?? [];
      list.push({ latitude: r.latitude, longitude: r.longitude });
      out.set(zip, list);
    }
  }
  return out;
}

/** The ZIP and city tables with each ZIP's point cross-checked against the lists' own coordinates. */
export function loadCheckedGeography(
  sourcesDir: string,
  sources: readonly LoadedSource[],
): Geography & { zipConflicts: ZipConflict[] } {
  const geography = loadGeography(sourcesDir);
  const zipConflicts = crossCheckZips(geography, sourcesDir, pointsByZip(sources));
  return Object.assign(geography, { zipConflicts });
}

/**
 * Every ZIP point with its state, for "is this point in its own state?". Without state outlines, a point is
 * taken to be in a state when its nearest ZIP point is, or when a ZIP point of that state is at most 8 miles further
 * than the nearest one (a point near a state line).
 */
export class StatePoints {
  private readonly index: KDBush;
  private readonly states: string[];
  private readonly points: Centroid[];
  private readonly covered: Set<string>;

  constructor(zips: Iterable<ZipRow>) {
    const points = [...zips].filter((z) => z.state);
    this.points = points;
    this.states = points.map((p) => p.state);
    this.covered = new Set(this.states);
    this.index = new KDBush(Math.max(points.length, 1));
    for (const p of points) this.index.add(p.longitude, p.latitude);
    if (points.length === 0) this.index.add(0, 0);
    this.index.finish();
  }

  /** Does this state (or territory) have any reference point at all? Palau and Micronesia have none. */
  hasPoints(state: string): boolean {
    return this.covered.has(state);
  }

  /**
   * Is the point in the state? `undefined` when no ZIP point lies within 40 miles to judge by.
   * @example statePoints.contains(41.3, -72.9, 'CT') // true
   */
  contains(latitude: number, longitude: number, state: string): boolean | undefined {
    const [nearest] = geokdbush.around(this.index, longitude, latitude, 1, 40 * KM_PER_MILE);
    if (nearest === undefined || nearest >= this.states.length) return undefined;
    if (this.states[nearest] === state) return true;
    const nearestKm = this.km(latitude, longitude, nearest);
    const same = geokdbush.around(
      this.index,
      longitude,
      latitude,
      1,
      nearestKm + 8 * KM_PER_MILE,
      (i) => this.states[i] === state,
    );
    return same.length > 0;
  }

  /** Miles to the nearest reference point of the state, or Infinity. */
  milesToState(latitude: number, longitude: number, state: string): number {
    const [i] = geokdbush.around(this.index, longitude, latitude, 1, Infinity, (k) => this.states[k] === state);
    if (i === undefined || i >= this.points.length) return Number.POSITIVE_INFINITY;
    return this.km(latitude, longitude, i) / KM_PER_MILE;
  }

  private km(latitude: number, longitude: number, i: number): number {
    const p = at(this.points, i, 'reference point');
    return geokdbush.distance(longitude, latitude, p.longitude, p.latitude);
  }
}
