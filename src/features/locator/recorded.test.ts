import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { conceptKey } from '../../domain/concepts.ts';
import type { Facility } from '../../domain/facility.ts';
import { RECORDED_RULES, recordedConcepts } from './recorded.ts';

const legend = new Map(
  Object.entries({
    OP: 'Service setting',
    RES: 'Service setting',
    SA: 'Type of care',
    MD: 'Payment / insurance / funding accepted',
    SF: 'Payment / insurance / funding accepted',
    SS: 'Payment assistance',
    WN: 'Special programs / groups',
    VET: 'Special programs / groups',
    TAY: 'Special programs / groups',
    SP: 'Language services',
    CBT: 'Treatment approaches',
    BUM: 'Opioid medications / opioid treatment',
    MM: 'Opioid medications / opioid treatment',
    VTRL: 'Pharmacotherapies',
    OTP: 'Opioid medications / opioid treatment',
  }).map(([code, category]) => [code, { category }]),
);

const place = (services: Record<string, string>): Facility =>
  ({ services: new Map(Object.entries(services)), offers: [], servesOnly: [] }) as unknown as Facility;

// What each list prints across the directory decides what it speaks about: the 2017 directory prints therapy
// approaches and young-adult programs, the 2015 directory does not, the medication list prints medications only.
const d2015 = place({ OP: 'directory-2015', SA: 'directory-2015', SF: 'directory-2015', WN: 'directory-2015' });
const d2017 = place({
  RES: 'directory-2017',
  MD: 'directory-2017',
  TAY: 'directory-2017',
  CBT: 'directory-2017',
  SP: 'directory-2017',
});
const other2015 = place({ RES: 'directory-2015', MD: 'directory-2015', VET: 'directory-2015', SP: 'directory-2015' });
const noPayment = place({ OP: 'directory-2015', WN: 'directory-2015' });
const moudOnly = place({ BUM: 'moud-2020', VTRL: 'moud-2020' });
const locatorOnly = place({});
const otp = place({ OTP: 'otp-2022', MM: 'moud-2020' });
const recorded = recordedConcepts([d2015, other2015, d2017, noPayment, moudOnly, locatorOnly, otp], legend);
const keys = (f: Facility) => new Set([...recorded(f)].map(conceptKey));

describe('what a listing records', () => {
  test('a full directory records care, payment, programs and languages: what it leaves out is a "no"', () => {
    const k = keys(d2015);
    for (const key of ['care:residential', 'payment:medicaid', 'population:veterans', 'language:spanish'])
      assert.ok(k.has(key), key);
  });
  test('the 2015 directory records no therapy approaches and no young-adult programs; the 2017 one does', () => {
    assert.ok(!keys(d2015).has('approach:cbt'));
    assert.ok(!keys(d2015).has('population:young-adults'));
    assert.ok(keys(d2017).has('approach:cbt'));
    assert.ok(keys(d2017).has('population:young-adults'));
  });
  test('every place takes some kind of payment: a listing with no payment code at all does not record payment', () => {
    assert.ok(!keys(noPayment).has('payment:medicaid'));
    assert.ok(keys(noPayment).has('population:women'), 'its programs are still recorded');
  });
  test('a medication list says nothing about care, payment or programs', () => {
    const k = keys(moudOnly);
    assert.ok(!k.has('care:outpatient') && !k.has('payment:medicaid') && !k.has('population:women'));
  });
  test('medication is recorded for every place (the medication and OTP lists are complete lists)', () => {
    assert.equal(RECORDED_RULES.medication, 'always');
    for (const f of [locatorOnly, moudOnly, d2015, otp]) assert.ok(keys(f).has('medication:buprenorphine'));
  });
  test('a place only in the 2021 locator records nothing else', () =>
    assert.deepEqual(
      [...keys(locatorOnly)].filter((k) => !k.startsWith('medication:')),
      [],
    ));
});
