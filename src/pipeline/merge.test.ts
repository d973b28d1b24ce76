import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT } from '../config.ts';
import { type Geography, loadGeography } from './geography.ts';
import { type MergedFacility, mergeSources } from './merge.ts';
import type { LoadedSource, SourceInfo, SourceRow } from './source-row.ts';

// Real rows from the bundled lists (data/sources), cut down to the fields the merge reads.
const info = (key: string, year: number, confirms: boolean, codes: SourceInfo['codes']): SourceInfo => ({
  key,
  name: key,
  publisher: 'SAMHSA',
  year,
  licence: 'public domain',
  attribution: key,
  confirms,
  codes,
  file: `${key}.csv`,
});
const LOCATOR = info('locator-2021', 2021, true, 'none');
const OTP = info('otp-2022', 2022, true, 'flags');
const MOUD = info('moud-2020', 2020, true, 'flags');
const DIR2017 = info('directory-2017', 2017, false, 'full');
const DIR2015 = info('directory-2015', 2015, false, 'full');

let rowNumber = 1;
const row = (
  name: string,
  street: string,
  city: string,
  state: string,
  zip: string,
  extra: Partial<SourceRow> = {},
): SourceRow => ({
  row: ++rowNumber,
  name,
  name2: '',
  street,
  street2: '',
  city,
  state,
  zip,
  phone: undefined,
  intakePhone: undefined,
  website: undefined,
  latitude: undefined,
  longitude: undefined,
  codes: [],
  ...extra,
});
const source = (i: SourceInfo, rows: SourceRow[]): LoadedSource => ({ info: i, rows, warnings: [] });

let geography: Geography;
before(() => {
  geography = loadGeography(path.join(ROOT, 'data', 'sources'));
});

const byName = (facilities: MergedFacility[], name: string) => {
  const found = facilities.filter((f) => f.name === name);
  assert.equal(found.length, 1, `expected one facility named ${name}, found ${found.length}`);
  return found[0] as MergedFacility;
};

