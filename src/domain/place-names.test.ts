import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cityKey, compactCity, properCity } from './place-names.ts';

describe('cityKey', () => {
  const same: [string, string][] = [
    ['St. Louis', 'Saint Louis'],
    ['Ste. Genevieve', 'Sainte Genevieve'],
    ['McLean', 'Mc Lean'],
    ['MCLEAN', 'mc lean'],
    ["O'Fallon", 'O Fallon'],
    ['O’Fallon', 'OFallon'],
    ["Coeur d'Alene", 'Coeur d Alene'],
    ['Brook Park', 'Brookpark'],
    ['Winston-Salem', 'Winston Salem'],
    ['Bayamón', 'BAYAMON'],
    ['Ft. Worth', 'Fort Worth'],
    ['Mt. Vernon', 'Mount Vernon'],
  ];
  for (const [a, b] of same) test(`"${a}" and "${b}" are one place`, () => assert.equal(cityKey(a, 'mo'), cityKey(b, 'MO')));
  test('different towns stay different', () => {
    assert.notEqual(compactCity('St. Louis'), compactCity('East St. Louis'));
    assert.notEqual(cityKey('Portland', 'OR'), cityKey('Portland', 'ME'));
  });
});

describe('properCity', () => {
  const cases: [string, string][] = [
    ['Mc Lean', 'McLean'],
    ['Mcallen', 'McAllen'],
    ['MCALLEN', 'McAllen'],
    ['O Fallon', "O'Fallon"],
    ['Land O Lakes', "Land O'Lakes"],
    ['D Lo', "D'Lo"],
    ['Saint Louis', 'St. Louis'],
    ['st. louis', 'St. Louis'],
    ['Sainte Genevieve', 'Ste. Genevieve'],
    ['City Of Industry', 'City of Industry'],
    ['Lake In The Hills', 'Lake in the Hills'],
    ['The Dalles', 'The Dalles'],
    ['BALTIMORE', 'Baltimore'],
    ['winston-salem', 'Winston-Salem'],
    ['DeKalb', 'DeKalb'],
    ["Coeur d'Alene", "Coeur d'Alene"],
    ['Glendale Luke AFB', 'Glendale Luke AFB'],
    ['Usaf Academy', 'USAF Academy'],
    ['Bayamón', 'Bayamón'],
  ];
  for (const [input, expected] of cases)
    test(`"${input}" is shown as "${expected}"`, () => assert.equal(properCity(input), expected));
  test('is stable: a proper name stays as it is', () => {
    for (const [, expected] of cases) assert.equal(properCity(expected), expected);
  });
});
