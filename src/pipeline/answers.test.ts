import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DIR2015, DIR2017, DIR2017_OTP, LOCATOR, MOUD, OTP } from '../../test/support/source-rows.ts';
import { reconcile, type SourceCodes } from './answers.ts';
import type { SourceInfo } from './source-row.ts';
import { BUNDLED_SOURCES } from './sources.ts';

const position = new Map(BUNDLED_SOURCES.map((s, i) => [s.info.key, i]));
const order = (a: SourceInfo, b: SourceInfo) => (position.get(a.key) ?? 0) - (position.get(b.key) ?? 0);
const said = (info: SourceInfo, codes: string) =>
  ({ info, codes: new Set(codes.split(' ').filter(Boolean)) }) satisfies SourceCodes;
const answer = (...rows: SourceCodes[]) => reconcile(rows, order);
const meds = (a: ReturnType<typeof answer>) => a.offers.filter((k) => k.startsWith('medication:')).map((k) => k.slice(11));

// Code sets from real rows of the bundled lists.
describe('one answer per question: medication', () => {
  test('a newer list that offers a medicine hides an older "does not use medication"', () => {
    // The 2017 directory says NMOA; the 2020 medication list marks buprenorphine and naltrexone.
    const a = answer(said(MOUD, 'BUM VTRL'), said(DIR2017, 'MHSAF SA NMOA OP SF PI'));
    assert.deepEqual(meds(a), ['buprenorphine', 'naltrexone']);
    assert.ok(!a.services.has('NMOA'));
    assert.deepEqual(a.disagreements, []);
  });

  test('the 2020 list’s missing methadone flag hides an older methadone code', () => {
    const a = answer(said(MOUD, 'BUM'), said(DIR2015, 'SAF SA MM DM OP'));
    assert.deepEqual(meds(a), ['buprenorphine']);
    assert.ok(!a.services.has('MM'));
    assert.ok(a.services.has('DM'), 'methadone detox is not the methadone (maintenance) question');
  });

  test('a row that lists buprenorphine and "does not use medication" contradicts itself: sources disagree', () => {
    // "Horizon Heath and Wellness", 2017: NMOA beside BU.
    const a = answer(said(DIR2017, 'SAF SA BU NXN VTRL NMOA OP'));
    assert.deepEqual(meds(a), ['buprenorphine']);
    assert.deepEqual(a.disagreements, ['medication:buprenorphine']);
    assert.ok(!a.services.has('NMOA'));
  });

  test('beside "does not use medication", a medicine name alone is for alcohol: not a medication for opioids', () => {
    // "Proactive Resources", 2017: NXN VTRL (naltrexone) with NMOA.
    const a = answer(said(DIR2017, 'MHSAF SA NXN VTRL NMOA OP'));
    assert.deepEqual(meds(a), []);
    assert.ok(a.services.has('NMOA'));
    assert.ok(!a.services.has('VTRL'));
  });

  test('two lists of the same year that disagree: both kept, marked "sources disagree"', () => {
    const a = answer(said(DIR2017_OTP, 'SAF SA MM METH OTP OP'), said(DIR2017, 'SAF SA NOOP OP'));
    assert.deepEqual(meds(a), ['methadone']);
    assert.deepEqual(a.disagreements, ['medication:methadone']);
    assert.ok(!a.services.has('NOOP'));
  });

  test('"all clients in an OTP" (OTPA) is not methadone', () => {
    const a = answer(said(DIR2015, 'SAF SA DT BU OTPA HI HID'));
    assert.deepEqual(meds(a), ['buprenorphine']);
  });

  describe('an OTP listing without a methadone flag', () => {
    test('is methadone when no list records the place’s medications', () => {
      assert.deepEqual(meds(answer(said(OTP, 'OTP'), said(LOCATOR, ''))), ['methadone']);
    });
    test('is methadone when only an older full directory is silent about it (the place became an OTP since)', () => {
      assert.deepEqual(meds(answer(said(OTP, 'OTP'), said(DIR2015, 'SAF SA OTPA OP'))), ['methadone']);
    });
    test('is not methadone when the 2020 medication list says it does not offer it (Orlando Recovery Center)', () => {
      const a = answer(said(OTP, 'OTP'), said(MOUD, 'BUM VTRL'));
      assert.deepEqual(meds(a), ['buprenorphine', 'naltrexone']);
      assert.ok(a.services.has('OTP'), 'it is still a certified OTP, and the page says so');
    });
  });
});

describe('one answer per question: everything else', () => {
  test('the newest full directory gives level of care, payment and programs; older ones are left out', () => {
    const a = answer(said(DIR2017, 'SA OP MD'), said(DIR2015, 'SA RES SF'));
    assert.ok(a.offers.includes('care:outpatient') && !a.offers.includes('care:residential'));
    assert.ok(a.offers.includes('payment:medicaid') && !a.offers.includes('payment:cash'));
  });
  test('DU (has a DUI/DWI program) matches the DUI/DWI population filter; AH the Deaf and hard of hearing one', () => {
    const a = answer(said(DIR2015, 'SA OP DU AH'));
    assert.ok(a.offers.includes('population:dui-dwi'));
    assert.ok(a.offers.includes('language:deaf-hard-of-hearing'));
  });
});
