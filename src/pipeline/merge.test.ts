import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { DIR2015, DIR2017, FIXTURE_SOURCES, LOCATOR, MOUD, OTP, row, source } from '../../test/support/source-rows.ts';
import { at } from '../lib/arrays.ts';
import type { Geography } from './geography.ts';
import { type MergedFacility, type MergeResult, mergeSources } from './merge.ts';
import { readBundledSource } from './source-readers.ts';
import { BUNDLED_SOURCES } from './sources.ts';
import { loadCheckedGeography } from './zip-points.ts';

let geography: Geography;
const fixtureSources = () => BUNDLED_SOURCES.map((s) => readBundledSource(s.info, s.shape, FIXTURE_SOURCES));
before(() => {
  geography = loadCheckedGeography(FIXTURE_SOURCES, fixtureSources());
});

const byName = (facilities: MergedFacility[], name: string) => {
  const found = facilities.filter((f) => f.name === name);
  assert.equal(found.length, 1, `expected one facility named ${name}, found ${found.length}`);
  return at(found, 0);
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

describe('mergeSources: status and location', () => {
  test('a place seen only in 2015 is kept but not confirmed; one in a 2020+ list is confirmed', () => {
    const result = mergeSources(
      [
        source(MOUD, [
          row('Tomah VA Medical Center', '500 East Veterans Street', 'Tomah', 'WI', '54660', { codes: ['BUM', 'VTRL'] }),
        ]),
        source(DIR2015, [
          row('Regis House', '2010 NW 7th Street', 'Miami', 'FL', '33125', { codes: ['OP'], latitude: 25.78, longitude: -80.21 }),
        ]),
      ],
      geography,
    );
    const confirmed = byName(result.facilities, 'Tomah VA Medical Center');
    assert.equal(confirmed.status, 'confirmed');
    assert.equal(confirmed.lastSeenYear, 2020);
    const old = byName(result.facilities, 'Regis House');
    assert.equal(old.status, 'unconfirmed');
    assert.equal(old.lastSeenYear, 2015);
    assert.equal(old.locationMethod, 'source');
    assert.equal(old.locationSource, 'directory-2015');
  });

  test('a row without coordinates is placed at its ZIP point, and says so', () => {
    const result = mergeSources([source(DIR2017, [row('Some Program', '1 Main Street', 'Anchorage', 'AK', '99503')])], geography);
    const f = at(result.facilities, 0);
    assert.equal(f.locationMethod, 'zip-centroid');
    // The Census point of 99503 is 278 miles west of Anchorage; the cross-checked point is in town.
    assert.ok(f.latitude !== null && Math.abs(f.latitude - 61.19) < 0.1 && Math.abs((f.longitude as number) + 149.89) < 0.2);
  });
});

describe('mergeSources: validation and ids', () => {
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

  test('ids depend on what a facility is, not on the order of the rows', () => {
    const rows = () => [
      row('A New Beginning', '122 Helton Court', 'Florence', 'AL', '35630'),
      row('Regis House', '2215 NW 36th Street', 'Miami', 'FL', '33142'),
      row('Peninsula Addiction Services', '104 West Market Street', 'Salisbury', 'MD', '21801'),
    ];
    const forward = mergeSources([source(LOCATOR, rows())], geography).facilities;
    const backward = mergeSources([source(LOCATOR, rows().reverse())], geography).facilities;
    const ids = (fs: MergedFacility[]) => Object.fromEntries(fs.map((f) => [f.name, f.id]));
    assert.deepEqual(ids(forward), ids(backward));
    for (const f of forward) assert.match(f.id, /^[0-9a-hjkmnp-tv-z]{10}$/);
  });
});

describe('mergeSources over the fixture rows (data/fixtures/sources)', () => {
  let merged: MergeResult;
  before(() => {
    merged = mergeSources(fixtureSources(), geography);
  });
  const named = (pattern: RegExp) => merged.facilities.filter((f) => pattern.test(`${f.name} ${f.name2}`));

  test('no place joins rows that name different units under names that are not alike', () => {
    const srr = named(/^SRR Treatment Solutions/)[0];
    assert.equal(srr?.phone, '443-285-0807');
    assert.equal(named(/Howard County Health/).length, 0, 'the county row only confirms the address');
    assert.equal(named(/AHBI/).length, 1);
    assert.equal(named(/Anchor Counseling/).length, 1);
  });

  test('the second pass folds places listed twice a few doors apart, and keeps programs and houses apart', () => {
    assert.equal(named(/^Peninsula Addiction Services/).length, 1, '102 and 104 West Market Street');
    assert.equal(named(/^Fountain Centers/).length, 1, 'one locator point, a new street');
    assert.equal(named(/^Care of Savannah/).length, 2, 'the shelters for men and for women');
    assert.equal(named(/orca house/i).length, 3, 'the men’s and women’s programs, and the old listing down the street');
    assert.ok(merged.nearbyMerged > 0);
  });

  test('every row is matched, added, collapsed, only confirms an address, or is rejected', () => {
    for (const s of merged.sources) {
      const rejected = Object.values(s.rejected).reduce((a, b) => a + (b ?? 0), 0);
      assert.equal(s.matched + s.added + s.collapsed + s.addressOnly + rejected, s.rowsRead, s.key);
    }
    const added = merged.sources.reduce((n, s) => n + s.added, 0);
    assert.equal(added - merged.nearbyMerged, merged.facilities.length);
  });
});
