import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  DIR2015,
  DIR2017,
  DIR2017_OTP,
  FIXTURE_SOURCES,
  LOCATOR,
  MOUD,
  OTP,
  row,
  source,
} from '../../test/support/source-rows.ts';
import { at } from '../lib/arrays.ts';
import { type Geography, loadGeography } from './geography.ts';
import { acronymOf, isLegalName, rowSimilarity } from './match.ts';
import { type MergeResult, mergeSources } from './merge.ts';
import type { LoadedSource, SourceRow } from './source-row.ts';

let geography: Geography;
before(() => {
  geography = loadGeography(FIXTURE_SOURCES);
});

type Outcome = 'same place' | 'confirms the address only' | 'separate places';

/** What the merge made of `incoming`, relative to the place `first` founded. */
function outcome(result: MergeResult, first: SourceRow, incoming: SourceRow): Outcome {
  const home = result.facilities.find((f) => f.sourceRows.some((r) => r.row === first.row));
  const there = home?.sourceRows.find((r) => r.row === incoming.row);
  if (!there) return 'separate places';
  return there.role === 'address-only' ? 'confirms the address only' : 'same place';
}

interface Case {
  why: string;
  sources: (a: SourceRow, b: SourceRow) => LoadedSource[];
  a: SourceRow;
  b: SourceRow;
  expected: Outcome;
}

// Real pairs from data/sources, each printed at one street address by two lists. "Same organisation" and
// "different organisation" below are what the people behind the listings are, judged by reading them.
const SAME_ORGANISATION: Case[] = [
  {
    why: 'renamed, same phone: "Tuscaloosa Treatment Center" and "TTC, L.L.C."',
    a: row('Tuscaloosa Treatment Center', '1001 Mimosa Park Road', 'Tuscaloosa', 'AL', '35405', { phone: '205-752-5857' }),
    b: row('TTC, L.L.C.', '1001 Mimosa Park Road', 'Tuscaloosa', 'AL', '35405', { phone: '(205) 752-5857' }),
    sources: (a, b) => [source(DIR2017, [a]), source(DIR2015, [b])],
    expected: 'same place',
  },
  {
    why: 'a word that names one organisation: "Hazelden Betty Ford Foundation" and "Hazelden Maple Grove"',
    a: row('Hazelden Betty Ford Foundation', '7001 East Fish Lake Road', 'Maple Grove', 'MN', '55311'),
    b: row('Hazelden Maple Grove', '7001 East Fish Lake Road', 'Maple Grove', 'MN', '55311', { phone: '763-420-4680' }),
    sources: (a, b) => [source(LOCATOR, [a]), source(DIR2015, [b])],
    expected: 'same place',
  },
  {
    why: 'the OTP directory names the licence holder: "ATS of Cecil County, LLC" is Elkton Comprehensive Treatment Center',
    a: row('Elkton Comprehensive Treatment Center', '212 Blue Ball Avenue', 'Elkton', 'MD', '21921'),
    b: row('ATS of Cecil County, LLC', '212 Blue Ball Ave.', 'Elkton', 'MD', '21921', { codes: ['OTP'] }),
    sources: (a, b) => [source(LOCATOR, [a]), source(OTP, [b])],
    expected: 'same place',
  },
  {
    why: 'an acronym: "WTCR San Angelo" and "West Texas Counseling and Rehabilitation Program of San Angelo Inc."',
    a: row('WTCR San Angelo', '601 South Irving Place', 'San Angelo', 'TX', '76903', { street2: 'Suite 4' }),
    b: row(
      'West Texas Counseling and Rehabilitation Program of San Angelo Inc.',
      '601 South Irving Place, Suite 4',
      'San Angelo',
      'TX',
      '76903',
      {
        codes: ['OTP'],
      },
    ),
    sources: (a, b) => [source(LOCATOR, [a]), source(OTP, [b])],
    expected: 'same place',
  },
  {
    why: 'a 2020 flag confirmed by the place’s own codes: "Inova CATS Program" and the OTP’s full name',
    a: row('Inova CATS Program', '3300 Gallows Road', 'Falls Church', 'VA', '22042', {
      codes: ['MM', 'OTP', 'METH'],
      phone: '703-289-7782',
    }),
    b: row('Comprehensive Addiction Treatment Services (CATS)', '3300 Gallows Rd.', 'Falls Church', 'VA', '22042', {
      codes: ['MM'],
    }),
    sources: (a, b) => [source(DIR2017_OTP, [a]), source(MOUD, [b])],
    expected: 'same place',
  },
];

