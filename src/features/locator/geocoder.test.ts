import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { DirectoryHandle } from '../../db/directory-connection.ts';
import { type GeoTables, geocode } from './geocoder.ts';
import { loadGeoTables } from './locator.repository.ts';

let tables: GeoTables;
before(async () => {
  const handle = new DirectoryHandle(await buildTestDirectory());
  tables = await loadGeoTables(handle.snapshot());
  handle.close();
});

const place = (input: string) => {
  const r = geocode(input, tables);
  assert.ok(r.ok, `${input} should resolve: ${r.ok ? '' : r.message}`);
  return r.place;
};
const problem = (input: string) => {
  const r = geocode(input, tables);
  assert.ok(!r.ok, `${input} should not resolve`);
  return r.message;
};
const near = (p: { latitude: number; longitude: number }, lat: number, lon: number, tolerance = 0.2) => {
  assert.ok(
    Math.abs(p.latitude - lat) < tolerance && Math.abs(p.longitude - lon) < tolerance,
    `${p.latitude},${p.longitude} is near ${lat},${lon}`,
  );
};

describe('geocode: ZIP codes', () => {
  test('a ZIP gets its cross-checked point (where the Census and GeoNames agree, the GeoNames one) and its place name', () => {
    const p = place('21201');
    assert.equal(p.kind, 'zip');
    assert.equal(p.label, 'ZIP 21201 (Baltimore, MD)');
    near(p, 39.295, -76.622, 0.01);
  });
  test('Billings 59101 starts downtown, not at the Census point 15 miles out, and the ZIP is kept for the search', () => {
    const p = place('59101');
    near(p, 45.7745, -108.5005, 0.01);
    assert.equal(p.zip, '59101');
  });
  test('ZIP+4 is accepted', () => assert.equal(place('21201-1234').label, 'ZIP 21201 (Baltimore, MD)'));
  test('a PO-box-only ZIP that is not a ZCTA falls back to GeoNames', () => {
    // 00501 is the IRS's unique ZIP in Holtsville, NY: GeoNames has it, the Census ZCTA file does not.
    const p = place('00501');
    assert.match(p.label, /Holtsville, NY/);
  });
  test('a Puerto Rico ZIP works from the ZCTA file', () => near(place('00901'), 18.46, -66.1, 0.1));
  test('an unknown ZIP says so', () => assert.match(problem('00000'), /couldn’t find the ZIP code 00000/));
  test('a short number is not a ZIP', () => assert.match(problem('2120'), /5 digits/));
});

describe('geocode: cities', () => {
  test('"City, ST" in any case', () => {
    assert.equal(place('Baltimore, MD').label, 'Baltimore, MD');
    assert.equal(place('baltimore md').label, 'Baltimore, MD');
    assert.equal(place('BALTIMORE,MD').label, 'Baltimore, MD');
  });
  test('full state names work', () => assert.equal(place('Dayton, Ohio').label, 'Dayton, OH'));
  test('a two-word state without a comma is not mistaken for a one-word one', () => {
    assert.equal(place('Charleston West Virginia').label, 'Charleston, WV');
    assert.equal(place('Santa Fe New Mexico').label, 'Santa Fe, NM');
  });
  test('Saint and St., and accents, are the same', () => {
    assert.deepEqual(place('St. Louis, MO'), place('Saint Louis, MO'));
    assert.equal(place('Bayamón, PR').kind, 'city');
    assert.deepEqual(place('Bayamon, Puerto Rico'), place('Bayamón, PR'));
  });
  test('Puerto Rico cities come from facility locations, since GeoNames has no PR', () =>
    near(place('San Juan, PR'), 18.42, -66.06, 0.15));
  test('a city not in that state says which state we looked in', () =>
    assert.match(problem('Baltimore, AK'), /couldn’t find “Baltimore” in Alaska/));
  test('words that are not a place get the hint', () => assert.match(problem('somewhere nice'), /5-digit ZIP code/));
});

describe('geocode: coordinates', () => {
  test('"lat,lon" as "Use my location" sends it', () => {
    const p = place('39.29,-76.61');
    assert.equal(p.kind, 'coordinates');
    near(p, 39.29, -76.61, 0.0001);
  });
  test('spaces are fine', () => near(place(' 39.29 , -76.61 '), 39.29, -76.61, 0.0001));
  test('coordinates off the Earth are refused', () => assert.match(problem('95,-76'), /not on Earth/));
});
