import { properCity, simplify } from '../../domain/place-names.ts';
import { NEAR_HINT } from '../../domain/search-query.ts';
import { US_STATES } from '../../lib/us-states.ts';
import { type CityRow, distinct, Gazetteer, type NamedPlace } from './gazetteer.ts';

/** Another place the person may have meant, as a label and the `near` text that searches it. */
export interface PlaceSuggestion {
  label: string;
  near: string;
}

export interface Place {
  latitude: number;
  longitude: number;
  /** How we describe the place back to the person: "ZIP 21201 (Baltimore, MD)". */
  label: string;
  kind: 'zip' | 'city' | 'coordinates';
  /** For a city typed without its state: the same name in other states, likeliest first. */
  alternatives?: PlaceSuggestion[];
  /** The ZIP code typed, for a ZIP search: places whose address is in it are always found. */
  zip?: string;
}

export type GeocodeResult = { ok: true; place: Place } | { ok: false; message: string; suggestions: PlaceSuggestion[] };

interface ZipRow {
  latitude: number;
  longitude: number;
  place: string;
  state: string;
}

export interface GeoTables {
  zips: Map<string, ZipRow>;
  cities: Map<string, CityRow>;
}

/** The ZIP table and the city index: built once per directory file (see LocatorService). */
export interface Places {
  zips: GeoTables['zips'];
  cities: Gazetteer;
  /**
   * Every ZIP code's answer, made with the index, at the ZIP code as a number (00000 to 99999): a ZIP search
   * then makes no label (the city's capitals were a third of geocoding a ZIP), and no table of which ZIPs
   * were searched is kept. An array, not a map by the text: looking a ZIP up in a map of 33,000 missed the
   * processor's caches a few times over, a tenth of a search's time. Shared by every search of the ZIP, so
   * never written to (not frozen: with these and the hits' empty lists frozen, a results page took a tenth
   * longer to make).
   */
  zipAnswers: (GeocodeResult | undefined)[];
  /** Each ZIP code's state, the same way (undefined for a ZIP code we don't know, or one without a state). */
  zipStates: (string | undefined)[];
}

/** Where a five-digit ZIP code's entries are in Places' arrays. */
export const zipNumber = (zip: string): number => Number(zip);

export function indexPlaces(tables: GeoTables): Places {
  // Filled with undefined, not made with holes: an array this long with holes is kept as a dictionary.
  const zipAnswers = Array.from({ length: 100_000 }, (): GeocodeResult | undefined => undefined);
  const zipStates = Array.from({ length: 100_000 }, (): string | undefined => undefined);
  for (const [zip, found] of tables.zips) {
    if (!FIVE_DIGITS.test(zip)) continue;
    zipAnswers[zipNumber(zip)] = zipAnswer(zip, found);
    zipStates[zipNumber(zip)] = found.state || undefined;
  }
  return { zips: tables.zips, cities: new Gazetteer(tables.cities.values()), zipAnswers, zipStates };
}

/** A known ZIP code's answer: its point, and a label with its place and state. */
function zipAnswer(zip: string, found: ZipRow): GeocodeResult {
  const where = found.place ? ` (${properCity(found.place)}, ${found.state})` : found.state ? ` (${found.state})` : '';
  const place: Place = { latitude: found.latitude, longitude: found.longitude, label: `ZIP ${zip}${where}`, kind: 'zip', zip };
  const answer: GeocodeResult = { ok: true, place };
  return answer;
}

const compact = (text: string) => simplify(text).replace(/ /g, '');
const STATE_BY_NAME = new Map<string, string>([
  ...Object.entries(US_STATES).map(([code, name]): [string, string] => [compact(name), code]),
  ['virginislands', 'VI'],
  ['washingtondc', 'DC'],
]);

/** A state's postal code from "MD", "md", "Maryland", "N.Y." or "D.C.". */
function stateCode(text: string): string | undefined {
  const t = compact(text);
  if (t.length === 2 && US_STATES[t.toUpperCase()]) return t.toUpperCase();
  return STATE_BY_NAME.get(t);
}

const MAX_ALTERNATIVES = 3;
const suggestion = (p: NamedPlace): PlaceSuggestion => ({ label: p.label, near: p.label });
const cityPlace = (p: NamedPlace, others: NamedPlace[] = []): GeocodeResult => {
  const alternatives = others.filter((o) => o.label !== p.label).slice(0, MAX_ALTERNATIVES);
  return {
    ok: true,
    place: {
      latitude: p.latitude,
      longitude: p.longitude,
      label: p.label,
      kind: 'city',
      ...(alternatives.length > 0 ? { alternatives: alternatives.map(suggestion) } : {}),
    },
  };
};
const problem = (message: string, suggestions: NamedPlace[] = []): GeocodeResult => ({
  ok: false,
  message,
  suggestions: suggestions.map(suggestion),
});

