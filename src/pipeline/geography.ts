import path from 'node:path';
import { cityKey } from '../domain/place-names.ts';
import { readCsv } from './source-readers.ts';

export interface Centroid {
  latitude: number;
  longitude: number;
}

export interface ZipRow extends Centroid {
  zip: string;
  /** USPS place name and state, from GeoNames; empty for ZCTAs GeoNames does not list (most of PR). */
  place: string;
  state: string;
  source: 'zcta-2021' | 'geonames-postal';
}

export interface CityRow extends Centroid {
  cityKey: string;
  city: string;
  state: string;
  /** GeoNames, or for places GeoNames' US file leaves out (Puerto Rico, the territories), our facilities. */
  source: 'geonames-cities' | 'facility-locations';
}

export interface Geography {
  zips: Map<string, ZipRow>;
  cities: Map<string, CityRow>;
}

export { cityKey };

/**
 * Loads the bundled ZIP and city tables. A ZIP's point comes from the Census ZCTA file when it has one
 * (public domain, the Census internal point) and from GeoNames otherwise (PO-box-only and unique ZIPs);
 * the place name and state always come from GeoNames when it knows the ZIP.
 */
export function loadGeography(sourcesDir: string): Geography {
  const zips = new Map<string, ZipRow>();
  const geonames = readCsv(path.join(sourcesDir, 'us_postal_codes_geonames.csv')).records;
  const places = new Map<string, { place: string; state: string }>();
  for (const r of geonames) {
    places.set(r.zip as string, { place: r.place as string, state: r.state as string });
  }
  for (const r of readCsv(path.join(sourcesDir, 'zcta_centroids_census_2021.csv')).records) {
    const place = places.get(r.zip as string);
    zips.set(r.zip as string, {
      zip: r.zip as string,
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      place: place?.place ?? '',
      // ZCTAs starting 006-009 are Puerto Rico (and 008 the Virgin Islands), which GeoNames' US file leaves out.
      state: place?.state ?? stateFromZipPrefix(r.zip as string),
      source: 'zcta-2021',
    });
  }
  for (const r of geonames) {
    if (zips.has(r.zip as string)) continue;
    if (r.latitude === '' || r.longitude === '') continue;
    zips.set(r.zip as string, {
      zip: r.zip as string,
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      place: r.place as string,
      state: r.state as string,
      source: 'geonames-postal',
    });
  }
  const cities = new Map<string, CityRow>();
  for (const r of readCsv(path.join(sourcesDir, 'us_city_centroids_geonames.csv')).records) {
    const key = cityKey(r.city as string, r.state as string);
    if (cities.has(key)) continue;
    cities.set(key, {
      cityKey: key,
      city: r.city as string,
      state: r.state as string,
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      source: 'geonames-cities',
    });
  }
  return { zips, cities };
}

function stateFromZipPrefix(zip: string): string {
  if (zip.startsWith('008')) return 'VI';
  if (zip.startsWith('006') || zip.startsWith('007') || zip.startsWith('009')) return 'PR';
  return '';
}

/**
 * GeoNames' US file has no Puerto Rico, Guam or Virgin Islands, so "San Juan, PR" would find nothing. For
 * states with no GeoNames cities at all, a city's point is the average of the facilities listed there with
 * their own coordinates. Returns how many cities were added.
 */
export function addFacilityCityCentroids(
  geography: Geography,
  facilities: { city: string; state: string; latitude: number | null; longitude: number | null; locationMethod: string }[],
): number {
  const covered = new Set([...geography.cities.values()].map((c) => c.state));
  const sums = new Map<string, { city: string; state: string; lat: number; lon: number; n: number }>();
  for (const f of facilities) {
    if (covered.has(f.state) || f.locationMethod !== 'source' || f.latitude === null || f.longitude === null) continue;
    const key = cityKey(f.city, f.state);
    const sum = sums.get(key) ?? { city: f.city, state: f.state, lat: 0, lon: 0, n: 0 };
    sum.lat += f.latitude;
    sum.lon += f.longitude;
    sum.n++;
    sums.set(key, sum);
  }
  for (const [key, s] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) {
    geography.cities.set(key, {
      cityKey: key,
      city: s.city,
      state: s.state,
      latitude: Number((s.lat / s.n).toFixed(5)),
      longitude: Number((s.lon / s.n).toFixed(5)),
      source: 'facility-locations',
    });
  }
  return sums.size;
}