describe('mergeSources: matching real pairs from the data', () => {
  test('the same place printed differently by different lists becomes one facility', () => {
    const result = mergeSources(
      [
        source(LOCATOR, [
          row('A New Beginning', '122 Helton Court', 'Florence', 'AL', '35630', { latitude: 34.832909, longitude: -87.66639 }),
          row('Addiction Recovery Systems (ARS)', '263 Quigley Boulevard Suite 1-A', 'New Castle', 'DE', '19720', {
            latitude: 39.66,
            longitude: -75.6,
          }),
        ]),
        source(OTP, [row('ARS New Castle LLC', '263 Quigley Blvd.', 'New Castle', 'DE', '19720', { codes: ['OTP'] })]),
        source(DIR2015, [
          row('A New Beginning', '122 Helton Court', 'Florence', 'AL', '35630', {
            phone: '256-381-0013',
            intakePhone: '256-978-5352',
            codes: ['SA', 'RES'],
          }),
          row('ARS New Castle LLC', '263 Quigley Bouelvard Suite 1-A', 'New Castle', 'DE', '19720', {
            phone: '302-populated',
            codes: ['MM'],
          }),
        ]),
      ],
      geography,
    );
    assert.equal(result.facilities.length, 2);
    const anb = byName(result.facilities, 'A New Beginning');
    assert.equal(anb.phone, '256-381-0013');
    assert.equal(anb.intakePhone, '256-978-5352');
    assert.equal(anb.phoneSource, 'directory-2015');
    assert.deepEqual([...anb.services.keys()].sort(), ['RES', 'SA']);
    const ars = byName(result.facilities, 'Addiction Recovery Systems (ARS)');
    assert.equal(ars.services.get('OTP'), 'otp-2022');
    assert.equal(ars.services.get('MM'), 'directory-2015');
    // "302-populated" is not a phone number: it is never shown as one.
    assert.equal(ars.phone, null);
    const [, otp, dir2015] = result.sources;
    assert.equal(otp?.matched, 1);
    assert.equal(dir2015?.matched, 2);
    assert.equal(dir2015?.matchedFuzzy, 1, '"Bouelvard" is a typo of Boulevard, matched by the fuzzy street rule');
  });

  test('East and West Golf Road are different places, however alike the names', () => {
    const result = mergeSources(
      [
        source(LOCATOR, [row('Adult Counseling Center Inc', '415 East Golf Road Suite 104', 'Arlington Heights', 'IL', '60005')]),
        source(DIR2015, [row('Adult Counseling Center', '415 West Golf Road Suites 61-63', 'Arlington Heights', 'IL', '60005')]),
      ],
      geography,
    );
    assert.equal(result.facilities.length, 2);
    assert.equal(result.sources[1]?.added, 1);
  });

  test('a ZIP that changed between editions still matches on street, city and state', () => {
    const result = mergeSources(
      [
        source(LOCATOR, [row('My Life Behavioral Health System LLC', '23-25 East North Avenue', 'Baltimore', 'MD', '21202')]),
        source(DIR2017, [
          row('My Life Behavioral Health System LLC', '23-25 East North Avenue', 'Baltimore', 'MD', '21218', { codes: ['OP'] }),
        ]),
      ],
      geography,
    );
    assert.equal(result.facilities.length, 1);
    assert.equal(result.sources[1]?.matchedByCity, 1);
  });

  test('two programs at one address stay separate, and a later row goes to the one with the closer name', () => {
    const result = mergeSources(
      [
        source(LOCATOR, [
          row('Samaritan Daytop Village/Harlem OP 1', '2090 Adam Clayton Powell Jr Boulevard Floor 7', 'New York', 'NY', '10027'),
          row('New York Foundling Hospital', '2090 Adam Clayton Powell Jr Boulevard', 'New York', 'NY', '10027'),
        ]),
        source(DIR2015, [
          row('New York Foundling Hospital', '2090 Adam Clayton Powell Jr Boulevard 7th floor', 'New York', 'NY', '10027', {
            phone: '212-555-0100',
          }),
        ]),
      ],
      geography,
    );
    assert.equal(result.facilities.length, 2);
    assert.equal(byName(result.facilities, 'New York Foundling Hospital').phone, '212-555-0100');
    assert.equal(byName(result.facilities, 'Samaritan Daytop Village/Harlem OP 1').phone, null);
  });

  test('the same listing printed twice in one list is collapsed and counted', () => {
    const result = mergeSources(
      [
        source(LOCATOR, [
          row('Granada House Inc', '70 Adamson Street', 'Allston', 'MA', '02134'),
          row('Granada House Inc.', '70 Adamson St', 'Allston', 'MA', '02134'),
        ]),
      ],
      geography,
    );
    assert.equal(result.facilities.length, 1);
    assert.equal(result.sources[0]?.collapsed, 1);
  });
});

