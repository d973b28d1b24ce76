import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addressKey,
  explicitUnits,
  normaliseCity,
  normaliseName,
  normalisePhone,
  normaliseStreet,
  normaliseZip,
  streetLine,
  unitsDiffer,
} from './normalise.ts';
import { repairPageHeader, repairPdfText } from './source-readers.ts';

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
  // The same place in the 2021 list and the 2015 directory (ZIPs 78076 and 45219).
  ['605 North Highway 83', '605 North U.S. Highway 83'],
  ['311 East Martin Luther King Drive', '311 Martin Luther King Drive East'],
  ['4483 U.S. Route 42', '4483 US 42'],
  ['9283 W. U.S. 84', '9283 U.S. Highway 84 West'],
  ['1900 Massachusetts Avenue SE', '1900 SE Massachusetts Avenue'],
];

// Different places that a careless normaliser would merge.
const DIFFERENT_STREET: [string, string][] = [
  ['415 East Golf Road', '415 West Golf Road'],
  ['1203 West Maple Street', '1203 West Maple Avenue'],
  ['107-06 Northern Boulevard', '107-20 Northern Boulevard'],
  ['PO Box 12', 'PO Box 21'],
  // A street named after a letter keeps it: "Avenue N" is not "North Avenue".
  ['12 Avenue N', '12 North Avenue'],
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

describe('explicitUnits and unitsDiffer', () => {
  const units = (s: string) => Object.fromEntries(explicitUnits(s));
  test('reads suites, floors and buildings, in one spelling', () => {
    assert.deepEqual(units('8930 Stanford Boulevard, Suite M-100'), { unit: 'm100' });
    assert.deepEqual(units('360 West Benson Boulevard #300'), { unit: '300' });
    assert.deepEqual(units('2090 Adam Clayton Powell Jr Boulevard 7th floor'), { floor: '7' });
    assert.deepEqual(units('5664 SW 60th Avenue Building 4, Suite 2'), { unit: '2', building: '4' });
    assert.deepEqual(units('955 West Center St., Suite 1, 12A, 12B & 14'), { unit: '1|12a|12b|14' });
    assert.deepEqual(units('PO Box 12'), {});
  });
  const differ = (a: string, b: string) => unitsDiffer(explicitUnits(a), explicitUnits(b));
  test('different units of one kind differ; a unit in common, or another kind, does not', () => {
    assert.ok(differ('15290 East 6th Avenue Suite 160', '15290 East 6th Avenue Suite 110'));
    assert.ok(differ('1635 Central Avenue 1st Floor', '1635 Central Avenue 5th Floor'));
    assert.ok(!differ('556 Washington Avenue Unit 201', '556 Washington Avenue Suite 201'));
    assert.ok(!differ('20 Page Drive Suites 7 and 8', '20 Page Dr. Ste. 8'));
    assert.ok(!differ('263 Quigley Boulevard Suite 1-A', '263 Quigley Boulevard Suite 1A'));
    assert.ok(!differ('100 Main Street Suite 300', '100 Main Street 3rd Floor'));
    assert.ok(!differ('100 Main Street Suite 300', '100 Main Street'));
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

describe('repairPageHeader', () => {
  test('takes the 2017 page header out of a name, and finds a name that leaked into the street column', () => {
    assert.deepEqual(
      repairPageHeader(
        'For Code Definitions - See KEY on Page v. Cummins Behavioral Health Systems Inc',
        '6655 East U.S. Highway 36',
        '474',
      ),
      { name: 'Cummins Behavioral Health Systems Inc', street: '6655 East U.S. Highway 36' },
    );
    assert.deepEqual(
      repairPageHeader('For Code Definitions - See KEY on Page v.', '587Discovery House CTC of Bangor 74 Dowd Road', '587'),
      {
        name: 'Discovery House CTC of Bangor',
        street: '74 Dowd Road',
      },
    );
    assert.deepEqual(
      repairPageHeader('For Code Definitions - See KEY on Page v.', '585A New Philosophy 507 South Freedom Road', '585'),
      {
        name: 'A New Philosophy',
        street: '507 South Freedom Road',
      },
    );
    // No street to split off: the name stays empty, and the row is rejected as having no name.
    assert.equal(repairPageHeader('For Code Definitions - See KEY on Page v.', '639 VA Maryland Building 22-H', '639').name, '');
    assert.deepEqual(repairPageHeader('Ordinary Name', '1 Main Street', '10'), {
      name: 'Ordinary Name',
      street: '1 Main Street',
    });
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
