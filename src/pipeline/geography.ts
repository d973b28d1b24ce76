import fs from 'node:fs';
import path from 'node:path';
import { cityKey } from '../domain/place-names.ts';
import { at } from '../lib/arrays.ts';
import { haversineMiles } from '../lib/geo.ts';
import { PLACE_ALIASES } from './place-aliases.ts';
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
  /**
   * GeoNames; Puerto Rico's municipios (Census, pr_municipios_census.csv: GeoNames has no PR); a name people
   * use for a GeoNames place or county (src/pipeline/place-aliases.ts); or, for places none of these has (the
   * territories, PR towns that are not municipios, towns USPS files under a neighbour), our facilities.
   */
  source: 'geonames-cities' | 'census-pr-municipios' | 'place-aliases' | 'facility-locations';
  /** How many postal codes share the name (GeoNames): a rough size, to pick the likeliest of same-named places. */
  postalCodes: number;
  /** How many directory facilities list this place as their city. */
  facilities: number;
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
      postalCodes: Number(r.n_postal_codes),
      facilities: 0,
    });
  }
  for (const row of loadPrMunicipios(sourcesDir, zips)) if (!cities.has(row.cityKey)) cities.set(row.cityKey, row);
  // A cut-down geography (the test fixtures) may lack an alias's city; the bundled tables have every one
  // (geography.test.ts checks that).
  for (const alias of PLACE_ALIASES) {
    const row = aliasRow(alias, cities, geonames, zips);
    if (row) cities.set(row.cityKey, row);
  }
  return { zips, cities };
}

/** An alias's row: the point and size of the city it names, or the average point of its county's ZIP codes. */
function aliasRow(
  alias: (typeof PLACE_ALIASES)[number],
  cities: Map<string, CityRow>,
  geonames: Record<string, string>[],
  zips: Map<string, ZipRow>,
): CityRow | undefined {
  const key = cityKey(alias.name, alias.state);
  const base = {
    cityKey: key,
    city: alias.label ?? alias.name,
    state: alias.state,
    source: 'place-aliases' as const,
    facilities: 0,
  };
  if (alias.sameAs) {
    const target = cities.get(cityKey(alias.sameAs, alias.state));
    if (!target) return undefined;
    return { ...base, latitude: target.latitude, longitude: target.longitude, postalCodes: target.postalCodes };
  }
  const points = geonames
    .filter((r) => r.state === alias.state && r.county === alias.county)
    .flatMap((r) => {
      const zip = zips.get(r.zip as string);
      return zip ? [zip] : [];
    });
  if (points.length === 0) return undefined;
  const mean = (pick: (z: ZipRow) => number) => Number((points.reduce((s, z) => s + pick(z), 0) / points.length).toFixed(5));
  return { ...base, latitude: mean((z) => z.latitude), longitude: mean((z) => z.longitude), postalCodes: points.length };
}

/** The file of Puerto Rico's municipios (scripts/build-pr-municipios.ts), named as Census spells them. */
export const PR_MUNICIPIOS_FILE = 'pr_municipios_census.csv';

/**
 * Puerto Rico's 78 municipios, each a city row at the middle of its main land, so "Cataño, PR" is found even
 * where no facility lists it. Their size is the number of PR ZIP codes whose point lies within 5 miles (at
 * least 1), so a typo prefers a bigger town. Optional: an older sources folder without the file has no PR towns but our
 * facilities'.
 */
function loadPrMunicipios(sourcesDir: string, zips: Map<string, ZipRow>): CityRow[] {
  const file = path.join(sourcesDir, PR_MUNICIPIOS_FILE);
  if (!fs.existsSync(file)) return [];
  const prZips = [...zips.values()].filter((z) => z.state === 'PR');
  return readCsv(file).records.map((r) => {
    const latitude = Number(r.latitude);
    const longitude = Number(r.longitude);
    const near = prZips.filter((z) => haversineMiles(latitude, longitude, z.latitude, z.longitude) <= 5).length;
    return {
      cityKey: cityKey(r.municipio as string, 'PR'),
      city: r.municipio as string,
      state: 'PR',
      latitude,
      longitude,
      source: 'census-pr-municipios' as const,
      postalCodes: Math.max(1, near),
      facilities: 0,
    };
  });
}

function stateFromZipPrefix(zip: string): string {
  if (zip.startsWith('008')) return 'VI';
  if (zip.startsWith('006') || zip.startsWith('007') || zip.startsWith('009')) return 'PR';
  return '';
}

