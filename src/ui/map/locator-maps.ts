import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { fill, messages, plural } from '../messages/index.ts';
import { classesAndIds } from '../page-css.ts';
import { esc, fitViewMiles, type GeoPoint, type MapDot, mapSvg, mercatorY } from './map-svg.ts';
import { type Outlines, usOutlines } from './outlines.ts';

/**
 * The two maps the locator shows, built only from what a page already has: the results map (the search point,
 * the radius and a numbered dot per result, each linking to its card) and a facility's small locator map.
 * Both are pictures beside the text, never instead of it: every fact on them is also written on the page.
 *
 * @module
 */

/** The id of the results map: result cards link back to it. */
export const RESULTS_MAP_ID = 'results-map';

/** The id of a result card, which its dot on the map links to. */
export const resultId = (n: number) => `result-${n}`;

/** What the results map needs from a search; the locator's SearchResult has this shape. */
export interface MappedSearch {
  origin: GeoPoint & { label: string };
  radiusMiles: number;
  total: number;
  results: { facility: { name: string; latitude: number | null; longitude: number | null }; miles: number }[];
}

/**
 * The results map, as a figure: numbered dots for the results on this page (numbered as the list is, from
 * `first`), the searched place and the search radius. Nothing at all when there are no results.
 */
export function ResultsMap(props: {
  search: MappedSearch;
  first: number;
  outlines?: Outlines;
  /** Where the classes and ids of the map's elements are added, for the page's CSS. */
  tokens?: Set<string>;
}): HtmlEscapedString | null {
  const { search, first } = props;
  // The results with a location, each a numbered dot linking to its card: one pass, no objects in between.
  const dots: MapDot[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  let last = first;
  const results = search.results;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as MappedSearch['results'][number];
    const { latitude, longitude } = r.facility;
    if (latitude === null || longitude === null) continue;
    const n = first + i;
    const kept = placeOnMap(r.facility, latitude);
    // A link to the card (#result-n), numbered as the list is and named by the place.
    dots.push({ latitude, longitude, label: '', result: { n, nameHtml: kept.nameHtml }, mercatorY: kept.mercatorY });
    if (r.miles > furthest) furthest = r.miles;
    last = n;
  }
  if (dots.length === 0) return null;
  const viewMiles = fitViewMiles(furthest, search.radiusMiles);
  const m = messages().locator.map;
  const range = fill(dots.length === 1 ? m.one : m.range, { first, last });
  const place = search.origin.label;
  const svg = mapSvg(
    {
      id: `${RESULTS_MAP_ID}-svg`,
      center: search.origin,
      viewMiles,
      circleMiles: search.radiusMiles,
      marker: true,
      role: 'group',
      title: fill(m.title, { place }),
      description: `${plural(m.total, search.total, { miles: search.radiusMiles, place })} ${fill(m.shown, { range })}`,
      dots,
    },
    props.outlines ?? usOutlines(),
  );
  const circle = viewMiles < search.radiusMiles ? m.zoomed : fill(m.circle, { miles: search.radiusMiles });
  const figure = `<figure class="map-figure" id="${RESULTS_MAP_ID}">${svg}<figcaption class="small">${fill(m.caption, { range, circle })}</figcaption></figure>`;
  if (props.tokens) {
    // Every results map has the same elements with classes and ids (a figure, an svg with its title and
    // description, the group of dots, a caption): read from the first one drawn.
    resultsMapTokens ??= [...classesAndIds(figure)];
    for (const t of resultsMapTokens) props.tokens.add(t);
  }
  return raw(figure);
}

let resultsMapTokens: string[] | undefined;

/**
 * What a place's dot needs that is the same on every map: its name escaped for markup and the Mercator y of
 * its latitude. Kept per facility object (a place is public, and a reloaded or corrected directory brings new
 * objects, so nothing here outlives the data it came from); never per search.
 */
const placesOnMap = new WeakMap<object, { name: string; latitude: number; nameHtml: string; mercatorY: number }>();

function placeOnMap(facility: { name: string }, latitude: number): { nameHtml: string; mercatorY: number } {
  let kept = placesOnMap.get(facility);
  if (kept === undefined || kept.name !== facility.name || kept.latitude !== latitude) {
    kept = { name: facility.name, latitude, nameHtml: esc(facility.name), mercatorY: mercatorY(latitude) };
    placesOnMap.set(facility, kept);
  }
  return kept;
}

/** A small map of where one place is, with its county and state lines; nothing if we have no location. */
export function FacilityMap(props: {
  facility: {
    name: string;
    city: string;
    state: string;
    latitude: number | null;
    longitude: number | null;
    locationMethod: string;
  };
  outlines?: Outlines;
}): HtmlEscapedString | null {
  const f = props.facility;
  if (f.latitude === null || f.longitude === null) return null;
  const approximate = f.locationMethod !== 'source';
  const where = `${f.city}, ${f.state}`;
  const m = messages().locator.map;
  const svg = mapSvg(
    {
      id: 'facility-map',
      center: { latitude: f.latitude, longitude: f.longitude },
      viewMiles: 15,
      // A facility is public: its lines may be kept. The results map is centred on what was searched, so not it.
      keepOutlines: true,
      role: 'img',
      width: 300,
      height: 200,
      title: fill(m.facilityTitle, { name: f.name }),
      description: fill(approximate ? m.facilityDotRough : m.facilityDot, { name: f.name, place: where }),
      dots: [{ latitude: f.latitude, longitude: f.longitude, label: '' }],
    },
    props.outlines ?? usOutlines(),
  );
  return raw(
    `<figure class="map-figure map-figure--small">${svg}<figcaption class="small">${approximate ? m.approximate : ''}${m.scale}</figcaption></figure>`,
  );
}
