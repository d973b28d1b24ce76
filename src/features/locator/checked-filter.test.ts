import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestDirectory, TEST_DIRECTORY } from '../../../test/support/directory.ts';
import { type CorrectionSet, correctionSet } from '../../db/corrections-feed.ts';
import { SqliteDirectoryHandle } from '../../db/directory-connection.ts';
import type { Correction } from '../../domain/corrections.ts';
import { searchFrom } from '../../domain/search-query.ts';
import { LocatorService } from './locator.service.ts';

const NEAR_FLORENCE = searchFrom('35630', { radius: 25, per_page: 100 });

const correction = (facilityId: string, checkedOn: string, change: Correction['change']): Correction => ({
  id: Math.floor(Math.random() * 1e9),
  facilityId,
  change,
  base: '',
  evidence: 'called',
  checkedOn,
  acceptedAt: `${checkedOn}T12:00:00.000Z`,
});

describe('the locator with corrections laid over it', () => {
  let handle: SqliteDirectoryHandle;
  let ids: string[];
  before(async () => {
    await buildTestDirectory();
    handle = new SqliteDirectoryHandle(TEST_DIRECTORY);
    const plain = new LocatorService(handle);
    ids = (await plain.search(NEAR_FLORENCE)).results.map((r) => r.facility.id);
    assert.ok(ids.length >= 4);
  });
  after(() => handle.close());

  test('checked=12-months: only places checked within 365 days of today, on the clock it is given', async () => {
    const [recent, yearAgo, tooOld] = ids as [string, string, string];
    let set: CorrectionSet = correctionSet(
      1,
      [
        correction(recent, '2027-03-01', { field: 'phone', phone: '256-555-0100' }),
        correction(yearAgo, '2026-03-01', { field: 'phone', phone: '256-555-0101' }),
        correction(tooOld, '2026-02-28', { field: 'phone', phone: '256-555-0102' }),
      ],
      new Map(),
    );
    const locator = new LocatorService(handle, {
      corrections: { current: async () => set },
      now: () => new Date('2027-03-01T18:00:00Z'),
    });
    const checked = await locator.search({ ...NEAR_FLORENCE, checked: '12-months' });
    assert.deepEqual(checked.results.map((r) => r.facility.id).sort(), [recent, yearAgo].sort());
    assert.equal(checked.total, 2);
    const all = await locator.search(NEAR_FLORENCE);
    assert.ok(all.total > 2, 'without the filter, everything');
    assert.equal(all.results.find((r) => r.facility.id === recent)?.facility.phone, '256-555-0100');

    // A new version of the corrections: the place closes and leaves the results, though its page stays.
    set = correctionSet(2, [correction(recent, '2027-03-01', { field: 'closed', closed: true })], new Map());
    const afterClosing = await locator.search(NEAR_FLORENCE);
    assert.equal(afterClosing.total, all.total - 1);
    assert.ok(!afterClosing.results.some((r) => r.facility.id === recent));
    assert.equal((await locator.facility(recent))?.checked?.closed?.closed, true);
  });
});
