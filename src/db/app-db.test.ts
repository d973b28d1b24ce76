import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { tempDir } from '../../test/support/app.ts';
import { forEachDatabase } from '../../test/support/databases.ts';
import { ROOT } from '../config.ts';
import { migrateToLatest, openAppDb } from './app-db.ts';
import { up as up0001 } from './migrations/0001_newsletter.ts';
import { appMigrations } from './migrations/index.ts';

const execFileAsync = promisify(execFile);

describe('the app database', () => {
  forEachDatabase((database) => {
    test('is created, migrated once, and enforces its rules', async () => {
      const file = database.dialect === 'sqlite' ? path.join(tempDir(), 'nested', 'app.sqlite') : undefined;
      const appDb = database.open(file);
      assert.equal(appDb.dialect, database.dialect);
      const db = await appDb.ready();
      assert.deepEqual(await migrateToLatest(db), [], 'a second run has nothing to do');

      const { id } = await db
        .insertInto('subscribers')
        .values({ email: 'a@example.org', status: 'pending', created_at: '2030-01-01T00:00:00.000Z' })
        .returning('id')
        .executeTakeFirstOrThrow();
      assert.equal(typeof id, 'number', 'ids come back as numbers on both databases');
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
        /unique/i,
        'one row per address',
      );
      await assert.rejects(
        // @ts-expect-error: the schema does not allow it either
        db.insertInto('subscribers').values({ email: 'b@example.org', status: 'unsubscribed', created_at: 'x' }).execute(),
        /check constraint/i,
      );
      await assert.rejects(
        db
          .insertInto('mail_queue')
          .values({ subscriber_id: id + 100, kind: 'confirm', created_at: 'x', next_attempt_at: 'x' })
          .execute(),
        /foreign key/i,
        'queued mail belongs to a subscriber',
      );

      // Deleting a subscriber takes their tokens and queued mail with them.
      await db.deleteFrom('subscribers').where('id', '=', id).execute();
      assert.equal((await db.selectFrom('newsletter_tokens').selectAll().execute()).length, 0);
      assert.equal((await db.selectFrom('mail_queue').selectAll().execute()).length, 0);
      // Ids are never reused, even for the newest row after it is deleted.
      const next = await db
        .insertInto('subscribers')
        .values({ email: 'c@example.org', status: 'pending', created_at: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow();
      assert.ok(next.id > id);
      await appDb.close();

      // Reopening keeps the data and does not migrate again.
      const again = database.open(file);
      const db2 = await again.ready();
      assert.equal((await db2.selectFrom('subscribers').select('email').execute()).length, 1);
      const migrations = await db2
        .selectFrom('kysely_migration' as never)
        .selectAll()
        .execute();
      assert.equal(migrations.length, Object.keys(await appMigrations.getMigrations()).length);
      await again.close();
    });

    test('instances starting at once migrate it once', async () => {
      const file = database.dialect === 'sqlite' ? path.join(tempDir(), 'app.sqlite') : undefined;
      if (database.dialect === 'sqlite') {
        // Separate processes: better-sqlite3 waits for a lock synchronously, so two connections in one process
        // would wait on each other forever. (PostgreSQL below: two pools in this process.)
        const script = `import { openAppDb } from './src/db/app-db.ts';
          const appDb = openAppDb({ dialect: 'sqlite', file: process.argv[1] });
          await appDb.ready();
          await appDb.close();`;
        const runs = await Promise.all(
          [1, 2, 3].map(() =>
            execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file ?? ''], { cwd: ROOT }),
          ),
        );
        assert.equal(runs.length, 3);
      }
      const [one, two] = [database.open(file), database.open(file)];
      const [db1, db2] = await Promise.all([one.ready(), two.ready()]);
      await db1.insertInto('subscribers').values({ email: 'a@example.org', status: 'pending', created_at: 'x' }).execute();
      assert.equal((await db2.selectFrom('subscribers').select('id').execute()).length, 1, 'both see one database');
      const migrations = await db2
        .selectFrom('kysely_migration' as never)
        .selectAll()
        .execute();
      assert.equal(migrations.length, Object.keys(await appMigrations.getMigrations()).length);
      await Promise.all([one.close(), two.close()]);
    });
  });
});

test('migration 0001 sends SQLite exactly the SQL it sent when it was released', async () => {
  // Existing databases know 0001 by name only; if its SQLite DDL changed, new and old databases would differ.
  const sql: string[] = [];
  const db = new Kysely({
    dialect: new SqliteDialect({ database: new Database(':memory:') }),
    log: (event) => void sql.push(event.query.sql),
  });
  await up0001(db);
  await db.destroy();
  assert.deepEqual(sql, [
    'create table "subscribers" ("id" integer primary key autoincrement, "email" text not null unique, "first_name" text, "status" text not null, "created_at" text not null, "confirmed_at" text, "last_notice_at" text, constraint "subscribers_status" check (status IN (\'pending\', \'active\')))',
    'create table "newsletter_tokens" ("token_hash" text primary key, "subscriber_id" integer not null references "subscribers" ("id") on delete cascade, "purpose" text not null, "created_at" text not null, "expires_at" text, constraint "newsletter_tokens_purpose" check (purpose IN (\'confirm\', \'unsubscribe\')))',
    'create index "newsletter_tokens_subscriber" on "newsletter_tokens" ("subscriber_id")',
    'create table "mail_queue" ("id" integer primary key autoincrement, "subscriber_id" integer not null references "subscribers" ("id") on delete cascade, "kind" text not null, "created_at" text not null, "attempts" integer default 0 not null, "next_attempt_at" text not null, "last_error" text, constraint "mail_queue_kind" check (kind IN (\'confirm\', \'already-subscribed\')))',
    'create index "mail_queue_due" on "mail_queue" ("next_attempt_at")',
    'create index "mail_queue_subscriber" on "mail_queue" ("subscriber_id")',
  ]);
});

test('the SQLite app database holds email addresses, so only its owner can read it (0600), WAL files too', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'app.sqlite');
  const appDb = openAppDb({ dialect: 'sqlite', file });
  const db = await appDb.ready();
  await db.insertInto('subscribers').values({ email: 'a@example.org', status: 'pending', created_at: 'x' }).execute();
  const modes = () =>
    fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('app.sqlite'))
      .map((f) => `${f} ${(fs.statSync(path.join(dir, f)).mode & 0o777).toString(8)}`);
  assert.deepEqual(modes(), ['app.sqlite 600', 'app.sqlite-shm 600', 'app.sqlite-wal 600']);
  await appDb.close();

  // A file an older version left readable by everyone is narrowed when it is opened.
  fs.chmodSync(file, 0o644);
  const reopened = openAppDb({ dialect: 'sqlite', file });
  await reopened.ready();
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  await reopened.close();
});
