import assert from 'node:assert/strict';
import { describe, mock, type TestContext, test } from 'node:test';
import { type DatabaseUnderTest, forEachDatabase } from '../../../test/support/databases.ts';
import { closeReport, insertReport } from '../../db/reports.repository.ts';
import { eraseExpiredReportText, RETENTION_DAYS, startRetentionJob } from './retention.job.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2027-01-10T09:00:00.000Z');

/** The app database for one test (closed after it), with one editor in it to close reports. */
async function withAnEditor(database: DatabaseUnderTest, t: TestContext) {
  const appDb = database.open();
  t.after(() => appDb.close());
  const db = await appDb.ready();
  const { id: editor } = await db
    .insertInto('editors')
    .values({ email: 'ed@example.org', created_at: new Date(T0).toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { appDb, db, editor };
}

describe('the retention job: notes and reply emails go 90 days after a report is closed', () => {
  forEachDatabase((database) => {
    test('with a fake clock: kept on day 89, gone on day 90; open reports and the rest of each report are kept', async (t) => {
      const { appDb, db, editor } = await withAnEditor(database, t);
      const report = (note: string) =>
        insertReport(db, {
          facilityId: '599kbb0hsw',
          kind: 'phone',
          value: '256-555-0100',
          note,
          replyEmail: `${note}@example.org`,
          at: new Date(T0 - 10 * DAY).toISOString(),
        });
      const closedFirst = await report('first');
      const closedLater = await report('later');
      const open = await report('open');
      assert.ok(await closeReport(db, closedFirst, { state: 'accepted', by: editor, at: new Date(T0).toISOString() }));
      assert.ok(
        await closeReport(db, closedLater, {
          state: 'rejected',
          by: editor,
          at: new Date(T0 + 5 * DAY).toISOString(),
          reason: 'x',
        }),
      );

      const text = async () =>
        Object.fromEntries(
          (await db.selectFrom('reports').select(['id', 'note', 'reply_email', 'value', 'kind']).orderBy('id').execute()).map(
            (r) => [r.id, [r.note, r.reply_email, r.value, r.kind]],
          ),
        );
      assert.equal(await eraseExpiredReportText(appDb, new Date(T0 + (RETENTION_DAYS - 1) * DAY)), 0, 'day 89: nothing yet');
      assert.equal(await eraseExpiredReportText(appDb, new Date(T0 + RETENTION_DAYS * DAY)), 1, 'day 90: the first closed');
      assert.deepEqual(await text(), {
        [closedFirst]: [null, null, '256-555-0100', 'phone'],
        [closedLater]: ['later', 'later@example.org', '256-555-0100', 'phone'],
        [open]: ['open', 'open@example.org', '256-555-0100', 'phone'],
      });
      assert.equal(await eraseExpiredReportText(appDb, new Date(T0 + (RETENTION_DAYS + 5) * DAY)), 1);
      assert.equal(
        await eraseExpiredReportText(appDb, new Date(T0 + 400 * DAY)),
        0,
        'nothing twice; an open report is never emptied',
      );
      assert.deepEqual((await text())[open], ['open', 'open@example.org', '256-555-0100', 'phone']);
    });

    test('the schedule: once shortly after start, then every interval, on the clock it is given', async (t) => {
      const { appDb, db, editor } = await withAnEditor(database, t);
      const closedAt = async (at: number) => {
        const id = await insertReport(db, {
          facilityId: '599kbb0hsw',
          kind: 'other',
          value: null,
          note: `note ${at}`,
          replyEmail: null,
          at: new Date(at).toISOString(),
        });
        await closeReport(db, id, { state: 'rejected', by: editor, at: new Date(at).toISOString(), reason: 'duplicate' });
        return async () => (await db.selectFrom('reports').select('note').where('id', '=', id).executeTakeFirstOrThrow()).note;
      };
      const first = await closedAt(T0);
      let now = T0 + RETENTION_DAYS * DAY;
      mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
      t.after(() => mock.timers.reset());
      const job = startRetentionJob({ appDb, now: () => new Date(now), everyMs: 60 * 60_000 });
      t.after(() => job.close());
      mock.timers.tick(4_999);
      await job.idle();
      assert.equal(await first(), `note ${T0}`, 'not run yet');
      mock.timers.tick(1);
      await job.idle();
      assert.equal(await first(), null, 'the run shortly after start');

      const second = await closedAt(now);
      now += RETENTION_DAYS * DAY;
      mock.timers.tick(60 * 60_000 - 5_001);
      await job.idle();
      assert.equal(await second(), `note ${T0 + RETENTION_DAYS * DAY}`, 'not an hour yet');
      mock.timers.tick(1);
      await job.idle();
      assert.equal(await second(), null, 'the hourly run');
    });
  });
});
