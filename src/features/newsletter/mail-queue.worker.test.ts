import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import { testConfig } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { createTestDatabase, type TestPostgresDatabase } from '../../../test/support/postgres.ts';
import {
  freeLoopbackPort,
  linksIn,
  type ReceivedMail,
  rawHeader,
  type SmtpSink,
  startSmtpSink,
} from '../../../test/support/smtp.ts';
import { appDbLocation, openAppDb } from '../../db/app-db.ts';
import { createLogger } from '../../lib/logger.ts';
import { backoffMs, messageIdFor } from './mail-queue.worker.ts';
import { createNewsletterDeps, type NewsletterOptions } from './newsletter.deps.ts';
import { createNewsletterTestApp, eventually, pathOf, postForm, testClock } from './newsletter.test-helpers.ts';

const HOUR = 3_600_000;
const FAST = { pollMs: 20, retryBaseMs: 30 };

function newsletterFor(config: ReturnType<typeof testConfig>, options: NewsletterOptions = {}) {
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } });
  const appDb = openAppDb(appDbLocation(config));
  const worker = createNewsletterDeps(config, logger, appDb, { ...FAST, ...options });
  const newsletter = {
    ...worker,
    async close() {
      await worker.close();
      await appDb.close();
    },
  };
  return { newsletter, logs, db: () => appDb.ready() };
}

const signUp = (email: string) => ({ email, first_name: undefined, consent: 'yes' as const });

