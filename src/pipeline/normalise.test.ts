import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addressKey,
  normaliseCity,
  normaliseName,
  normalisePhone,
  normaliseStreet,
  normaliseZip,
  streetLine,
} from './normalise.ts';
import { repairPdfText } from './source-readers.ts';

// Pairs of street lines for the same place, as different SAMHSA lists printed them (from data/sources).
const SAME_STREET: [string, string][] = [
  ['122 Helton Court', '122 Helton Ct.'],
  ['263 Quigley Boulevard Suite 1-A', '263 Quigley Blvd.'],
  ['500-B Jefferson Boulevard Suite 195', '500 B Jefferson Boulevard Suite 195'],
  ['1402 East Superior Street', '1402 E. Superior St'],
  ['2090 Adam Clayton Powell Jr Boulevard 7th floor', '2090 Adam Clayton Powell Jr Boulevard Floor 7'],
  ['1061 West Oakland Boulevard 2nd Floor', '1061 West Oakland Boulevard'],
  ['5638 Professional Circle Suites 205 and 206', '5638 Professional Circle'],
  ['920 Frederica Street Midtown Building, Suite 407', '920 Frederica Street'],
  ['222 Saint John Street Suite 144', '222 St. John St #144'],
  ['3407 NE Avenue', '3407 North East Avenue'],
  ['1289 GI Maddox Pkwy (US Hwy 76)', '1289 GI Maddox Parkway'],
  ['750 Highway 31 South', '750 Hwy 31 S'],
  ['P.O. Box 1234', 'PO Box 1234'],
];

// Different places that a careless normaliser would merge.
const DIFFERENT_STREET: [string, string][] = [
  ['415 East Golf Road', '415 West Golf Road'],
  ['1203 West Maple Street', '1203 West Maple Avenue'],
  ['107-06 Northern Boulevard', '107-20 Northern Boulevard'],
  ['PO Box 12', 'PO Box 21'],
];

describe('normaliseStreet', () => {
  for (const [a, b] of SAME_STREET) {
    test(`"${a}" and "${b}" are the same street address`, () => {
      assert.equal(normaliseStreet(a), normaliseStreet(b));
    });
  }
  for (const [a, b] of DIFFERENT_STREET) {
    test(`"${a}" and "${b}" stay different`, () => {
      assert.notEqual(normaliseStreet(a), normaliseStreet(b));
    });
  }
  test('spells the result in one predictable form', () => {
    assert.equal(normaliseStreet('1601 West 4th Street, Suite 2'), '1601 w 4th st');
    assert.equal(normaliseStreet('  '), '');
  });
});

describe('streetLine and addressKey', () => {
  test('uses the line that starts with a house number when the first line is a building name', () => {
    assert.equal(streetLine('Robert Marshall Building', '111 Richardson Highway'), '111 Richardson Highway');
    assert.equal(streetLine('600 Saint Clair Avenue', 'Building 9 Suite 23'), '600 Saint Clair Avenue');
  });
  test('combines ZIP and street, and falls back to the name when no street is printed', () => {
    assert.equal(addressKey('35630', '122 Helton Court', '', 'A New Beginning'), '35630|122 helton ct');
    assert.equal(addressKey('95404', '', '', 'Womens Recovery Services'), '95404|name:womens recovery services');
  });
});

describe('normaliseName', () => {
  test('drops case, punctuation and legal suffixes', () => {
    assert.equal(normaliseName('The Recovery Center, Inc.'), 'recovery ctr');
    assert.equal(normaliseName('Center for Alcohol & Drug Treatment'), normaliseName('Center for Alcohol and Drug Treatment'));
  });
});

describe('normaliseCity', () => {
  test('is case-, accent- and Saint/St-insensitive', () => {
    assert.equal(normaliseCity('BAYAMÓN'), normaliseCity('Bayamon'));
    assert.equal(normaliseCity('Saint Paul'), normaliseCity('St. Paul'));
    assert.equal(normaliseCity('Fort Defiance'), normaliseCity('Ft Defiance'));
  });
});

describe('normalisePhone', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['(334)673-2143', '334-673-2143'],
    ['(334) 673-2143', '334-673-2143'],
    ['334.673.2143', '334-673-2143'],
    ['+1 (334) 673-2143', '334-673-2143'],
    ['(800) 828-3396x5', '800-828-3396 x5'],
    ['800-828-3396 ext. 12', '800-828-3396 x12'],
    ['673-2143', undefined],
    ['(111) 555-1212', undefined],
    ['call us', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [raw, expected] of cases) {
    test(`${JSON.stringify(raw)} -> ${JSON.stringify(expected)}`, () => assert.equal(normalisePhone(raw), expected));
  }
});

describe('normaliseZip', () => {
  test('pads lost leading zeros and drops ZIP+4', () => {
    assert.equal(normaliseZip('2134'), '02134');
    assert.equal(normaliseZip('35630-1465'), '35630');
    assert.equal(normaliseZip('356301465'), '35630');
    assert.equal(normaliseZip('ABCDE'), undefined);
    assert.equal(normaliseZip(''), undefined);
  });
});

describe('repairPdfText', () => {
  test('puts back the ligatures the 2017 PDF drew as accents', () => {
    assert.equal(repairPdfText('410 South Je˜erson Street'), '410 South Jefferson Street');
    assert.equal(
      repairPdfText('Bradford Health Services Birmingham Regional O˚ce'),
      'Bradford Health Services Birmingham Regional Office',
    );
    assert.equal(repairPdfText('Path˝nder Inc'), 'Pathfinder Inc');
    assert.equal(repairPdfText('SpectraCare ˛e Haven'), 'SpectraCare The Haven');
    assert.equal(repairPdfText('Lupe ˇuintero Wellness Center'), 'Lupe Quintero Wellness Center');
    assert.equal(repairPdfText('5851 East May˙ower Court'), '5851 East Mayflower Court');
    assert.equal(repairPdfText('Arizona Counseling Cliˆon'), 'Arizona Counseling Clifton');
  });
});
