import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applyCorrections,
  type Correction,
  type CorrectionChange,
  checkedDay,
  conflictOf,
  dayNumber,
  isClosed,
  OUR_TEAM_SOURCE,
  observe,
  overlayDirectory,
  slotOf,
} from './corrections.ts';
import type { Facility } from './facility.ts';

/** A Florence, AL listing as the directory builds it (A New Beginning, from the bundled lists). */
const facility = (over: Partial<Facility> = {}): Facility => ({
  id: '599kbb0hsw',
  name: 'A New Beginning',
  name2: '',
  street: '122 Helton Ct.',
  street2: '',
  city: 'Florence',
  state: 'AL',
  zip: '35630',
  addressSource: 'locator-2021',
  latitude: 34.832909,
  longitude: -87.66639,
  locationSource: 'locator-2021',
  locationMethod: 'source',
  locationNote: null,
  phone: '256-381-0013',
  intakePhone: '256-978-5352',
  phoneSource: 'directory-2017',
  phoneSourceName: 'A New Beginning Inc',
  phoneCentralIntake: true,
  intakePhoneCentralIntake: false,
  website: null,
  status: 'confirmed',
  lastSeenYear: 2021,
  servesOnly: [],
  services: new Map([
    ['RES', 'locator-2021'],
    ['OTP', 'otp-2022'],
    ['MM', 'moud-2020'],
  ]),
  offers: ['care:residential', 'medication:methadone'],
  disagreements: ['medication:methadone'],
  listedIn: ['locator-2021', 'directory-2017'],
  ...over,
});

let nextId = 1;
const correction = (change: CorrectionChange, over: Partial<Correction> = {}): Correction => ({
  id: nextId++,
  facilityId: '599kbb0hsw',
  change,
  base: observe(slotOf(change), facility()),
  evidence: 'called',
  checkedOn: '2026-12-03',
  acceptedAt: `2026-12-03T10:00:0${nextId % 10}.000Z`,
  ...over,
});

describe('applyCorrections', () => {
  test('no corrections: the very same facility', () => {
    const f = facility();
    assert.equal(applyCorrections(f, []), f);
    assert.equal(f.checked, undefined);
  });

  test('a phone: the new number, from our team, with the check beside it; the directory record is untouched', () => {
    const f = facility();
    const shown = applyCorrections(f, [correction({ field: 'phone', phone: '256-555-0100' })]);
    assert.equal(shown.phone, '256-555-0100');
    assert.equal(shown.phoneSource, OUR_TEAM_SOURCE);
    assert.equal(shown.phoneSourceName, null, 'the old list’s name for the number no longer applies');
    assert.equal(shown.phoneCentralIntake, false);
    assert.deepEqual(shown.checked?.phone, { checkedOn: '2026-12-03', evidence: 'called' });
    assert.equal(shown.checked?.lastChecked, '2026-12-03');
    assert.equal(shown.intakePhone, '256-978-5352', 'other fields stay');
    assert.equal(f.phone, '256-381-0013');
    assert.equal(f.checked, undefined);
  });

  test('services: removing one drops its concept and every code behind it; adding one adds the concept and a code', () => {
    const shown = applyCorrections(facility(), [
      correction({ field: 'service', concept: 'medication:methadone', offered: false }),
      correction({ field: 'service', concept: 'medication:buprenorphine', offered: true }, { checkedOn: '2026-12-05' }),
    ]);
    assert.deepEqual(shown.offers, ['care:residential', 'medication:buprenorphine']);
    assert.deepEqual(shown.disagreements, [], 'our check settles what the lists disagreed about');
    assert.deepEqual([...shown.services.keys()].sort(), ['BU', 'RES']);
    assert.equal(shown.services.get('BU'), OUR_TEAM_SOURCE);
    assert.equal(shown.checked?.lastChecked, '2026-12-05', 'the newest check');
    assert.deepEqual(
      shown.checked?.services.map((s) => [s.concept, s.offered]),
      [
        ['medication:methadone', false],
        ['medication:buprenorphine', true],
      ],
    );
  });

  test('address: the new address and point, the address from our team', () => {
    const shown = applyCorrections(facility(), [
      correction({
        field: 'address',
        street: '300 Court St.',
        street2: 'Suite 4',
        city: 'Florence',
        state: 'AL',
        zip: '35630',
        latitude: 34.8,
        longitude: -87.67,
        locationMethod: 'zip-centroid',
        locationSource: 'zcta-2021',
      }),
    ]);
    assert.equal(shown.street, '300 Court St.');
    assert.equal(shown.street2, 'Suite 4');
    assert.equal(shown.latitude, 34.8);
    assert.equal(shown.locationMethod, 'zip-centroid');
    assert.equal(shown.locationSource, 'zcta-2021', 'the centre of the ZIP code, from its table');
    assert.equal(shown.addressSource, OUR_TEAM_SOURCE);
    assert.ok(shown.checked?.address);
  });

  test('closed, then open again; serves only adds the concept it implies', () => {
    const closed = applyCorrections(facility(), [correction({ field: 'closed', closed: true })]);
    assert.equal(isClosed(closed), true);
    const reopened = applyCorrections(facility(), [
      correction({ field: 'closed', closed: true }, { acceptedAt: '2026-12-01T00:00:00.000Z' }),
      correction({ field: 'closed', closed: false }, { acceptedAt: '2026-12-02T00:00:00.000Z' }),
    ]);
    assert.equal(isClosed(reopened), false, 'the newer correction of a slot wins, whatever order they come in');
    const veterans = applyCorrections(facility(), [correction({ field: 'serves_only', servesOnly: ['veterans'] })]);
    assert.deepEqual(veterans.servesOnly, ['veterans']);
    assert.ok(veterans.offers.includes('population:veterans'));
  });

  test('overlayDirectory touches only the facilities with corrections', () => {
    const a = facility();
    const b = facility({ id: 'bbbbbbbbbb' });
    const [shownA, shownB] = overlayDirectory([a, b], new Map([['bbbbbbbbbb', [correction({ field: 'closed', closed: true })]]]));
    assert.equal(shownA, a);
    assert.equal(isClosed(shownB as Facility), true);
  });

  test('checkedDay: the day number of the last check, 0 for never', () => {
    assert.equal(checkedDay(facility()), 0);
    const shown = applyCorrections(facility(), [correction({ field: 'phone', phone: '256-555-0100' })]);
    assert.equal(checkedDay(shown), dayNumber('2026-12-03'));
    assert.equal(dayNumber('1970-01-02'), 1);
  });
});

