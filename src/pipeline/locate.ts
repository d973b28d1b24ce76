/**
 * Where a place goes on the map. The lists' own coordinates come first (newest list first), but only when
 * they pass two checks: the point is within 50 miles of the place's ZIP point or of its city's point, and it
 * is in the place's own state. Otherwise the place goes to its ZIP point (only a ZIP of its own state), then
 * its city's point. A place in a territory with no reference point at all (Palau, Micronesia) is not put on
 * the map at a guess: it gets no point, and the report counts it.
 *
 * @module
 */
import type { LocationMethod } from '../domain/facility.ts';
import { cityKey } from '../domain/place-names.ts';
import { haversineMiles } from '../lib/geo.ts';
import type { Centroid, Geography } from './geography.ts';
import type { StatePoints } from './zip-points.ts';

/** A source point further than this from both its ZIP's point and its city's point is a geocoding error. */
export const MAX_MILES_FROM_ZIP_AND_CITY = 50;
/** With neither a ZIP nor a city point to check against, a point must be this near some point of its state. */
export const MAX_MILES_FROM_STATE_POINT = 25;

export type LocationNote = 'far from its ZIP code and city' | 'outside its state' | 'no reference point';

export interface Location {
  latitude: number | null;
  longitude: number | null;
  locationSource: string | null;
  locationMethod: LocationMethod;
  /** Why a source point was not used, when one was not. */
  note: LocationNote | null;
}

export interface Placed {
  zip: string;
  city: string;
  state: string;
  /** Coordinates the lists give, newest list first. */
  points: readonly (Centroid & { source: string })[];
}

/** Chooses a place's point and says why the lists' own point was not used, if it was not. */
export function locate(place: Placed, geography: Geography, states: StatePoints): Location {
  const zipPoint = geography.zips.get(place.zip);
  const zipRef = zipPoint && (zipPoint.state === place.state || zipPoint.state === '') ? zipPoint : undefined;
  const city = geography.cities.get(cityKey(place.city, place.state));
  const cityRef = city?.source === 'geonames-cities' ? city : undefined;
  const within = (p: Centroid, ref: Centroid | undefined, miles: number) =>
    ref !== undefined && haversineMiles(p.latitude, p.longitude, ref.latitude, ref.longitude) <= miles;

  let note: LocationNote | null = null;
  if (!zipRef && !cityRef && !states.hasPoints(place.state)) {
    return {
      latitude: null,
      longitude: null,
      locationSource: null,
      locationMethod: 'none',
      note: place.points.length > 0 ? 'no reference point' : null,
    };
  }
  for (const p of place.points) {
    const near =
      zipRef || cityRef
        ? within(p, zipRef, MAX_MILES_FROM_ZIP_AND_CITY) || within(p, cityRef, MAX_MILES_FROM_ZIP_AND_CITY)
        : states.milesToState(p.latitude, p.longitude, place.state) <= MAX_MILES_FROM_STATE_POINT;
    if (!near) {
      note ??= 'far from its ZIP code and city';
      continue;
    }
    // A point within 8 miles of a ZIP or city point of its own state passes the state check by its own rule.
    const inState =
      within(p, zipRef, 8) || within(p, cityRef, 8) || states.contains(p.latitude, p.longitude, place.state) !== false;
    if (!inState) {
      note ??= 'outside its state';
      continue;
    }
    return { latitude: p.latitude, longitude: p.longitude, locationSource: p.source, locationMethod: 'source', note: null };
  }
  if (zipRef) {
    return {
      latitude: zipRef.latitude,
      longitude: zipRef.longitude,
      locationSource: zipRef.source,
      locationMethod: 'zip-centroid',
      note,
    };
  }
  if (city) {
    return {
      latitude: city.latitude,
      longitude: city.longitude,
      locationSource: city.source,
      locationMethod: 'city-centroid',
      note,
    };
  }
  return { latitude: null, longitude: null, locationSource: null, locationMethod: 'none', note };
}