describe('mail queue', () => {
  before(() => buildTestDirectory());

  test('retries wait longer each time, up to an hour', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => backoffMs(n, 60_000)),
      [60_000, 120_000, 240_000, 480_000],
    );
    assert.equal(backoffMs(20, 60_000), HOUR);
  });

  forEachDatabase((database) => {
    test('SMTP down, then up: the message waits in the queue and is delivered once the server listens', async (t) => {
      const port = await freeLoopbackPort();
      const config = testConfig({ ...database.env, SMTP_URL: `smtp://127.0.0.1:${port}` });
      const { newsletter, logs, db } = newsletterFor(config);
      let sink: SmtpSink | undefined;
      t.after(async () => {
        await newsletter.close();
        await sink?.stop();
      });
      await newsletter.service.subscribe(signUp('queued@example.org'));

      const failing = await eventually(
        async () => (await db()).selectFrom('mail_queue').selectAll().where('attempts', '>=', 2).executeTakeFirst(),
        'two failed attempts',
      );
      assert.match(failing.last_error ?? '', /^ECONNECTION|^ESOCKET/);
      assert.ok(logs.some((l) => l.includes('will retry')));
      assert.equal(
        (await (await db()).selectFrom('newsletter_tokens').selectAll().execute()).length,
        0,
        'no unsent links are kept',
      );

      sink = await startSmtpSink({ port });
      const mail = await sink.waitFor((m) => m.envelope.to.includes('queued@example.org'));
      assert.ok(linksIn(mail).some((l) => l.includes('/newsletter/confirm?token=')));
      await eventually(
        async () => (await (await db()).selectFrom('mail_queue').selectAll().execute()).length === 0,
        'an empty queue',
      );
      assert.ok(!logs.join('\n').includes('queued@example.org'), 'no address in the logs, even in errors');
    });

    test('the queue survives a restart: queued while SMTP is down, delivered by the next process', async (t) => {
      const port = await freeLoopbackPort();
      const config = testConfig({ ...database.env, SMTP_URL: `smtp://127.0.0.1:${port}` });
      const first = newsletterFor(config);
      await first.newsletter.service.subscribe(signUp('restart@example.org'));
      await eventually(
        async () => (await first.db()).selectFrom('mail_queue').selectAll().where('attempts', '>=', 1).executeTakeFirst(),
        'a failed attempt',
      );
      await first.newsletter.close();
      // On a busy machine the first process may fail a few times before it stops, each time waiting longer:
      // the next process sends the message when it is due, not before.
      const look = openAppDb(appDbLocation(config));
      const row = await (await look.ready()).selectFrom('mail_queue').select('next_attempt_at').executeTakeFirstOrThrow();
      await look.close();
      const dueInMs = Math.max(0, Date.parse(row.next_attempt_at) - Date.now());

      const sink = await startSmtpSink({ port });
      const second = newsletterFor(config);
      t.after(async () => {
        await second.newsletter.close();
        await sink.stop();
      });
      const mail = await sink.waitFor((m) => m.envelope.to.includes('restart@example.org'), 10_000 + dueInMs);
      assert.equal(mail.parsed.subject, 'Please confirm your email sign-up');
      const subscriber = await (await second.db()).selectFrom('subscribers').selectAll().executeTakeFirstOrThrow();
      assert.equal(subscriber.email, 'restart@example.org');
      assert.equal(subscriber.status, 'pending');
      await eventually(
        async () => (await (await second.db()).selectFrom('mail_queue').selectAll().execute()).length === 0,
        'an empty queue',
      );
    });

    test('a sign-up on a Spanish page: stored as Spanish, and the email is in Spanish with links to the Spanish pages', async (t) => {
      const { app, deps, config } = await createNewsletterTestApp(database.env, FAST);
      t.after(() => deps.close());
      assert.equal((await postForm(app, '/es/newsletter', { email: 'es@example.org', consent: 'yes' })).status, 303);
      assert.equal((await postForm(app, '/newsletter', { email: 'en@example.org', consent: 'yes' })).status, 303);
      const db = await deps.appDb.ready();
      const rows = await db.selectFrom('subscribers').select(['email', 'language']).orderBy('email').execute();
      assert.deepEqual(rows, [
        { email: 'en@example.org', language: 'en' },
        { email: 'es@example.org', language: 'es' },
      ]);
      const mails = await eventually(async () => {
        const files = fs.existsSync(config.outboxDir) ? fs.readdirSync(config.outboxDir).filter((f) => f.endsWith('.eml')) : [];
        return files.length === 2 ? files : undefined;
      }, 'two .eml files');
      const parsed = await Promise.all(mails.map((f) => simpleParser(fs.readFileSync(path.join(config.outboxDir, f), 'utf8'))));
      const spanish = parsed.find((m) => m.subject === 'Confirme su suscripción por correo');
      const english = parsed.find((m) => m.subject === 'Please confirm your email sign-up');
      assert.ok(spanish && english, parsed.map((m) => m.subject).join(', '));
      assert.match(spanish.text ?? '', /Alguien, ojalá usted, pidió recibir correos/);
      assert.match(spanish.text ?? '', /AYUDA/);
      assert.doesNotMatch(spanish.text ?? '', /Who we are|Please confirm|Need help now/);
      assert.match(String(spanish.html), /<html lang="es">/);
      const links = (spanish.text ?? '').match(/https?:\/\/\S+/g) ?? [];
      const confirm = links.find((l) => l.includes('/confirm?token='));
      assert.ok(confirm && pathOf(confirm).startsWith('/es/newsletter/confirm?token='), String(confirm));
      assert.ok(links.some((l) => pathOf(l).startsWith('/es/newsletter/unsubscribe?token=')));
      // The link opens the Spanish confirm page, and confirming there works.
      const page = await app.request(pathOf(confirm));
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<html lang="es"/);
      assert.match(english.text ?? '', /Who we are/);
    });

    test('with no SMTP_URL each message is an .eml file in the outbox folder, and its links work', async (t) => {
      const { app, deps, config } = await createNewsletterTestApp(database.env, FAST);
      t.after(() => deps.close());
      assert.equal(deps.newsletter.mailer.mode, 'outbox');
      assert.equal((await postForm(app, '/newsletter', { email: 'outbox@example.org', consent: 'yes' })).status, 303);
      const file = await eventually(
        () => (fs.existsSync(config.outboxDir) ? fs.readdirSync(config.outboxDir).find((f) => f.endsWith('.eml')) : undefined),
        'an .eml file',
      );
      const full = path.join(config.outboxDir, file);
      assert.equal(fs.statSync(full).mode & 0o777, 0o600, 'only the site can read it');
      const raw = fs.readFileSync(full, 'utf8');
      const parsed = await simpleParser(raw);
      assert.equal(parsed.subject, 'Please confirm your email sign-up');
      assert.match(raw, /^To: outbox@example\.org\r?$/m);
      assert.equal(
        rawHeader({ raw, parsed, envelope: { from: '', to: [] } }, 'List-Unsubscribe-Post'),
        'List-Unsubscribe=One-Click',
      );
      const confirm = parsed.text?.match(/http\S+\/newsletter\/confirm\?token=\S+/)?.[0] ?? '';
      assert.equal((await app.request(pathOf(confirm))).status, 200);
      assert.deepEqual(
        fs.readdirSync(config.outboxDir).filter((f) => !f.endsWith('.eml')),
        [],
        'no half-written files',
      );
    });

    test('an address the mail server refuses (550) is dropped at once, not retried for two days', async (t) => {
      const sink = await startSmtpSink({ rejectRecipient: (a) => a === 'nobody@example.org' });
      const { newsletter, logs, db } = newsletterFor(testConfig({ ...database.env, SMTP_URL: sink.url }));
      t.after(async () => {
        await newsletter.close();
        await sink.stop();
      });
      await newsletter.service.subscribe(signUp('nobody@example.org'));
      await eventually(async () => logs.some((l) => l.includes('refused by the mail server')), 'the refusal');
      assert.equal((await (await db()).selectFrom('mail_queue').selectAll().execute()).length, 0);
      assert.ok(logs.some((l) => l.includes('EENVELOPE 550')));
      assert.ok(!logs.join('\n').includes('nobody@'));
    });

    test('a message still unsent after 48 hours is dropped, and unconfirmed sign-ups are forgotten after 14 days', async (t) => {
      const port = await freeLoopbackPort();
      const clock = testClock();
      const { newsletter, db } = newsletterFor(testConfig({ ...database.env, SMTP_URL: `smtp://127.0.0.1:${port}` }), {
        now: clock.now,
        pollMs: 60_000,
      });
      t.after(() => newsletter.close());
      await newsletter.service.subscribe(signUp('late@example.org'));
      // A sign-up limit count that will have expired: swept by the worker's hourly housekeeping.
      await (await db())
        .insertInto('rate_limit_hits')
        .values({
          bucket: 'newsletter-signup',
          client_key: 'k',
          expires_at: new Date(clock.now().getTime() + 600_000).toISOString(),
        })
        .execute();
      await newsletter.worker.runOnce();
      assert.equal((await (await db()).selectFrom('mail_queue').select('attempts').executeTakeFirstOrThrow()).attempts, 1);

      clock.advance(49 * HOUR);
      await newsletter.worker.runOnce();
      assert.equal((await (await db()).selectFrom('mail_queue').selectAll().execute()).length, 0);
      assert.equal((await (await db()).selectFrom('subscribers').selectAll().execute()).length, 1, 'kept for now');
      assert.equal((await (await db()).selectFrom('rate_limit_hits').selectAll().execute()).length, 0, 'expired counts swept');

      clock.advance(14 * 24 * HOUR);
      await newsletter.worker.runOnce();
      assert.equal((await (await db()).selectFrom('subscribers').selectAll().execute()).length, 0, 'forgotten');
    });
  });
});

