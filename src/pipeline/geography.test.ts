import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../config.ts';
import { addFacilityCityCentroids, type CityRow, cityKey, type Geography, loadGeography } from './geography.ts';
import { PLACE_ALIASES } from './place-aliases.ts';

const city = (name: string, state: string, latitude: number, longitude: number, postalCodes = 1): CityRow => ({
  cityKey: cityKey(name, state),
  city: name,
  state,
  latitude,
  longitude,
  source: 'geonames-cities',
  postalCodes,
  facilities: 0,
});
const geography = (...rows: CityRow[]): Geography => ({ zips: new Map(), cities: new Map(rows.map((r) => [r.cityKey, r])) });
const facility = (
  name: string,
  state: string,
  latitude: number | null,
  longitude: number | null,
  locationMethod = 'source',
  status: 'confirmed' | 'unconfirmed' = 'confirmed',
) => ({ city: name, state, latitude, longitude, locationMethod, status });

describe('addFacilityCityCentroids', () => {
  test('counts the facilities in each known city, whatever the spelling', () => {
    const geo = geography(city('Mc Lean', 'VA', 38.94, -77.19));
    const added = addFacilityCityCentroids(geo, [
      facility('McLean', 'VA', 38.93, -77.18),
      facility('MCLEAN', 'VA', 38.95, -77.2),
    ]);
    assert.equal(added, 0);
    assert.equal(geo.cities.get(cityKey('McLean', 'VA'))?.facilities, 2);
  });

  test('a city GeoNames lacks gets the middle of its facilities’ own coordinates, not their ZIP points', () => {
    const geo = geography();
    const added = addFacilityCityCentroids(geo, [
      facility('Lakewood', 'CO', 39.7, -105.1),
      facility('Lakewood', 'CO', 39.72, -105.08),
      facility('Lakewood', 'CO', 39.0, -104.0, 'zip-centroid'),
    ]);
    assert.equal(added, 1);
    const row = geo.cities.get(cityKey('Lakewood', 'CO'));
    assert.equal(row?.source, 'facility-locations');
    assert.equal(row?.latitude, 39.71);
    assert.equal(row?.longitude, -105.09);
    assert.equal(row?.facilities, 3);
    assert.equal(row?.postalCodes, 0);
  });

  test('ZIP points are used when no facility there has its own coordinates; no location adds no city', () => {
    const geo = geography();
    addFacilityCityCentroids(geo, [
      facility('Tigard', 'OR', 45.43, -122.77, 'zip-centroid'),
      facility('Nowhere', 'OR', null, null, 'none'),
    ]);
    assert.equal(geo.cities.get(cityKey('Tigard', 'OR'))?.latitude, 45.43);
    assert.equal(geo.cities.has(cityKey('Nowhere', 'OR')), false);
  });

  test('one listing with wrong coordinates does not move the town: the biggest group wins, confirmed first', () => {
    const geo = geography();
    addFacilityCityCentroids(geo, [
      facility('Palau', 'PW', 17.49, -94.72, 'source', 'unconfirmed'),
      facility('Palau', 'PW', 7.35, 134.46),
    ]);
    assert.equal(geo.cities.get(cityKey('Palau', 'PW'))?.latitude, 7.35);
    const three = geography();
    addFacilityCityCentroids(three, [
      facility('Caguas', 'PR', 40, -100),
      facility('Caguas', 'PR', 18.23, -66.03, 'source', 'unconfirmed'),
      facility('Caguas', 'PR', 18.25, -66.05, 'source', 'unconfirmed'),
    ]);
    assert.equal(three.cities.get(cityKey('Caguas', 'PR'))?.latitude, 18.24);
  });

  test('a town written with its state or county after a comma is that town', () => {
    const geo = geography(city('Jessup', 'MD', 39.15, -76.79), city('Wailuku', 'HI', 20.9, -156.5));
    addFacilityCityCentroids(geo, [facility('Jessup, MD', 'MD', 39.14, -76.78), facility('Wailuku, Maui', 'HI', 20.89, -156.49)]);
    const jessup = geo.cities.get(cityKey('Jessup, MD', 'MD'));
    assert.equal(jessup?.city, 'Jessup');
    assert.equal(jessup?.latitude, 39.15);
    assert.equal(geo.cities.get(cityKey('Wailuku, Maui', 'HI'))?.city, 'Wailuku');
  });

  test('a placeholder GeoNames point far from every facility listed there gives way to the facilities', () => {
    // Both of JBER's ZIP codes sit in Bristol Bay in GeoNames, 300 miles from the base.
    const geo = geography(city('Jber', 'AK', 59.87, -158.6, 2), city('Star', 'NC', 35.42, -79.78));
    addFacilityCityCentroids(geo, [
      facility('JBER', 'AK', 61.25, -149.8),
      facility('JBER', 'AK', 61.26, -149.81, 'source', 'unconfirmed'),
      // 43 miles out: a listing placed in the next town over is not enough to move a town.
      facility('Star', 'NC', 35.68, -80.47),
    ]);
    const jber = geo.cities.get(cityKey('JBER', 'AK'));
    assert.equal(jber?.latitude, 61.255);
    assert.equal(jber?.source, 'facility-locations');
    assert.equal(jber?.postalCodes, 2);
    assert.equal(geo.cities.get(cityKey('Star', 'NC'))?.latitude, 35.42);
  });

  test('the spelling with accents names the place', () => {
    const geo = geography();
    addFacilityCityCentroids(geo, [
      facility('Bayamon', 'PR', 18.4, -66.15),
      facility('Bayamon', 'PR', 18.4, -66.15),
      facility('Bayamón', 'PR', 18.4, -66.15),
    ]);
    assert.equal(geo.cities.get(cityKey('Bayamon', 'PR'))?.city, 'Bayamón');
  });
});

describe('loadGeography: the city table', () => {
  const geo = loadGeography(path.join(ROOT, 'data', 'sources'));

  test('every alias is in the table, pointing somewhere in its state', () => {
    for (const alias of PLACE_ALIASES) {
      const row = geo.cities.get(cityKey(alias.name, alias.state));
      assert.ok(row, alias.name);
      assert.equal(row.source, 'place-aliases');
      assert.ok(row.postalCodes > 0, `${alias.name} has a size to rank by`);
    }
  });

  test('Queens is the middle of Queens County’s ZIP codes', () => {
    const queens = geo.cities.get(cityKey('Queens', 'NY'));
    assert.ok(queens && Math.abs(queens.latitude - 40.71) < 0.08 && Math.abs(queens.longitude + 73.83) < 0.08);
    assert.ok((queens?.postalCodes ?? 0) > 40);
  });

  test('keeps GeoNames’ postal-code counts for ranking same-named places', () => {
    const mo = geo.cities.get(cityKey('St. Louis', 'MO'));
    const mi = geo.cities.get(cityKey('St. Louis', 'MI'));
    assert.ok(mo && mi && mo.postalCodes > mi.postalCodes);
  });
});