const DIFFERENT_ORGANISATIONS: Case[] = [
  {
    why: 'different suites, names not alike: AHBI (Suite 160) and Anchor Counseling (Suite 110)',
    a: row('AHBI Inc BI Day Reporting Center Colorado', '15290 East 6th Avenue Suite 160', 'Aurora', 'CO', '80011', {
      phone: '303-699-8181',
    }),
    b: row('Anchor Counseling Inc', '15290 East 6th Avenue', 'Aurora', 'CO', '80011', {
      street2: 'Suite 110',
      phone: '303-367-9356',
    }),
    sources: (a, b) => [source(DIR2017, [a]), source(DIR2015, [b])],
    expected: 'separate places',
  },
  {
    why: 'different suites, names 0.63 alike: Midwest Treatment Center (1700) and Alternatives Treatment Center (1703)',
    a: row('Midwest Treatment Center Inc', '17 North State Street Suite 1700', 'Chicago', 'IL', '60602', {
      phone: '312-577-7195',
    }),
    b: row('Alternatives Treatment Center Inc', '17 North State Street Suite 1703', 'Chicago', 'IL', '60602', {
      phone: '312-897-3500',
    }),
    sources: (a, b) => [source(DIR2017, [a]), source(DIR2015, [b])],
    expected: 'separate places',
  },
  {
    why: 'different suites, one building: Bi Bett (176) and Telecare (133)',
    a: row('Bi Bett Corp', '7200 Bancroft Avenue', 'Oakland', 'CA', '94605', {
      name2: 'East Oakland Recovery Center',
      street2: 'Suite 176',
    }),
    b: row('Telecare Corporation', '7200 Bancroft Avenue', 'Oakland', 'CA', '94605', {
      name2: 'CHANGES Dual Recovery Program',
      street2: 'Suite 133 Building B',
      phone: '510-553-8500',
    }),
    sources: (a, b) => [source(LOCATOR, [a]), source(DIR2015, [b])],
    expected: 'separate places',
  },
  {
    why: 'one organisation’s programs in two suites, even with one main phone: Akeela (Suites 200 and 300)',
    a: row('Akeela Women and Families Programs', '360 West Benson Boulevard Suite 200', 'Anchorage', 'AK', '99503', {
      phone: '907-433-7080',
    }),
    b: row(
      'Akeela Inc Stepping Stones/Womens Resid Facility',
      '360 West Benson Boulevard Suite 300',
      'Anchorage',
      'AK',
      '99503',
      {
        phone: '907-569-0097',
        intakePhone: '907-433-7080',
      },
    ),
    sources: (a, b) => [source(DIR2017, [a]), source(DIR2015, [b])],
    expected: 'separate places',
  },
  {
    why: 'a county health department at a clinic’s address, no unit and no phone in common: it lends nothing',
    a: row('SRR Treatment Solutions', '8930 Stanford Boulevard', 'Columbia', 'MD', '21045', {
      name2: 'Silverman Treatment Solutions',
      street2: 'Suite M-100',
    }),
    b: row('Howard County Health Department Bureau of Behavioral Health', '8930 Stanford Boulevard', 'Columbia', 'MD', '21045', {
      phone: '410-313-6202',
      codes: ['SA', 'DT', 'BU'],
    }),
    sources: (a, b) => [source(LOCATOR, [a]), source(DIR2017, [b])],
    expected: 'confirms the address only',
  },
  {
    why: 'a name on the door in the 2020 list is not a company name: Resource Training Center Inc at a detox program',
    a: row('Genesis Detox of Brooklyn, LLC', '449 39th Street', 'Brooklyn', 'NY', '11232', { codes: ['OTP'] }),
    b: row('Resource Training Center Inc', '449 39th Street', 'Brooklyn', 'NY', '11232', {
      name2: 'Resource Counseling Center Inc OP',
      street2: '2nd Floor',
      codes: ['BUM', 'VTRL'],
    }),
    sources: (a, b) => [source(OTP, [a]), source(MOUD, [b])],
    expected: 'confirms the address only',
  },
];

// Both kinds of error, measured: on 59 randomly drawn rows that the old merge joined under names less than
// 0.5 alike (labelled by reading them: 51 same organisation, 8 different), these rules keep 1 false merge
// (Westwind Recovery and "Pacific Recovery Solutions LLC", whose relation we could not establish) and split
// 18 renamed places, which then lose an old listing's phone and services. These pairs are such splits: the
// rules cannot tell a renamed organisation from a new one when nothing but the address is shared.
const KNOWN_SPLITS: Case[] = [
  {
    why: 'renamed (Caminar took over Family and Children Services), different phone',
    a: row('Caminar', '950 West Julian Street', 'San Jose', 'CA', '95126', { phone: '408-292-9353' }),
    b: row('Family and Children Services', '950 West Julian Street', 'San Jose', 'CA', '95126', {
      name2: 'Substance Abuse Treatment Program',
      phone: '408-280-1234',
    }),
    sources: (a, b) => [source(DIR2017, [a]), source(DIR2015, [b])],
    expected: 'confirms the address only',
  },
  {
    why: 'renamed (ComWell was the Human Service Center), in the 2020 list under the old name',
    a: row('ComWell', '109 West Elm Street', 'Okawville', 'IL', '62271'),
    b: row('Human Service Center', '109 West Elm Street', 'Okawville', 'IL', '62271', {
      name2: 'South Metro East Okawville Office',
      codes: ['BUM'],
    }),
    sources: (a, b) => [source(LOCATOR, [a]), source(MOUD, [b])],
    expected: 'confirms the address only',
  },
];