describe('mail queue with a live server', () => {
  let sink: SmtpSink;
  before(async () => {
    await buildTestDirectory();
    sink = await startSmtpSink();
  });
  after(() => sink.stop());

  forEachDatabase((database) => {
    test('a confirmed subscriber leaves nothing behind in the queue, and a stale confirm email is not sent', async (t) => {
      const { newsletter, db } = newsletterFor(testConfig({ ...database.env, SMTP_URL: sink.url }), { pollMs: 60_000 });
      t.after(() => newsletter.close());
      const address = `twice.${database.dialect}@example.org`;
      await newsletter.service.subscribe(signUp(address));
      const first = await sink.waitFor((m) => m.envelope.to.includes(address));
      const token = new URL(linksIn(first).find((l) => l.includes('confirm')) ?? '').searchParams.get('token') ?? '';
      // A second confirm email queued but not yet sent when the first link is used:
      const appDb = await db();
      const subscriber = await appDb.selectFrom('subscribers').select('id').executeTakeFirstOrThrow();
      await appDb
        .insertInto('mail_queue')
        .values({ subscriber_id: subscriber.id, kind: 'confirm', created_at: new Date().toISOString(), next_attempt_at: '9999' })
        .execute();
      assert.equal(await newsletter.service.confirm(token), 'valid');
      await appDb.updateTable('mail_queue').set({ next_attempt_at: new Date().toISOString() }).execute();
      await newsletter.worker.runOnce();
      assert.equal((await appDb.selectFrom('mail_queue').selectAll().execute()).length, 0);
      assert.equal(sink.messages.filter((m) => m.envelope.to.includes(address)).length, 1);
    });
  });
});

