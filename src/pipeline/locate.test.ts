import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { FIXTURE_SOURCES } from '../../test/support/source-rows.ts';
import { haversineMiles } from '../lib/geo.ts';
import type { Geography, ZipRow } from './geography.ts';
import { locate } from './locate.ts';
import { readBundledSource } from './source-readers.ts';
import { BUNDLED_SOURCES } from './sources.ts';
import { loadCheckedGeography, StatePoints, type ZipConflict } from './zip-points.ts';

let geography: Geography & { zipConflicts: ZipConflict[] };
let states: StatePoints;
before(() => {
  const sources = BUNDLED_SOURCES.map((s) => readBundledSource(s.info, s.shape, FIXTURE_SOURCES));
  geography = loadCheckedGeography(FIXTURE_SOURCES, sources);
  states = new StatePoints(geography.zips.values());
});
const miles = (a: { latitude: number | null; longitude: number | null }, lat: number, lon: number) =>
  haversineMiles(a.latitude as number, a.longitude as number, lat, lon);

describe('ZIP points, cross-checked', () => {
  const zip = (z: string) => geography.zips.get(z) as NonNullable<ReturnType<typeof geography.zips.get>>;
  test('Anchorage 99503 and Fairbanks 99701: the GeoNames point, not the Census point hundreds of miles away', () => {
    assert.ok(miles(zip('99503'), 61.19, -149.89) < 5);
    assert.ok(miles(zip('99701'), 64.84, -147.72) < 5);
    assert.ok(geography.zipConflicts.some((c) => c.zip === '99503' && c.kept === 'geonames-postal'));
  });
  test('JBER 99505 and the Air Force Academy 80840: the Census point, where the listed places are', () => {
    assert.ok(miles(zip('99505'), 61.28, -149.65) < 5);
    assert.ok(miles(zip('80840'), 39.0, -104.86) < 5);
    assert.equal(geography.zipConflicts.find((c) => c.zip === '80840')?.by, 'facilities');
  });
  test('Billings 59101: a ZIP search starts downtown (GeoNames), not 15 miles out (Census)', () => {
    assert.ok(miles(zip('59101'), 45.7745, -108.5005) < 1);
    assert.equal(zip('59101').source, 'geonames-postal');
  });
  test('Guam ZIP codes know their territory', () => assert.equal(zip('96913').state, 'GU'));
});

describe('where a place goes on the map', () => {
  const place = (zip: string, city: string, state: string, points: [number, number][]) =>
    locate(
      { zip, city, state, points: points.map(([latitude, longitude]) => ({ latitude, longitude, source: 'locator-2021' })) },
      geography,
      states,
    );

  test('the lists’ own point, when it is near the ZIP code or the city', () => {
    const l = place('99503', 'Anchorage', 'AK', [[61.1938479, -149.8897193]]);
    assert.equal(l.locationMethod, 'source');
    assert.equal(l.note, null);
  });
  test('a Connecticut clinic filed under a Vermont ZIP keeps its own point, near its own city', () => {
    const l = place('05457', 'Middletown', 'CT', [[41.5577922, -72.62117502]]);
    assert.equal(l.locationMethod, 'source');
  });
  test('a point 50 miles from both its ZIP code and its city is not used: the ZIP point is, and the note says why', () => {
    const l = place('33830', 'Bartow', 'FL', [[28.1754082, -82.5925319]]);
    assert.equal(l.locationMethod, 'zip-centroid');
    assert.equal(l.note, 'far from its ZIP code and city');
    assert.ok(miles(l, 27.8957, -81.8127) < 2);
  });
  test('a point in another state is not used, even near its city', () => {
    // A place in Elkton, MD put in Wilmington, Delaware: 17 miles from Elkton, a stone's throw from a Delaware ZIP.
    const zips = new Map<string, ZipRow>([
      ['21921', { zip: '21921', latitude: 39.6082, longitude: -75.833, place: 'Elkton', state: 'MD', source: 'geonames-postal' }],
      [
        '19711',
        { zip: '19711', latitude: 39.6813, longitude: -75.7463, place: 'Newark', state: 'DE', source: 'geonames-postal' },
      ],
      [
        '19801',
        { zip: '19801', latitude: 39.7375, longitude: -75.549, place: 'Wilmington', state: 'DE', source: 'geonames-postal' },
      ],
    ]);
    const small: Geography = { zips, cities: new Map() };
    const l = locate(
      { zip: '21921', city: 'Elkton', state: 'MD', points: [{ latitude: 39.74, longitude: -75.55, source: 'locator-2021' }] },
      small,
      new StatePoints(zips.values()),
    );
    assert.equal(l.note, 'outside its state');
    assert.equal(l.locationMethod, 'zip-centroid');
    // Texarkana, Arkansas, a few blocks from the Texas line, is in Arkansas.
    const texarkana = new Map<string, ZipRow>([
      [
        '71854',
        { zip: '71854', latitude: 33.4418, longitude: -93.9967, place: 'Texarkana', state: 'AR', source: 'geonames-postal' },
      ],
      [
        '75501',
        { zip: '75501', latitude: 33.4251, longitude: -94.0477, place: 'Texarkana', state: 'TX', source: 'geonames-postal' },
      ],
    ]);
    assert.equal(new StatePoints(texarkana.values()).contains(33.428, -94.04, 'AR'), true);
  });
  test('Yap and Palau have no reference point: no place on the map at a guess, and a note', () => {
    const yap = place('96943', 'Yap', 'FM', [[17.453563, -94.721685]]);
    assert.equal(yap.locationMethod, 'none');
    assert.equal(yap.latitude, null);
    assert.equal(yap.note, 'no reference point');
  });
  test('Guam: a point near a Guam ZIP point is kept', () => {
    assert.equal(place('96913', 'Barrigada', 'GU', [[13.497687, 144.776556]]).locationMethod, 'source');
  });
});