describe('conflictOf: when a rebuilt directory disagrees with a correction', () => {
  const phoneFix = correction({ field: 'phone', phone: '256-555-0100' });
  test('a rebuild from the same lists: no conflict', () => {
    assert.equal(conflictOf(phoneFix, facility()), undefined);
  });
  test('an import with yet another number: a conflict, with the directory as it is now', () => {
    const imported = facility({ phone: '256-555-0142', listedIn: ['findtreatment', 'locator-2021'] });
    const conflict = conflictOf(phoneFix, imported);
    assert.equal(conflict?.kind, 'disagrees');
    assert.equal(conflict?.kind === 'disagrees' && conflict.directory.phone, '256-555-0142');
  });
  test('an import that now says what we say: no conflict', () => {
    assert.equal(conflictOf(phoneFix, facility({ phone: '256-555-0100' })), undefined);
  });
  test('the facility is gone from the directory', () => {
    assert.equal(conflictOf(phoneFix, undefined)?.kind, 'gone');
  });
  test('"closed", then a newer list lists the place again', () => {
    const closed = correction({ field: 'closed', closed: true });
    assert.equal(conflictOf(closed, facility()), undefined);
    assert.equal(
      conflictOf(closed, facility({ listedIn: ['findtreatment', 'locator-2021'], lastSeenYear: 2026 }))?.kind,
      'disagrees',
    );
  });
  test('"no methadone", then a newer list vouches for methadone again', () => {
    const noMethadone = correction({ field: 'service', concept: 'medication:methadone', offered: false });
    assert.equal(conflictOf(noMethadone, facility()), undefined);
    const relisted = facility({ services: new Map([...facility().services, ['METH', 'findtreatment']]) });
    assert.equal(conflictOf(noMethadone, relisted)?.kind, 'disagrees');
    const dropped = facility({ services: new Map([['RES', 'locator-2021']]), offers: ['care:residential'] });
    assert.equal(conflictOf(noMethadone, dropped), undefined, 'the lists now agree with us');
  });
});