describe('the Message-ID of a queued message', () => {
  forEachDatabase((database) => {
    test('a retry re-sends the same Message-ID, made from the queue row', async (t) => {
      const sink = await startSmtpSink({ deferFirst: 1 });
      const { newsletter, logs } = newsletterFor(testConfig({ ...database.env, SMTP_URL: sink.url }));
      t.after(async () => {
        await newsletter.close();
        await sink.stop();
      });
      await newsletter.service.subscribe(signUp('retry@example.org'));
      const mail = await sink.waitFor((m) => m.envelope.to.includes('retry@example.org'));
      assert.equal(sink.deferred.length, 1, 'the first attempt was turned away (451)');
      assert.ok(logs.some((l) => l.includes('will retry')));
      const first = sink.deferred[0]?.parsed.messageId;
      assert.match(first ?? '', /^<[0-9a-f]{32}@localhost>$/);
      assert.equal(mail.parsed.messageId, first);
      assert.notEqual(confirmToken(mail), confirmToken(sink.deferred[0]), 'the links are new, the message is the same');
      assert.equal(
        messageIdFor({ id: 1, createdAt: '2030-01-15T12:00:00.000Z' }, 'https://example.org'),
        messageIdFor({ id: 1, createdAt: '2030-01-15T12:00:00.000Z' }, 'https://example.org'),
      );
      assert.notEqual(
        messageIdFor({ id: 1, createdAt: 'a' }, 'https://example.org'),
        messageIdFor({ id: 2, createdAt: 'a' }, 'https://example.org'),
      );
    });
  });
});

describe('several mail workers on one PostgreSQL database', () => {
  let sink: SmtpSink;
  let database: TestPostgresDatabase;
  before(async () => {
    await buildTestDirectory();
    // A server that takes a moment over each message, so both workers are busy sending at the same time.
    sink = await startSmtpSink({ delayMs: 15 });
    database = await createTestDatabase();
  });
  after(async () => {
    await sink.stop();
    await database.drop();
  });

  test('each queued message is delivered exactly once, with its own Message-ID', async (t) => {
    const config = testConfig({ DATABASE_URL: database.url, SMTP_URL: sink.url });
    // Two instances: each with its own connection pool and its own worker, polling rarely so the test drives them.
    const one = newsletterFor(config, { pollMs: 60_000 });
    const two = newsletterFor(config, { pollMs: 60_000 });
    t.after(async () => {
      await one.newsletter.close();
      await two.newsletter.close();
    });
    await Promise.all([one.newsletter.worker.runOnce(), two.newsletter.worker.runOnce()]);
    const addresses = Array.from({ length: 50 }, (_, i) => `many.${i}@example.org`);
    // Queued through both instances, in turn, while their workers run.
    await Promise.all(addresses.map((a, i) => (i % 2 ? one : two).newsletter.service.subscribe(signUp(a))));
    await Promise.all([
      one.newsletter.worker.runOnce(),
      two.newsletter.worker.runOnce(),
      one.newsletter.worker.runOnce(),
      two.newsletter.worker.runOnce(),
    ]);
    await eventually(
      async () => (await (await one.db()).selectFrom('mail_queue').select('id').execute()).length === 0,
      'an empty queue',
    );

    const received = sink.messages.filter((m) => m.envelope.to.some((to) => to.startsWith('many.')));
    assert.deepEqual(received.map((m) => m.envelope.to.join()).sort(), [...addresses].sort(), 'one email per address');
    assert.equal(new Set(received.map((m) => m.parsed.messageId)).size, addresses.length, 'distinct Message-IDs');
    const sent = (logs: string[]) => logs.filter((l) => l.includes('newsletter email sent')).length;
    assert.equal(sent(one.logs) + sent(two.logs), addresses.length, 'no message was sent twice by the two workers');
  });
});

function confirmToken(mail: ReceivedMail | undefined): string | undefined {
  const link = mail ? linksIn(mail).find((l) => l.includes('/newsletter/confirm?token=')) : undefined;
  return link ? (new URL(link).searchParams.get('token') ?? undefined) : undefined;
}
