import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type PhoneHolder, pickPhone, resolveSharedLines, sharedNumbers, UNPICKED_PHONE } from './shared-lines.ts';

/** A place with its phone candidates, best (closest name) first, as facts.ts makes them. */
function place(name: string, state: string, candidates: [phone: string, printedAs: string, similarity: number][]): PhoneHolder {
  const p: PhoneHolder = {
    name,
    state,
    phoneCandidates: candidates.map(([phone, printedAs, similarity]) => ({
      phone,
      intakePhone: null,
      source: 'directory-2015',
      name: printedAs,
      similarity,
    })),
    ...UNPICKED_PHONE,
  };
  pickPhone(p, () => false);
  return p;
}

describe('shared phone lines', () => {
  test('a chain’s line across states is a central intake line where the place printed it itself', () => {
    // Sunrise Detox’s 888 number, printed by its clinics in Florida and New Jersey.
    const fl = place('Sunrise Detoxification Center LLC', 'FL', [['888-443-3869', 'Sunrise Detoxification Center LLC', 1]]);
    const nj = place('Sunrise Detox II', 'NJ', [['888-443-3869', 'Sunrise Detox II', 1]]);
    const result = resolveSharedLines([fl, nj]);
    assert.equal(result.shared, 1);
    assert.ok(fl.phoneCentralIntake && nj.phoneCentralIntake);
    assert.equal(fl.phone, '888-443-3869');
  });

  test('a county line printed by unrelated programs stays, labelled, at each program that printed it', () => {
    const names = ['Black Family Development Inc', 'Mariners Inn', 'Metropolitan Arts Complex Inc'];
    const places = names.map((n) => place(n, 'MI', [['800-467-2452', n, 1]]));
    resolveSharedLines(places);
    for (const p of places) assert.ok(p.phoneCentralIntake, p.name);
  });

  test('a shared number that came with another organisation’s row is dropped, and the place’s own number shown', () => {
    const arapahoe = place('Arapahoe House', 'CO', [['303-657-3700', 'Arapahoe House', 1]]);
    const other = place('National Institute for Change PC', 'CO', [
      ['303-657-3700', 'Arapahoe House', 0.1],
      ['303-231-0090', 'National Institute for Change PC', 0.05],
    ]);
    const result = resolveSharedLines([arapahoe, other]);
    assert.equal(other.phone, '303-231-0090');
    assert.equal(other.phoneCentralIntake, false);
    assert.equal(result.dropped, 1);
  });

  test('one organisation’s own line at its sites in one state is not shared', () => {
    const sites = ['Aroostook Mental Health Center', 'Aroostook Mental Health Services'].map((n) =>
      place(n, 'ME', [['800-244-6431', n, 1]]),
    );
    assert.equal(sharedNumbers(sites).size, 0);
  });
});
