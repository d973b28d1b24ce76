import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../test/support/databases.ts';
import type { CorrectionChange } from '../domain/corrections.ts';
import {
  activeCorrections,
  correctionsVersion,
  endCorrection,
  facilityAliases,
  insertCorrection,
  saveFacilityAliases,
} from './corrections.repository.ts';
import { CorrectionsFeed } from './corrections-feed.ts';

const AT = '2026-12-03T15:00:00.000Z';
const phone = (p: string): CorrectionChange => ({ field: 'phone', phone: p });

describe('corrections in the app database', () => {
  forEachDatabase((database) => {
    test('a newer correction of a slot supersedes the older, one active per slot, and every change bumps the version', async (t) => {
      const appDb = database.open();
      t.after(() => appDb.close());
      const db = await appDb.ready();
      const { id: editorId } = await db
        .insertInto('editors')
        .values({ email: 'ed@example.org', created_at: AT })
        .returning('id')
        .executeTakeFirstOrThrow();
      assert.equal(await correctionsVersion(db), 0, 'no version row yet reads as 0');
      const values = {
        base: '256-381-0013',
        evidence: 'called' as const,
        checkedOn: '2026-12-03',
        reportId: null,
        editorId,
        at: AT,
      };
      const first = await db
        .transaction()
        .execute((trx) => insertCorrection(trx, { ...values, facilityId: 'aaaaaaaaaa', change: phone('256-555-0100') }));
      assert.deepEqual(first.superseded, []);
      await db.transaction().execute((trx) =>
        insertCorrection(trx, {
          ...values,
          facilityId: 'aaaaaaaaaa',
          change: { field: 'service', concept: 'medication:methadone', offered: false },
        }),
      );
      const second = await db
        .transaction()
        .execute((trx) => insertCorrection(trx, { ...values, facilityId: 'aaaaaaaaaa', change: phone('256-555-0101') }));
      assert.deepEqual(second.superseded, [first.id], 'the same slot: the older one ends');
      assert.equal(await correctionsVersion(db), 3);
      const active = await activeCorrections(db);
      assert.deepEqual(
        active.map((c) => c.change),
        [{ field: 'service', concept: 'medication:methadone', offered: false }, phone('256-555-0101')],
      );

      // The database itself refuses two active corrections of one slot.
      await assert.rejects(
        db
          .insertInto('corrections')
          .values({
            facility_id: 'aaaaaaaaaa',
            slot: 'phone',
            change: '{}',
            base: '',
            evidence: 'called',
            checked_on: '2026-12-03',
            editor_id: editorId,
            created_at: AT,
            state: 'active',
          })
          .execute(),
        /unique/i,
      );

      assert.equal(await endCorrection(db, second.id, 'withdrawn', AT), true);
      assert.equal(await endCorrection(db, second.id, 'withdrawn', AT), false, 'only an active one can end');
      assert.equal(await correctionsVersion(db), 4);
      assert.equal((await activeCorrections(db)).length, 1);
    });

    test('aliases: written once, forgotten when the old id is live again, and each change bumps the version', async (t) => {
      const appDb = database.open();
      t.after(() => appDb.close());
      const db = await appDb.ready();
      assert.equal(await saveFacilityAliases(db, new Map([['old0000000', 'new0000000']]), new Set(['new0000000']), AT), 1);
      assert.equal(await saveFacilityAliases(db, new Map([['old0000000', 'new0000000']]), new Set(['new0000000']), AT), 0);
      assert.equal(await correctionsVersion(db), 1);
      assert.deepEqual(await facilityAliases(db), new Map([['old0000000', 'new0000000']]));
      await saveFacilityAliases(db, new Map(), new Set(['old0000000']), AT);
      assert.deepEqual(await facilityAliases(db), new Map(), 'a live id is never redirected');
      assert.equal(await correctionsVersion(db), 2);
    });

    test('two instances: a change made through one is seen by the other at its next check', async (t) => {
      const location = database.location();
      const file = location.dialect === 'sqlite' ? location.file : undefined;
      const [one, two] = [database.open(file), database.open(file)];
      t.after(async () => {
        await one.close();
        await two.close();
      });
      let clock = 0;
      const feedOne = new CorrectionsFeed(one, { checkEveryMs: 1000, now: () => clock });
      const feedTwo = new CorrectionsFeed(two, { checkEveryMs: 1000, now: () => clock });
      assert.equal((await feedTwo.current()).byFacility.size, 0);
      const db = await one.ready();
      const { id: editorId } = await db
        .insertInto('editors')
        .values({ email: 'ed@example.org', created_at: AT })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.transaction().execute((trx) =>
        insertCorrection(trx, {
          facilityId: 'aaaaaaaaaa',
          change: phone('256-555-0100'),
          base: '',
          evidence: 'website',
          checkedOn: '2026-12-01',
          reportId: null,
          editorId,
          at: AT,
        }),
      );
      await saveFacilityAliases(db, new Map([['aaaaaaaaaa', 'bbbbbbbbbb']]), new Set(['bbbbbbbbbb']), AT);
      feedOne.changed();
      const seenByOne = await feedOne.current();
      assert.equal(seenByOne.byFacility.get('bbbbbbbbbb')?.[0]?.change.field, 'phone', 'keyed by the id the facility has now');
      assert.equal(seenByOne.resolve('aaaaaaaaaa'), 'bbbbbbbbbb');
      assert.equal((await feedTwo.current()).byFacility.size, 0, 'the other instance has not looked yet');
      clock += 1000;
      assert.equal((await feedTwo.current()).byFacility.get('bbbbbbbbbb')?.length, 1, 'and sees it at its next check');
    });
  });
});