describe('the first pass: what a row printed at a place’s street address is to it', () => {
  for (const [group, cases] of [
    ['same organisation', SAME_ORGANISATION],
    ['different organisations', DIFFERENT_ORGANISATIONS],
    ['known limits (same organisation, told apart)', KNOWN_SPLITS],
  ] as const) {
    for (const c of cases) {
      test(`${group}: ${c.why}`, () => {
        const result = mergeSources(c.sources(c.a, c.b), geography);
        assert.equal(outcome(result, c.a, c.b), c.expected);
      });
    }
  }

  test('a row that only confirms the address lends no phone and no services; the right row lends its own', () => {
    const locator = row('SRR Treatment Solutions', '8930 Stanford Boulevard', 'Columbia', 'MD', '21045', {
      name2: 'Silverman Treatment Solutions',
      street2: 'Suite M-100',
    });
    const county = row(
      'Howard County Health Department Bureau of Behavioral Health',
      '8930 Stanford Boulevard',
      'Columbia',
      'MD',
      '21045',
      {
        phone: '410-313-6202',
        codes: ['SA', 'DT', 'BU', 'NMOA'],
      },
    );
    const srr = row(
      'Treatment Solutions Silverman Treatment Solutions',
      '8930 Stanford Boulevard Suite M-100',
      'Columbia',
      'MD',
      '21045',
      {
        phone: '443-285-0807',
        intakePhone: '443-766-9805',
        codes: ['SA', 'MM', 'METH', 'OTP'],
      },
    );
    const result = mergeSources([source(LOCATOR, [locator]), source(DIR2017, [county, srr])], geography);
    assert.equal(result.facilities.length, 1);
    const f = at(result.facilities, 0);
    assert.equal(f.phone, '443-285-0807');
    assert.equal(f.intakePhone, '443-766-9805');
    assert.equal(f.phoneSourceName, 'Treatment Solutions Silverman Treatment Solutions');
    assert.ok(!f.services.has('NMOA') && !f.services.has('DT'), 'the county’s codes are not the clinic’s');
    assert.ok(f.offers.includes('medication:methadone'));
    assert.equal(result.sources[1]?.addressOnly, 1);
  });

  test('the phone comes from the row whose name is closest to the name shown, whichever list came first', () => {
    const locator = row('Elevations Health', '12794 West Forest Hills Boulevard', 'Wellington', 'FL', '33414', {
      street2: 'Suite 18',
    });
    const old = row('Elevations Health Wellington', '12794 West Forest Hills Boulevard Suite 18', 'Wellington', 'FL', '33414', {
      phone: '561-795-1518',
    });
    const newer = row(
      'Elevations Health Outpatient Program',
      '12794 West Forest Hills Boulevard Suite 18',
      'Wellington',
      'FL',
      '33414',
      {
        phone: '561-555-0100',
      },
    );
    const closest = row('Elevations Health', '12794 West Forest Hills Boulevard Suite 18', 'Wellington', 'FL', '33414', {
      phone: '561-555-0199',
    });
    const result = mergeSources(
      [source(LOCATOR, [locator]), source(DIR2017, [newer]), source(DIR2015, [old, closest])],
      geography,
    );
    assert.equal(result.facilities.length, 1);
    assert.equal(result.facilities[0]?.phone, '561-555-0199');
    assert.equal(result.facilities[0]?.phoneSource, 'directory-2015');
    assert.equal(result.facilities[0]?.phoneSourceName, 'Elevations Health');
  });
});

describe('name evidence', () => {
  test('acronyms of three to six letters match the initials of the other name', () => {
    assert.ok(acronymOf('CKF Addiction Treatment Inc', 'Central Kansas Foundation'));
    assert.ok(acronymOf('LESC', 'Lower Eastside Service Center, Inc.'));
    assert.ok(acronymOf('Addiction Recovery Systems', 'ARS New Castle LLC'));
    assert.ok(!acronymOf('VA Medical Center', 'Valley Alliance'), 'two letters never count');
    assert.ok(!acronymOf('Anchor Counseling Inc', 'AHBI Inc BI Day Reporting Center'));
  });

  test('a registered company name', () => {
    for (const name of ['ATS of Cecil County, LLC', 'WCHS, Inc.', 'Finch Clinic, PllP', '11100 Billingsley Road OPCO LLC']) {
      assert.ok(isLegalName(name), name);
    }
    for (const name of ['Elkton Comprehensive Treatment Center', 'High Point @ Jamaica Plain', 'Inc Recovery House']) {
      assert.ok(!isLegalName(name), name);
    }
  });

  test('two programs of one organisation are not alike by the organisation’s name alone', () => {
    const outpatient = row('Akeela Inc', '', '', 'AK', '99503', { name2: 'Outpatient' });
    const women = row('Akeela Inc', '', '', 'AK', '99503', { name2: 'Women and Families Programs' });
    assert.ok(rowSimilarity(outpatient, women) < 0.5);
    assert.equal(rowSimilarity(row('Akeela Inc', '', '', 'AK', '99503'), women), 1);
  });
});