/** How far a facility may sit from its city's point before one of the two is suspect: the build's own
 * tolerance for a facility's coordinates against its ZIP code (MAX_MILES_FROM_ZIP in merge.ts). */
const FAR_MILES = 60;

interface FacilityPlace {
  city: string;
  state: string;
  latitude: number | null;
  longitude: number | null;
  locationMethod: string;
  status: 'confirmed' | 'unconfirmed';
}

/**
 * The middle of the biggest group of points within FAR_MILES of one another, so one listing with wrong
 * coordinates (a 2015 Palau listing placed in Mexico) cannot drag a town's point into the sea. Ties go to the
 * earlier point: callers list confirmed facilities first.
 */
function clusterPoint(points: Centroid[]): Centroid {
  const near = (a: Centroid) =>
    points.filter((b) => haversineMiles(a.latitude, a.longitude, b.latitude, b.longitude) <= FAR_MILES);
  let best: Centroid[] = [];
  for (const p of points) {
    const group = near(p);
    if (group.length > best.length) best = group;
  }
  const mean = (pick: (c: Centroid) => number) => Number((best.reduce((sum, c) => sum + pick(c), 0) / best.length).toFixed(5));
  return { latitude: mean((c) => c.latitude), longitude: mean((c) => c.longitude) };
}

/** The way most listings spell a town, preferring a spelling with its accents ("Bayamón" over "Bayamon"). */
function spelling(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const accented = (n: string) => (n.normalize('NFD') !== n ? 1 : 0);
  return [...counts].sort(([a, x], [b, y]) => accented(b) - accented(a) || y - x)[0]?.[0] ?? '';
}

/**
 * Makes every facility's own "City, ST" a place the locator can find, and counts the facilities in each city.
 *
 * - GeoNames' US file has no Puerto Rico, Guam or Virgin Islands, and USPS files some towns under a neighbour
 *   (Lakewood, CO is "Denver"; Tigard, OR is "Portland"). A city GeoNames lacks gets the point of the
 *   facilities listed there: those with their own coordinates when any have them, else their ZIP points.
 *   Facilities with no location at all add no city.
 * - A city written with more after a comma ("Jessup, MD" in Maryland, "Wailuku, Maui") is the town before
 *   the comma, when that is a place we know.
 * - A few GeoNames points are placeholders (both "Jber, AK" ZIP codes sit in Bristol Bay, 300 miles from the
 *   base). When every facility listed in a city with its own coordinates is more than FAR_MILES from the
 *   GeoNames point, the facilities' point is used instead.
 *
 * Returns how many cities were added.
 */
export function addFacilityCityCentroids(geography: Geography, facilities: FacilityPlace[]): number {
  const byCity = new Map<string, FacilityPlace[]>();
  const ordered = [...facilities].sort((a, b) => (a.status === b.status ? 0 : a.status === 'confirmed' ? -1 : 1));
  for (const f of ordered) {
    const key = cityKey(f.city, f.state);
    const list = byCity.get(key);
    if (list) list.push(f);
    else byCity.set(key, [f]);
  }
  let added = 0;
  for (const [key, listed] of [...byCity].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const located = listed.filter((f) => f.latitude !== null && f.longitude !== null && f.locationMethod !== 'none');
    const own = located.filter((f) => f.locationMethod === 'source');
    const points = (own.length > 0 ? own : located) as Centroid[];
    const known = geography.cities.get(key);
    if (known) {
      known.facilities = listed.length;
      const far = (f: Centroid) => haversineMiles(f.latitude, f.longitude, known.latitude, known.longitude) > FAR_MILES;
      if (known.source === 'geonames-cities' && own.length > 0 && (own as Centroid[]).every(far)) {
        Object.assign(known, clusterPoint(own as Centroid[]), { source: 'facility-locations' });
      }
      continue;
    }
    const first = at(listed, 0, 'listed place');
    // "Jessup, MD" in MD, "Wailuku, Maui" in HI: the town before the comma, when we know it, is the place.
    const town = geography.cities.get(cityKey(first.city.split(',')[0] as string, first.state));
    if (town) {
      geography.cities.set(key, { ...town, cityKey: key, source: 'place-aliases', facilities: listed.length });
      added++;
      continue;
    }
    if (points.length === 0) continue;
    geography.cities.set(key, {
      cityKey: key,
      city: spelling(listed.map((f) => f.city.trim())),
      state: first.state,
      ...clusterPoint(points),
      source: 'facility-locations',
      postalCodes: 0,
      facilities: listed.length,
    });
    added++;
  }
  return added;
}
