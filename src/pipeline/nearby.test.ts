import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { DIR2015, DIR2017, FIXTURE_SOURCES, LOCATOR, MOUD, row, source } from '../../test/support/source-rows.ts';
import type { Geography } from './geography.ts';
import { mergeSources } from './merge.ts';
import { differentPrograms, sameHouseNumber, veryAlike } from './nearby.ts';
import type { LoadedSource } from './source-row.ts';
import { loadCheckedGeography } from './zip-points.ts';

let geography: Geography;
before(() => {
  geography = loadCheckedGeography(FIXTURE_SOURCES, []);
});
const places = (sources: LoadedSource[]) => mergeSources(sources, geography).facilities.length;

// Pairs from the bundled lists that the first pass leaves as two places.
describe('the second pass: one place listed twice near each other', () => {
  test('the house number changed (102 and 104 West Market Street): one place', () => {
    const sources = [
      source(LOCATOR, [
        row('Peninsula Addiction Services', '102 West Market Street', 'Salisbury', 'MD', '21801', {
          latitude: 38.3661,
          longitude: -75.6001,
        }),
      ]),
      source(DIR2015, [
        row('Peninsula Addiction Services', '104 West Market Street', 'Salisbury', 'MD', '21801', {
          latitude: 38.3662,
          longitude: -75.6003,
          phone: '410-860-2673',
        }),
      ]),
    ];
    const [f] = mergeSources(sources, geography).facilities;
    assert.equal(places(sources), 1);
    assert.equal(f?.status, 'confirmed');
    assert.equal(f?.phone, '410-860-2673', 'the confirmed place gets the phone its older twin had');
  });

  test('the same locator point under a new street (2020 and 2021 lists): one place', () => {
    assert.equal(
      places([
        source(LOCATOR, [
          row('Fountain Centers', '101 Martin Luther King Jr Drive', 'Mankato', 'MN', '56001', {
            name2: 'Mankato',
            latitude: 44.1692742,
            longitude: -93.9715814,
          }),
        ]),
        source(MOUD, [
          row('Fountain Centers', '1400 Madison Avenue', 'Mankato', 'MN', '56001', {
            name2: 'Mankato',
            latitude: 44.169274,
            longitude: -93.971581,
            codes: ['VTRL'],
          }),
        ]),
      ]),
      1,
    );
  });

  test('two current places of one organisation on different streets stay two', () => {
    assert.equal(
      places([
        source(LOCATOR, [
          row('Centerstone of Illinois', '1307 West Main Street', 'Marion', 'IL', '62959', {
            latitude: 37.7306,
            longitude: -88.9406,
          }),
        ]),
        source(MOUD, [
          row('Centerstone of Illinois', '202 South Bentley Street', 'Marion', 'IL', '62959', {
            latitude: 37.7311,
            longitude: -88.9391,
            codes: ['BUM'],
          }),
        ]),
      ]),
      2,
    );
  });

  test('the shelters for men and for women, a list apart, stay two', () => {
    assert.equal(
      places([
        source(LOCATOR, [
          row('Care of Savannah Inc', '64 Jack Gean Drive', 'Savannah', 'TN', '38372', {
            name2: 'Jack Gean Shelter for Women',
            latitude: 35.22686,
            longitude: -88.21551,
          }),
        ]),
        source(DIR2015, [
          row('Care of Savannah Inc', '50 East End Drive', 'Savannah', 'TN', '38372', {
            name2: 'Jack Gean Shelter for Men',
            latitude: 35.22732,
            longitude: -88.21899,
          }),
        ]),
      ]),
      2,
    );
  });

  test('two listings one list printed side by side stay two, unless they share a phone', () => {
    const houses = (phone2: string) => [
      source(DIR2017, [
        row('A Step Forward Inc', '800 North Fulton Avenue', 'Baltimore', 'MD', '21217', { phone: '410-462-6001' }),
        row('A Step Forward Inc', '807 North Fulton Avenue', 'Baltimore', 'MD', '21217', { phone: phone2 }),
      ]),
    ];
    assert.equal(places(houses('410-225-3676')), 2);
    assert.equal(places(houses('410-462-6001')), 1);
  });
});

describe('name and address evidence for the second pass', () => {
  test('very alike names', () => {
    assert.ok(veryAlike('BHG Gadsden Treatment Center', 'Gadsden Treatment Center'));
    assert.ok(veryAlike('Horizon Health and Wellness', 'Horizon Heath and Wellness'));
    assert.ok(
      !veryAlike('Veterans Alcoholic Rehab Prog (VARP) Harris House', 'Veterans Alcoholic Rehab Prog (VARP) Rialto House'),
    );
  });
  test('different programs of one organisation', () => {
    assert.ok(differentPrograms('Mens Program', 'Womens Program'));
    assert.ok(differentPrograms('Boys Recovery Center 13-17', 'Girls Adolescent Services'));
    assert.ok(differentPrograms('', '', 'Center Point Inc Non Residential Services', 'Center Point Inc Residential Program'));
    assert.ok(!differentPrograms('Mankato', 'Mankato'));
  });
  test('the same building however its number is printed', () => {
    assert.ok(sameHouseNumber('1000-1006 East Patapsco Avenue', '1002 Patapsco Ave'));
    assert.ok(sameHouseNumber('2ND & 3RD FLOORS, 2406 Amsterdam Avenue', '2406 Amsterdam Avenue'));
    assert.ok(sameHouseNumber('One Delta Dr., Suite A', '1 Delta Drive'));
    assert.ok(sameHouseNumber('4535-39 Third Ave.', '4535 3rd Avenue'));
    assert.ok(!sameHouseNumber('427 Pajaro Street', '338 Monterey Street'));
    assert.ok(!sameHouseNumber('10 Main Street Suite 200', '20 Main Street Suite 200'), 'suite numbers are not house numbers');
  });
});