describe('mergeSources: status, services and locations', () => {
  test('a place seen only in 2015 is kept but not confirmed; one in a 2020+ list is confirmed', () => {
    const result = mergeSources(
      [
        source(MOUD, [
          row('Four County Mental Health Center', '1601 West 4th Street', 'Coffeyville', 'KS', '67337', {
            codes: ['BUM', 'VTRL'],
          }),
        ]),
        source(DIR2015, [
          row('SpectraCare', '219 Dothan Road', 'Abbeville', 'AL', '36310', {
            codes: ['OP'],
            latitude: 31.553425,
            longitude: -85.252888,
          }),
        ]),
      ],
      geography,
    );
    const moud = byName(result.facilities, 'Four County Mental Health Center');
    assert.equal(moud.status, 'confirmed');
    assert.equal(moud.lastSeenYear, 2020);
    const old = byName(result.facilities, 'SpectraCare');
    assert.equal(old.status, 'unconfirmed');
    assert.equal(old.lastSeenYear, 2015);
    assert.equal(old.locationMethod, 'source');
    assert.equal(old.locationSource, 'directory-2015');
  });

  test('services come from the newest directory only, with newer medication flags added on top', () => {
    const result = mergeSources(
      [
        source(MOUD, [
          row('Shelby County Treatment Center', '750 Highway 31 South', 'Alabaster', 'AL', '35007', { codes: ['MM'] }),
        ]),
        source(DIR2017, [
          row('Shelby County Treatment Center', '750 Highway 31 South', 'Alabaster', 'AL', '35007', { codes: ['OTP', 'CBT'] }),
        ]),
        source(DIR2015, [
          row('Shelby County Treatment Center', '750 Hwy 31 S', 'Alabaster', 'AL', '35007', { codes: ['DT', 'OTPA'] }),
        ]),
      ],
      geography,
    );
    const f = result.facilities[0] as MergedFacility;
    assert.deepEqual(Object.fromEntries(f.services), { MM: 'moud-2020', OTP: 'directory-2017', CBT: 'directory-2017' });
  });

  test('a row without coordinates is placed at its ZIP centroid, and says so', () => {
    const result = mergeSources([source(DIR2017, [row('Some Program', '1 Main Street', 'Anchorage', 'AK', '99501')])], geography);
    const f = result.facilities[0] as MergedFacility;
    assert.equal(f.locationMethod, 'zip-centroid');
    assert.equal(f.locationSource, 'zcta-2021');
    assert.ok(f.latitude !== null && Math.abs(f.latitude - 61.2) < 0.2);
  });

  test('coordinates far from their own ZIP are not trusted', () => {
    const result = mergeSources(
      [
        source(LOCATOR, [
          row('Far Away Program', '1 Main Street', 'Anchorage', 'AK', '99501', { latitude: 40.7, longitude: -74 }),
        ]),
      ],
      geography,
    );
    const f = result.facilities[0] as MergedFacility;
    assert.equal(f.locationMethod, 'zip-centroid');
    assert.equal(result.sources[0]?.coordinatesReplaced, 1);
  });
});

describe('mergeSources: validation', () => {
  test('rejects and counts rows with no name, a bad state or impossible coordinates', () => {
    const result = mergeSources(
      [
        source(LOCATOR, [
          row('', '1 Main Street', 'Florence', 'AL', '35630'),
          row('Bad State', '2 Main Street', 'Florence', 'ZZ', '35630'),
          row('Null Island', '3 Main Street', 'Florence', 'AL', '35630', { latitude: 0, longitude: 0 }),
          row('Off The Map', '4 Main Street', 'Florence', 'AL', '35630', { latitude: 95, longitude: -87 }),
          row('In Europe', '5 Main Street', 'Florence', 'AL', '35630', { latitude: 43.77, longitude: 11.25 }),
          row('Not A Number', '6 Main Street', 'Florence', 'AL', '35630', { latitude: Number.NaN, longitude: -87 }),
          row('Fine', '7 Main Street', 'Florence', 'AL', '35630', { latitude: 34.8, longitude: -87.67 }),
        ]),
      ],
      geography,
    );
    assert.deepEqual(result.sources[0]?.rejected, { 'no name': 1, 'bad state code': 1, 'impossible coordinates': 4 });
    assert.equal(result.rejections.length, 6);
    assert.deepEqual(
      result.facilities.map((f) => f.name),
      ['Fine'],
    );
  });
});

describe('mergeSources: stable ids', () => {
  test('ids depend on what a facility is, not on the order of the rows', () => {
    const rows = () => [
      row('A New Beginning', '122 Helton Court', 'Florence', 'AL', '35630'),
      row('SpectraCare', '219 Dothan Road', 'Abbeville', 'AL', '36310'),
      row('Shelby County Treatment Center', '750 Highway 31 South', 'Alabaster', 'AL', '35007'),
    ];
    const forward = mergeSources([source(LOCATOR, rows())], geography).facilities;
    const backward = mergeSources([source(LOCATOR, rows().reverse())], geography).facilities;
    const ids = (fs: MergedFacility[]) => Object.fromEntries(fs.map((f) => [f.name, f.id]));
    assert.deepEqual(ids(forward), ids(backward));
    for (const f of forward) assert.match(f.id, /^[0-9a-hjkmnp-tv-z]{10}$/);
  });
});