const FIVE_DIGITS = /^\d{5}$/;
const unknownZip = (zip: string) =>
  problem(`We couldn’t find the ZIP code ${zip}. Check it, or try a nearby ZIP code or your city and state.`);

/**
 * Turns what a person typed into a point, on our own server, from the bundled Census ZCTA and GeoNames tables:
 * a ZIP code ("21201", "21201-1234", "Billings MT 59101"), a city and state ("Baltimore, MD", "san juan pr",
 * "O'Fallon, Missouri"), a city alone ("St. Louis": the likeliest one, with the others offered), or coordinates
 * ("39.29,-76.61", as "Use my location" sends them). What it cannot place comes back with a message and, when
 * some known name is close, suggestions. Nothing typed here leaves the server.
 */
export function geocode(input: string, places: Places): GeocodeResult {
  const text = input.trim();
  if (text === '') return problem(NEAR_HINT);

  // Five digits, the most common by far: looked up without making a match.
  if (FIVE_DIGITS.test(text)) return places.zipAnswers[zipNumber(text)] ?? unknownZip(text);
  const zip = text.match(/^(\d{5})(?:-\d{4})?$/);
  if (zip) {
    return places.zipAnswers[zipNumber(zip[1] as string)] ?? unknownZip(zip[1] as string);
  }
  if (/^\d+$/.test(text)) return problem('A ZIP code has 5 digits, like 21201.');

  // "Billings MT 59101", "Billings, MT 59101-1234": the ZIP says it best; the city is the fallback.
  const addressZip = text.match(/^(.*[^\d\s,])[\s,]+(\d{5})(?:-\d{4})?$/);
  if (addressZip) {
    const byZip = geocode(addressZip[2] as string, places);
    if (byZip.ok) return byZip;
    const byCity = geocode(addressZip[1] as string, places);
    return byCity.ok ? byCity : byZip;
  }

  const coordinates = text.match(/^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/);
  if (coordinates) {
    const latitude = Number(coordinates[1]);
    const longitude = Number(coordinates[2]);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return problem('Those map coordinates are not on Earth. Try a ZIP code instead.');
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

  return geocodeName(text, places.cities);
}

/** "City, ST", "City ST", "City, State Name", "City State Name", or a city or state alone. */
function geocodeName(text: string, cities: Gazetteer): GeocodeResult {
  const comma = text.lastIndexOf(',');
  const splits: [string, string][] = [];
  if (comma > 0) splits.push([text.slice(0, comma), text.slice(comma + 1)]);
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  for (let take = 1; take <= 3 && take < words.length; take++) {
    splits.push([words.slice(0, -take).join(' '), words.slice(-take).join(' ')]);
  }
  // Try every split: "Charleston West Virginia" must not stop at "Charleston West" in Virginia.
  const misses: { city: string; state: string }[] = [];
  for (const [cityPart, statePart] of splits) {
    const state = stateCode(statePart);
    const city = cityPart.replace(/[\s,]+$/, '').trim();
    if (!state || !city) continue;
    const found = cities.city(city, state);
    if (found) return cityPlace(found);
    if (!misses.some((m) => m.city === city && m.state === state)) misses.push({ city, state });
  }

  const named = cities.named(text);
  const state = stateCode(text);
  if (state) {
    // "New York" is a city in New York; "Virginia" is a state (and a town in Minnesota).
    const here = named.filter((p) => p.state === state);
    if (here[0]) return cityPlace(here[0]);
    const example = cities.largestIn(state);
    return problem(
      `${US_STATES[state]} is a state. Enter a ZIP code, or a city and state${example ? ` like “${example.label}”` : ''}.`,
      named,
    );
  }
  if (named[0]) return cityPlace(named[0], named.slice(1));

  const miss = misses[0];
  if (miss) {
    const suggestions = distinct(misses.flatMap((m) => cities.suggest(m.city, m.state))).slice(0, MAX_ALTERNATIVES);
    return problem(
      `We couldn’t find “${miss.city}” in ${US_STATES[miss.state]}. Check the spelling, or try a ZIP code.`,
      suggestions.length > 0 ? suggestions : cities.named(miss.city).slice(0, MAX_ALTERNATIVES),
    );
  }
  const suggestions = cities.suggest(text);
  if (suggestions.length > 0)
    return problem(`We couldn’t find a place called “${text}”. Check the spelling, or add the state.`, suggestions);
  return problem(`We couldn’t understand that place. ${NEAR_HINT}`);
}
