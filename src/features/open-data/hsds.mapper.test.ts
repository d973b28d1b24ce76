// biome-ignore-all lint/suspicious/noExplicitAny: HSDS records are deep JSON, read freely in these tests
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Facility } from '../../domain/facility.ts';
import { HSDS_NAMESPACE, hsdsId, UUID, uuidV5 } from './hsds.ids.ts';
import {
  cleanText,
  cleanUrl,
  type HsdsContext,
  type LegendEntry,
  noCorrections,
  TAXONOMY_ID,
  taxonomyTerm,
  toHsds,
} from './hsds.mapper.ts';
import { hsdsValidators, problems } from './hsds.validator.ts';

const facility = (over: Partial<Facility> = {}): Facility => ({
  id: 'abc123defg',
  name: '  Harbor <b>Recovery</b>\u0007 Center ',
  name2: 'A program of Harbor Health',
  street: '12 Main St',
  street2: 'Suite 4',
  city: 'Baltimore',
  state: 'MD',
  zip: '21201',
  addressSource: 'directory-2017',
  latitude: 39.29,
  longitude: -76.61,
  locationSource: 'locator-2021',
  locationMethod: 'source',
  phone: '410-555-0100',
  intakePhone: '410-555-0199',
  phoneSource: 'locator-2021',
  website: 'javascript:alert(1)',
  status: 'confirmed',
  lastSeenYear: 2021,
  services: new Map([
    ['OP', 'locator-2021'],
    ['MD', 'locator-2021'],
    ['SS', 'directory-2017'],
    ['SP', 'directory-2017'],
    ['AH', 'directory-2017'],
    ['FX', 'directory-2017'],
    ['VET', 'directory-2017'],
    ['ADLT', 'directory-2017'],
    ['JC', 'directory-2017'],
  ]),
  listedIn: ['locator-2021', 'directory-2017'],
  locationNote: null,
  phoneSourceName: null,
  phoneCentralIntake: false,
  intakePhoneCentralIntake: false,
  servesOnly: ['veterans'],
  offers: ['care:outpatient', 'payment:medicaid', 'payment:sliding', 'language:spanish', 'population:veterans'],
  disagreements: [],
  ...over,
});

const legend = new Map(
  [
    ['OP', 'Service setting', 'Outpatient', 'Outpatient'],
    ['MD', 'Payment / insurance / funding accepted', 'Medicaid', 'Medicaid'],
    ['SS', 'Payment assistance', 'Sliding fee scale', 'Sliding fee scale (price based on income)'],
    ['SP', 'Language services', 'Spanish', 'Spanish'],
    ['AH', 'Language services', 'Assistance for the deaf', 'Sign language (ASL) for Deaf and hard of hearing people'],
    ['FX', 'Language services', 'Services in other languages', 'Services in other languages'],
    ['VET', 'Special programs / groups', 'Veterans', 'Veterans'],
    ['ADLT', 'Age groups accepted', 'Adults', 'Adults'],
    ['JC', 'License / certification / accreditation', 'The Joint Commission', 'Accredited by The Joint Commission'],
  ].map(([code, category, label, plainLabel]) => [
    code as string,
    { code: code as string, category: category as string, label: label as string, plainLabel: plainLabel as string },
  ]),
);

const ctx = (over: Partial<HsdsContext> = {}): HsdsContext => ({
  sources: new Map([
    ['locator-2021', { key: 'locator-2021', name: 'SAMHSA Treatment Locator', publisher: 'SAMHSA', year: 2021 }],
    ['directory-2017', { key: 'directory-2017', name: 'National Directory', publisher: 'SAMHSA', year: 2017 }],
    ['service-codes', { key: 'service-codes', name: 'Service code legend', publisher: 'SAMHSA', year: 2017 }],
  ]),
  legend,
  builtAt: '2026-11-29T10:05:40.611Z',
  publicUrl: 'https://example.org',
  assuredDate: noCorrections,
  ...over,
});

describe('HSDS ids', () => {
  test('version 5 UUIDs as RFC 4122 computes them, stable for the same facility', () => {
    // The well-known example: www.example.com in the DNS namespace.
    assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.match(HSDS_NAMESPACE, UUID);
    assert.equal(hsdsId('service', 'abc123defg'), hsdsId('service', 'abc123defg'));
    assert.notEqual(hsdsId('service', 'abc123defg'), hsdsId('location', 'abc123defg'));
    assert.notEqual(hsdsId('service', 'abc123defg'), hsdsId('service', 'abc123defh'));
  });
});

describe('untrusted text', () => {
  test('control characters go, spaces collapse; only http(s) web addresses are kept', () => {
    assert.equal(cleanText(' a\u0000b\n\tc  '), 'a b c');
    assert.equal(cleanUrl('javascript:alert(1)'), undefined);
    assert.equal(cleanUrl('data:text/html,hi'), undefined);
    assert.equal(cleanUrl('www.example.org/x'), 'http://www.example.org/x');
    assert.equal(cleanUrl('https://example.org'), 'https://example.org/');
    assert.equal(cleanUrl('not a site'), undefined);
  });
});

