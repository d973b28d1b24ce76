import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../test/support/app.ts';
import { migrateToLatest, openAppDb } from './app-db.ts';

test('the app database is created, migrated once, and enforces its rules', async () => {
  const file = path.join(tempDir(), 'nested', 'app.sqlite');
  const appDb = openAppDb(file);
  const db = await appDb.ready();
  assert.deepEqual(await migrateToLatest(db), [], 'a second run has nothing to do');

  const { id } = await db
    .insertInto('subscribers')
    .values({ email: 'a@example.org', status: 'pending', created_at: '2030-01-01T00:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('newsletter_tokens')
    .values({ token_hash: 'h', subscriber_id: id, purpose: 'unsubscribe', created_at: '2030-01-01T00:00:00.000Z' })
    .execute();
  await db
    .insertInto('mail_queue')
    .values({
      subscriber_id: id,
      kind: 'confirm',
      created_at: '2030-01-01T00:00:00.000Z',
      next_attempt_at: '2030-01-01T00:00:00.000Z',
    })
    .execute();

  await assert.rejects(
    db.insertInto('subscribers').values({ email: 'a@example.org', status: 'pending', created_at: 'x' }).execute(),
    /UNIQUE/,
    'one row per address',
  );
  await assert.rejects(
    // @ts-expect-error: the schema does not allow it either
    db.insertInto('subscribers').values({ email: 'b@example.org', status: 'unsubscribed', created_at: 'x' }).execute(),
    /CHECK/,
  );

  // Deleting a subscriber takes their tokens and queued mail with them.
  await db.deleteFrom('subscribers').where('id', '=', id).execute();
  assert.equal((await db.selectFrom('newsletter_tokens').selectAll().execute()).length, 0);
  assert.equal((await db.selectFrom('mail_queue').selectAll().execute()).length, 0);
  await appDb.close();

  // Reopening keeps the data and does not migrate again.
  const again = openAppDb(file);
  const db2 = await again.ready();
  const migrations = await db2
    .selectFrom('kysely_migration' as never)
    .selectAll()
    .execute();
  assert.equal(migrations.length, 1);
  await again.close();
});
