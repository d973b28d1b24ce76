import { normaliseCity, simplify } from '../../domain/place-names.ts';
import { NEAR_HINT } from '../../domain/search-query.ts';
import { US_STATES } from '../../lib/us-states.ts';

export interface Place {
  latitude: number;
  longitude: number;
  /** How we describe the place back to the person: "ZIP 21201 (Baltimore, MD)". */
  label: string;
  kind: 'zip' | 'city' | 'coordinates';
  /** The ZIP code typed, for a ZIP search: places whose address is in it are always found. */
  zip?: string;
}

export type GeocodeResult = { ok: true; place: Place } | { ok: false; message: string };

export interface GeoTables {
  zips: Map<string, { latitude: number; longitude: number; place: string; state: string }>;
  cities: Map<string, { city: string; state: string; latitude: number; longitude: number }>;
}

const STATE_BY_NAME = new Map(Object.entries(US_STATES).map(([code, name]) => [simplify(name), code]));

function stateCode(text: string): string | undefined {
  const t = simplify(text);
  if (t.length === 2 && US_STATES[t.toUpperCase()]) return t.toUpperCase();
  return STATE_BY_NAME.get(t);
}

/**
 * Turns what a person typed into a point, on our own server, from the bundled Census ZCTA and GeoNames tables:
 * a ZIP code ("21201", "21201-1234"), a city and state ("Baltimore, MD", "san juan pr", "Bayamón, Puerto Rico"),
 * or coordinates ("39.29,-76.61", as "Use my location" sends them). Nothing typed here leaves the server.
 */
export function geocode(input: string, tables: GeoTables): GeocodeResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: NEAR_HINT };

  const zip = text.match(/^(\d{5})(?:-\d{4})?$/);
  if (zip) {
    const found = tables.zips.get(zip[1] as string);
    if (!found)
      return {
        ok: false,
        message: `We couldn’t find the ZIP code ${zip[1]}. Check it, or try a nearby ZIP code or your city and state.`,
      };
    const where = found.place ? ` (${found.place}, ${found.state})` : found.state ? ` (${found.state})` : '';
    return {
      ok: true,
      place: { latitude: found.latitude, longitude: found.longitude, label: `ZIP ${zip[1]}${where}`, kind: 'zip', zip: zip[1] },
    };
  }
  if (/^\d+$/.test(text)) return { ok: false, message: 'A ZIP code has 5 digits, like 21201.' };

  const coordinates = text.match(/^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/);
  if (coordinates) {
    const latitude = Number(coordinates[1]);
    const longitude = Number(coordinates[2]);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return { ok: false, message: 'Those map coordinates are not on Earth. Try a ZIP code instead.' };
    }
    return {
      ok: true,
      place: {
        latitude,
        longitude,
        label: `your location (${latitude.toFixed(2)}, ${longitude.toFixed(2)})`,
        kind: 'coordinates',
      },
    };
  }

  // "City, ST", "City ST", "City, State Name", "City State Name"
  const comma = text.lastIndexOf(',');
  const candidates: [string, string][] = [];
  if (comma > 0) candidates.push([text.slice(0, comma), text.slice(comma + 1)]);
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  for (let take = 1; take <= 3 && take < words.length; take++) {
    candidates.push([words.slice(0, -take).join(' '), words.slice(-take).join(' ')]);
  }
  // Try every split: "Charleston West Virginia" must not stop at "Charleston West" in Virginia.
  let firstMiss: string | undefined;
  for (const [cityPart, statePart] of candidates) {
    const state = stateCode(statePart);
    if (!state || !cityPart.trim()) continue;
    const found = tables.cities.get(`${normaliseCity(cityPart)}|${state}`);
    if (found) {
      return {
        ok: true,
        place: { latitude: found.latitude, longitude: found.longitude, label: `${found.city}, ${found.state}`, kind: 'city' },
      };
    }
    firstMiss ??= `We couldn’t find “${cityPart.trim()}” in ${US_STATES[state]}. Check the spelling, or try a ZIP code.`;
  }
  if (firstMiss) return { ok: false, message: firstMiss };
  return { ok: false, message: `We couldn’t understand that place. ${NEAR_HINT}` };
}