describe('toHsds', () => {
  test('one organization, service, location and service_at_location, valid against the official schemas', () => {
    const v = hsdsValidators();
    const h = toHsds(facility(), ctx());
    for (const [name, record] of [
      ['service', h.service],
      ['organization', h.organization],
      ['location', h.location],
      ['service_at_location', h.serviceAtLocation],
    ] as const) {
      assert.ok(v[name](record), `${name}: ${problems(v[name])}`);
    }
    const s = h.service as Record<string, any>;
    assert.equal(s.id, hsdsId('service', 'abc123defg'));
    assert.equal(s.organization.id, s.organization_id);
    assert.equal(s.service_at_locations[0].location.id, s.service_at_locations[0].location_id);
    assert.equal(s.name, 'Harbor <b>Recovery</b> Center', 'control characters dropped; escaping is the JSON writer’s job');
    assert.equal(s.url, undefined, 'a javascript: address is never published');
    assert.equal(s.status, 'active');
    assert.match(s.alert, /Last listed by SAMHSA in 2021/);
    assert.equal(s.assured_date, undefined, 'no corrections yet');
  });

  test('codes become attributes of one taxonomy, and languages, eligibility, fees and accreditations where HSDS has a field', () => {
    const s = toHsds(facility(), ctx()).service as Record<string, any>;
    const codes = ['ADLT', 'AH', 'FX', 'JC', 'MD', 'OP', 'SP', 'SS', 'VET'];
    assert.deepEqual(
      s.attributes.map((a: any) => a.taxonomy_term_id),
      codes.map((code) => hsdsId('taxonomy_term', code)),
    );
    for (const a of s.attributes) {
      assert.equal(a.link_id, s.id);
      assert.equal(a.link_entity, 'service');
    }
    const term = taxonomyTerm(legend.get('SS') as LegendEntry);
    assert.equal(term.id, hsdsId('taxonomy_term', 'SS'));
    assert.equal(term.taxonomy_id, TAXONOMY_ID);
    assert.equal(term.name, 'Sliding fee scale (price based on income)');
    assert.deepEqual(
      s.languages.map((l: any) => [l.name, l.code]),
      [
        ['American Sign Language', 'ase'],
        ['Spanish', 'es'],
      ],
    );
    assert.equal(s.eligibility_description, 'Only serves: veterans. Ages: Adults. Programs for: Veterans.');
    assert.equal(s.fees_description, 'Accepts: Medicaid. Help paying: Sliding fee scale (price based on income).');
    assert.equal(s.accreditations, 'Accredited by The Joint Commission.');
  });

  test('metadata says which source and year gave each fact', () => {
    const h = toHsds(facility(), ctx());
    const s = h.service as Record<string, any>;
    const phone = s.phones.find((p: any) => p.description === 'Main number');
    assert.equal(phone.number, '410-555-0100');
    assert.match(phone.metadata[0].updated_by, /SAMHSA Treatment Locator \(SAMHSA, 2021\)/);
    const address = (h.location as any).addresses[0];
    assert.equal(address.address_1, '12 Main St');
    assert.equal(address.address_2, 'Suite 4');
    assert.match(address.metadata[0].updated_by, /National Directory \(SAMHSA, 2017\)/);
    const codesBySource = Object.fromEntries(
      s.metadata
        .filter((m: any) => m.field_name === 'attributes')
        .map((m: any) => [m.updated_by.replace(/.*from /, ''), m.replacement_value]),
    );
    assert.deepEqual(codesBySource, {
      'SAMHSA Treatment Locator (SAMHSA, 2021)': 'MD OP',
      'National Directory (SAMHSA, 2017)': 'ADLT AH FX JC SP SS VET',
    });
    const ids = JSON.stringify(h.service).match(/"id":"[^"]+"/g) ?? [];
    assert.ok(ids.length > 15);
    assert.equal(new Set(ids).size, ids.length, 'every id in the nested service is unique');
  });

  test('a private address, an approximate point, an old listing and an assured date', () => {
    const h = toHsds(
      facility({
        street: '',
        street2: '',
        locationMethod: 'zip-centroid',
        status: 'unconfirmed',
        lastSeenYear: 2015,
        listedIn: [],
      }),
      ctx({ assuredDate: () => '2026-11-01' }),
    );
    const v = hsdsValidators();
    assert.ok(v.service(h.service), problems(v.service));
    const loc = h.location as Record<string, any>;
    assert.equal(loc.addresses, undefined);
    assert.match(loc.description, /not listed.*Baltimore, MD, 21201/);
    assert.match(loc.metadata[0].replacement_value, /approximate: the centre of its ZIP code/);
    assert.match((h.service as any).alert, /Not seen in any list since 2015/);
    assert.equal((h.service as any).assured_date, '2026-11-01');
  });
});
