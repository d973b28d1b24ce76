import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { createNewsletterService, NOTICE_EVERY_MS } from './newsletter.service.ts';
import { testClock } from './newsletter.test-helpers.ts';
import { insertToken } from './subscriber.repository.ts';
import { newToken } from './tokens.ts';

const signUp = (email: string, first_name?: string) => ({ email, first_name, consent: 'yes' as const });

describe('the newsletter service', () => {
  forEachDatabase((database) => {
    test('sign-ups for one address sent at the same moment store one subscriber and queue one email', async (t) => {
      const appDb = database.open();
      t.after(() => appDb.close());
      let queued = 0;
      const clock = testClock();
      const service = createNewsletterService({ appDb, now: clock.now, onQueued: () => queued++ });
      const eight = () => Promise.all(Array.from({ length: 8 }, () => service.subscribe(signUp('same@example.org'))));
      // On PostgreSQL these run side by side on several connections of the pool.
      await eight();
      const db = await appDb.ready();
      assert.equal((await db.selectFrom('subscribers').selectAll().execute()).length, 1);
      assert.equal((await db.selectFrom('mail_queue').selectAll().execute()).length, 1);
      assert.equal(queued, 1);

      // The same for a confirmed subscriber, once their last email is old enough for another.
      await db.deleteFrom('mail_queue').execute();
      await db.updateTable('subscribers').set({ status: 'active' }).execute();
      clock.advance(NOTICE_EVERY_MS + 1000);
      await eight();
      assert.equal((await db.selectFrom('mail_queue').selectAll().execute()).length, 1);
      assert.equal(queued, 2);
    });

    test('confirm and unsubscribe with the links a message carried; leaving removes everything', async (t) => {
      const appDb = database.open();
      t.after(() => appDb.close());
      const clock = testClock();
      const service = createNewsletterService({ appDb, now: clock.now });
      await service.subscribe(signUp('reader@example.org', 'Ana'));
      const db = await appDb.ready();
      const subscriber = await db.selectFrom('subscribers').selectAll().executeTakeFirstOrThrow();
      assert.equal(subscriber.status, 'pending');
      assert.equal(subscriber.first_name, 'Ana');

      // What the worker does when it sends the email: store the hashes of the two links.
      const confirm = newToken();
      const unsubscribe = newToken();
      const at = clock.now().toISOString();
      const expiresAt = new Date(clock.now().getTime() + 48 * 3_600_000).toISOString();
      await insertToken(db, { hash: confirm.hash, subscriberId: subscriber.id, purpose: 'confirm', at, expiresAt });
      await insertToken(db, {
        hash: unsubscribe.hash,
        subscriberId: subscriber.id,
        purpose: 'unsubscribe',
        at,
        expiresAt: undefined,
      });

      assert.equal(await service.checkConfirmToken(unsubscribe.token), 'invalid', 'each link does one thing');
      assert.equal(await service.confirm(confirm.token), 'valid');
      assert.equal(await service.confirm(confirm.token), 'valid', 'twice is fine');
      assert.equal((await db.selectFrom('subscribers').select('status').executeTakeFirstOrThrow()).status, 'active');

      // A later sign-up for a confirmed address queues the "already subscribed" note, and cannot rename them.
      clock.advance(NOTICE_EVERY_MS + 1000);
      await db.deleteFrom('mail_queue').execute();
      await service.subscribe(signUp('reader@example.org', 'Mallory'));
      const [note] = await db.selectFrom('mail_queue').select('kind').execute();
      assert.equal(note?.kind, 'already-subscribed');
      assert.equal((await db.selectFrom('subscribers').select('first_name').executeTakeFirstOrThrow()).first_name, 'Ana');

      assert.equal(await service.unsubscribe(unsubscribe.token), 'valid');
      assert.equal(await service.unsubscribe(unsubscribe.token), 'invalid', 'the link is gone with the subscriber');
      for (const table of ['subscribers', 'newsletter_tokens', 'mail_queue'] as const) {
        assert.equal((await db.selectFrom(table).selectAll().execute()).length, 0, `${table} is empty`);
      }
    });

    test('a confirm link expires after 48 hours', async (t) => {
      const appDb = database.open();
      t.after(() => appDb.close());
      const clock = testClock();
      const service = createNewsletterService({ appDb, now: clock.now });
      await service.subscribe(signUp('late@example.org'));
      const db = await appDb.ready();
      const { id } = await db.selectFrom('subscribers').select('id').executeTakeFirstOrThrow();
      const confirm = newToken();
      const expiresAt = new Date(clock.now().getTime() + 48 * 3_600_000).toISOString();
      await insertToken(db, {
        hash: confirm.hash,
        subscriberId: id,
        purpose: 'confirm',
        at: clock.now().toISOString(),
        expiresAt,
      });
      clock.advance(48 * 3_600_000 + 1);
      assert.equal(await service.confirm(confirm.token), 'expired');
      assert.equal((await db.selectFrom('subscribers').select('status').executeTakeFirstOrThrow()).status, 'pending');
    });
  });
});
