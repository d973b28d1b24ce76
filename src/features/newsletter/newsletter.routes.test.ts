import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestApp } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { parseHtml, parsePage } from '../../../test/support/html.ts';
import { createTestDatabase, type TestPostgresDatabase } from '../../../test/support/postgres.ts';
import { linksIn, rawHeader, type SmtpSink, startSmtpSink } from '../../../test/support/smtp.ts';
import type { AppDatabase } from '../../db/app-schema.ts';
import { createNewsletterTestApp, eventually, OWN_ORIGIN, pathOf, postForm, testClock } from './newsletter.test-helpers.ts';
import { UNKNOWN_CLIENT } from './rate-limit.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let sink: SmtpSink;
let counter = 0;
/** A fresh address per test, so tests sharing the sink never read each other's mail. */
const newAddress = () => `reader.${process.pid}.${++counter}@example.org`;
const mailTo = (address: string, nth = 1) =>
  eventually(() => sink.messages.filter((m) => m.envelope.to.includes(address))[nth - 1], `email #${nth} to ${address}`);
/**
 * The nth email to an address, once the worker has also finished with it: the sink has the message a
 * moment before the worker hears back and removes it from the queue, and a sign-up in that moment would
 * (rightly) not queue another.
 */
async function delivered(db: Kysely<AppDatabase>, address: string, nth = 1) {
  const mail = await mailTo(address, nth);
  await eventually(async () => (await db.selectFrom('mail_queue').select('id').execute()).length === 0, 'an empty queue');
  return mail;
}
const confirmLink = (links: string[]) => links.find((l) => l.includes('/newsletter/confirm?token='));
const unsubscribeLink = (links: string[]) => links.find((l) => l.includes('/newsletter/unsubscribe?token='));

before(async () => {
  await buildTestDirectory();
  sink = await startSmtpSink();
});
after(async () => {
  await sink?.stop();
});

forEachDatabase((database) => {
  describe('newsletter sign-up form', () => {
    test('explains what we send and keep, and asks for email, first name and consent, with a hidden trap', async (t) => {
      const { app, deps } = createTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const res = await app.request('/newsletter');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const page = await parsePage(res);
      assert.equal(page.title(), 'Get email updates – Open Treatment');
      assert.deepEqual(page.headings(), ['What to expect', 'What we keep']);
      const text = page.text();
      for (const said of [
        'new guide or update our treatment data',
        'Your email address, your first name if you give it, the language of this page, and the dates',
        'We never share or sell them',
        'unsubscribe: open it and press one button',
      ]) {
        assert.ok(text.includes(said), said);
      }
      const form = page.$('form.newsletter-form');
      assert.equal(form.attr('method'), 'post');
      assert.equal(form.attr('action'), '/newsletter');
      assert.equal(form.attr('novalidate'), '');
      assert.equal(page.field('Email address').attr('type'), 'email');
      assert.equal(page.field('First name (optional)').attr('name'), 'first_name');
      const consent = page.field('Your permission').find('input[type="checkbox"]');
      assert.deepEqual([consent.attr('name'), consent.attr('value')], ['consent', 'yes']);
      assert.equal(page.$('.newsletter-trap input').attr('name'), 'website');
      assert.match(
        page.$('link[href^="/assets/newsletter.css"]').attr('href') ?? '',
        /\?v=[0-9a-f]{10}$/,
        'the stylesheet that hides the trap is loaded',
      );
    });

    test('a bad email address: 400, "Error:" title, a summary linked to the field, and what was typed kept', async (t) => {
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const res = await postForm(app, '/newsletter', { email: 'sam at example', first_name: 'Sam', consent: 'yes', website: '' });
      assert.equal(res.status, 400);
      const page = await parsePage(res);
      assert.equal(page.title(), 'Error: Get email updates – Open Treatment');
      assert.deepEqual(page.links('.error-summary'), [
        { text: 'Enter an email address in the correct format, like name@example.com', href: '#email', rel: undefined },
      ]);
      const email = page.field('Email address');
      assert.equal(email.attr('value'), 'sam at example', 'what was typed is kept');
      assert.equal(email.attr('aria-invalid'), 'true');
      assert.equal(
        page
          .$(`#${email.attr('aria-describedby')}`)
          .text()
          .includes('correct format'),
        true,
        'the error is tied to the field',
      );
      assert.equal(page.field('First name (optional)').attr('value'), 'Sam');
      assert.equal(page.$('#consent').is(':checked'), true);
      assert.equal((await db.selectFrom('subscribers').selectAll().execute()).length, 0);
      assert.equal((await db.selectFrom('mail_queue').selectAll().execute()).length, 0);
    });

    test('each missing or wrong field gets its own message, in form order', async (t) => {
      const { app, deps } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const res = await postForm(app, '/newsletter', { email: '', first_name: 'x'.repeat(61) });
      assert.equal(res.status, 400);
      const html = await res.text();
      const summary = [...html.matchAll(/<li><a href="#([a-z_]+)">([^<]+)<\/a><\/li>/g)].map((m) => `${m[1]}: ${m[2]}`);
      assert.deepEqual(summary, [
        'email: Enter your email address',
        'first_name: First name must be 60 characters or fewer',
        'consent: Tick the box to say you want to get our emails',
      ]);
      // Exactly 60 characters is fine.
      const ok = await postForm(app, '/newsletter', { email: newAddress(), first_name: 'x'.repeat(60), consent: 'yes' });
      assert.equal(ok.status, 303);
    });

    test('a filled-in trap field gets the same answer as a person, but nothing is stored or sent', async (t) => {
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const address = newAddress();
      const res = await postForm(app, '/newsletter', { email: address, consent: 'yes', website: 'http://spam.example' });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/newsletter/check-your-email');
      await deps.newsletter.worker.runOnce();
      assert.equal((await db.selectFrom('subscribers').selectAll().execute()).length, 0);
      assert.equal((await db.selectFrom('mail_queue').selectAll().execute()).length, 0);
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(sink.messages.filter((m) => m.envelope.to.includes(address)).length, 0);
    });

    test('a POST from another site, or with no Origin at all, is refused and changes nothing', async (t) => {
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const fields = { email: newAddress(), consent: 'yes' };
      assert.equal((await postForm(app, '/newsletter', fields, { origin: 'https://evil.example' })).status, 403);
      const noOrigin = await app.request('/newsletter', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
      assert.equal(noOrigin.status, 403);
      assert.equal((await db.selectFrom('subscribers').selectAll().execute()).length, 0);
      // The configured public address counts as our own too (the site behind a proxy).
      assert.equal((await postForm(app, '/newsletter', fields, { origin: 'http://localhost:3000' })).status, 303);
    });

    test('an oversized form gets a 413 page, not a crash', async (t) => {
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const res = await postForm(app, '/newsletter', { email: newAddress(), first_name: 'x'.repeat(20_000), consent: 'yes' });
      assert.equal(res.status, 413);
      assert.ok((await parsePage(res)).text().includes('more than this form can take'));
      assert.equal((await db.selectFrom('subscribers').selectAll().execute()).length, 0);
    });

    test('after 5 sign-ups in 10 minutes a client gets a kind 429 page, and can try again later', async (t) => {
      const clock = testClock();
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url }, { now: clock.now });
      t.after(() => deps.close());
      for (let i = 0; i < 5; i++) {
        const res = await postForm(app, '/newsletter', { email: newAddress(), consent: 'yes' });
        assert.equal(res.status, 303, `sign-up ${i + 1}`);
      }
      const address = newAddress();
      const limited = await postForm(app, '/newsletter', { email: address, consent: 'yes' });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      const page = await parsePage(limited);
      assert.equal(page.h1(), 'Please wait a few minutes');
      assert.ok(page.text().includes('try again in 10 minutes'));
      assert.equal(await db.selectFrom('subscribers').select('id').where('email', '=', address).executeTakeFirst(), undefined);
      clock.advance(10 * MINUTE + 1000);
      assert.equal((await postForm(app, '/newsletter', { email: address, consent: 'yes' })).status, 303);
    });
  });

  describe('newsletter double opt-in', () => {
    test('subscribe, confirm and unsubscribe by following the links in the email, with nothing private in the logs', async (t) => {
      const { app, deps, logs } = createTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const db = await deps.appDb.ready();
      const address = newAddress();
      const firstName = 'Marisol';

      const res = await postForm(app, '/newsletter', { email: address.toUpperCase(), first_name: firstName, consent: 'yes' });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/newsletter/check-your-email');
      const check = await app.request('/newsletter/check-your-email');
      assert.equal(check.status, 200);
      assert.equal((await parsePage(check)).h1(), 'Check your email');

      const mail = await mailTo(address);
      assert.equal(mail.parsed.subject, 'Please confirm your email sign-up');
      assert.match(mail.parsed.text ?? '', /Didn't ask for this\? You can ignore this email/);
      assert.match(mail.parsed.text ?? '', /Who we are: Open Treatment/);
      assert.match(mail.parsed.text ?? '', /new guides and changes to our treatment data/);
      assert.ok(!(mail.parsed.text ?? '').includes(firstName), 'the name is not echoed to an unproven address');
      const links = linksIn(mail);
      const confirm = confirmLink(links);
      const unsubscribe = unsubscribeLink(links);
      assert.ok(confirm, 'a confirm link');
      assert.ok(confirm.startsWith('http://localhost:3000/newsletter/confirm?token='), 'absolute link from PUBLIC_URL');
      assert.ok(unsubscribe);
      assert.equal(rawHeader(mail, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.equal(rawHeader(mail, 'List-Unsubscribe'), `<${unsubscribe}>`);

      // Opening the link (as a mail scanner would) shows a button and changes nothing.
      const page = await app.request(pathOf(confirm));
      assert.equal(page.status, 200);
      const confirmPage = await parsePage(page);
      const button = confirmPage.$('main form[method="post"][action="/newsletter/confirm"] button[type="submit"]');
      assert.equal(button.text().trim(), 'Confirm my subscription');
      let row = await db.selectFrom('subscribers').selectAll().where('email', '=', address).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.first_name, firstName);

      const token = new URL(confirm).searchParams.get('token') ?? '';
      const confirmed = await postForm(app, '/newsletter/confirm', { token });
      assert.equal(confirmed.status, 303);
      assert.equal(confirmed.headers.get('location'), '/newsletter/confirmed');
      const done = await parsePage(await app.request('/newsletter/confirmed'));
      assert.equal(done.h1(), "You're subscribed");
      assert.ok(done.text().includes('unsubscribe link at the bottom'));
      row = await db.selectFrom('subscribers').selectAll().where('email', '=', address).executeTakeFirstOrThrow();
      assert.equal(row.status, 'active');
      assert.ok(row.confirmed_at);

      // Tokens are kept only as sha-256 hashes.
      const stored = await db.selectFrom('newsletter_tokens').select('token_hash').execute();
      assert.ok(stored.length >= 2);
      assert.ok(stored.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash) && s.token_hash !== token));

      // Unsubscribe with the page and its button.
      const unsubscribePage = await app.request(pathOf(unsubscribe));
      assert.equal(unsubscribePage.status, 200);
      assert.equal((await parsePage(unsubscribePage)).$('main form button[type="submit"]').text().trim(), 'Unsubscribe');
      assert.equal((await db.selectFrom('subscribers').select('id').execute()).length, 1, 'opening the page changes nothing');
      const left = await postForm(app, '/newsletter/unsubscribe', {
        token: new URL(unsubscribe).searchParams.get('token') ?? '',
      });
      assert.equal(left.status, 303);
      assert.equal(left.headers.get('location'), '/newsletter/unsubscribed');
      assert.equal((await parsePage(await app.request('/newsletter/unsubscribed'))).h1(), "You've unsubscribed");
      assert.equal((await db.selectFrom('subscribers').select('id').execute()).length, 0);
      assert.equal((await db.selectFrom('newsletter_tokens').select('token_hash').execute()).length, 0);

      // The same link again: a calm page saying there is nothing more to do.
      const again = await app.request(pathOf(unsubscribe));
      assert.equal(again.status, 400);
      assert.ok((await parsePage(again)).text().includes('You may have unsubscribed already'));

      // The send itself is logged: the worker writes that line after the mail server has the message, so on a
      // busy machine it can come a moment after the email does.
      await eventually(() => logs.some((l) => l.includes('newsletter email sent')), 'the log line of the send');
      const everything = logs.join('\n');
      for (const secret of [
        address,
        address.toUpperCase(),
        firstName,
        token,
        new URL(unsubscribe).searchParams.get('token') ?? '',
      ]) {
        assert.ok(!everything.includes(secret), `the logs must not contain ${secret}`);
      }
      assert.ok(!everything.includes('example.org'), 'not even the domain of the address');
    });

    test('one-click unsubscribe: the POST a mail provider sends (no Origin, RFC 8058) removes the subscriber', async (t) => {
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      const address = newAddress();
      await postForm(app, '/newsletter', { email: address, consent: 'yes' });
      const mail = await mailTo(address);
      const url = rawHeader(mail, 'List-Unsubscribe')?.replace(/^<|>$/g, '') ?? '';
      assert.match(url, /^http:\/\/localhost:3000\/newsletter\/unsubscribe\?token=/);
      const res = await app.request(pathOf(url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(res.status, 200, 'no redirect in answer to a one-click POST');
      assert.equal(parseHtml(await res.text()).h1(), "You've unsubscribed");
      assert.equal(await db.selectFrom('subscribers').select('id').where('email', '=', address).executeTakeFirst(), undefined);

      // Without the one-click body, a POST with no Origin is treated as a form and refused.
      const { app: app2, deps: deps2 } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps2.close());
      const forged = await app2.request(pathOf(url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'token=x',
      });
      assert.equal(forged.status, 403);
    });

    test('signing up again gives the same answer whether the address is new, pending, active or gone', async (t) => {
      const clock = testClock();
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url }, { now: clock.now });
      t.after(() => deps.close());
      const address = newAddress();
      const signUp = async (name: string) => {
        const res = await postForm(app, '/newsletter', { email: address, first_name: name, consent: 'yes' });
        const follow = await app.request(res.headers.get('location') ?? '/');
        // The page differs only by its per-response CSP nonce.
        const page = (await follow.text()).replace(/nonce="[^"]+"/g, 'nonce=""');
        return `${res.status} ${res.headers.get('location')} ${follow.status} ${page}`;
      };
      const rows = () => db.selectFrom('subscribers').selectAll().where('email', '=', address).execute();

      const asNew = await signUp('Ana');
      const first = await delivered(db, address, 1);
      const asPendingSoon = await signUp('Ana');
      await deps.newsletter.worker.runOnce();
      assert.equal(sink.messages.filter((m) => m.envelope.to.includes(address)).length, 1, 'no second email within 10 minutes');

      clock.advance(11 * MINUTE);
      const asPending = await signUp('Anabel');
      const second = await delivered(db, address, 2);
      assert.equal(second.parsed.subject, 'Please confirm your email sign-up', 'a new link for a still-pending address');
      assert.equal((await rows()).length, 1);
      assert.equal((await rows())[0]?.first_name, 'Anabel', 'a pending sign-up may correct its name');

      // Both links work: the first one confirms.
      const token = new URL(confirmLink(linksIn(first)) ?? '').searchParams.get('token') ?? '';
      assert.equal((await postForm(app, '/newsletter/confirm', { token })).status, 303);

      clock.advance(11 * MINUTE);
      const asActive = await signUp('Mallory');
      const third = await delivered(db, address, 3);
      assert.equal(third.parsed.subject, 'About your email sign-up');
      assert.match(third.parsed.text ?? '', /already on our list/);
      assert.equal(confirmLink(linksIn(third)), undefined);
      assert.ok(unsubscribeLink(linksIn(third)), 'every email can unsubscribe');
      const [active] = await rows();
      assert.equal(active?.status, 'active', 'still exactly one active row');
      assert.equal(active?.first_name, 'Anabel', 'the form cannot change a confirmed subscriber');
      assert.equal((await rows()).length, 1);

      const unsubscribeToken = new URL(unsubscribeLink(linksIn(third)) ?? '').searchParams.get('token') ?? '';
      assert.equal((await postForm(app, '/newsletter/unsubscribe', { token: unsubscribeToken })).status, 303);
      assert.equal((await rows()).length, 0);
      const asGone = await signUp('Ana');
      const fourth = await delivered(db, address, 4);
      assert.equal(fourth.parsed.subject, 'Please confirm your email sign-up');
      assert.equal((await rows())[0]?.status, 'pending', 'coming back means confirming again');

      for (const answer of [asPendingSoon, asPending, asActive, asGone]) assert.equal(answer, asNew);
    });

    test('confirming twice is fine, and an expired or broken link explains how to sign up again', async (t) => {
      const clock = testClock();
      const { app, deps, db } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url }, { now: clock.now });
      t.after(() => deps.close());
      const address = newAddress();
      await postForm(app, '/newsletter', { email: address, consent: 'yes' });
      const link = confirmLink(linksIn(await delivered(db, address))) ?? '';
      const token = new URL(link).searchParams.get('token') ?? '';

      clock.advance(48 * HOUR + MINUTE);
      const expiredPage = await app.request(pathOf(link));
      assert.equal(expiredPage.status, 410);
      const expired = await parsePage(expiredPage);
      assert.equal(expired.h1(), 'This link has expired');
      assert.equal(expired.link('sign up again', 'main')?.href, '/newsletter');
      assert.equal((await postForm(app, '/newsletter/confirm', { token })).status, 410);
      const [row] = await db.selectFrom('subscribers').selectAll().where('email', '=', address).execute();
      assert.equal(row?.status, 'pending', 'an expired link activates nothing');

      // A new sign-up sends a fresh link, which works, twice.
      await postForm(app, '/newsletter', { email: address, consent: 'yes' });
      const fresh = new URL(confirmLink(linksIn(await delivered(db, address, 2))) ?? '').searchParams.get('token') ?? '';
      assert.equal((await postForm(app, '/newsletter/confirm', { token: fresh })).status, 303);
      assert.equal((await postForm(app, '/newsletter/confirm', { token: fresh })).status, 303);

      for (const bad of ['', 'short', 'A'.repeat(43), `${fresh}x`]) {
        const res = await app.request(`/newsletter/confirm?token=${encodeURIComponent(bad)}`);
        assert.equal(res.status, 400, `token "${bad}"`);
        assert.equal((await parsePage(res)).h1(), 'This link does not work');
        assert.equal((await postForm(app, '/newsletter/confirm', { token: bad })).status, 400);
      }
      assert.equal((await app.request('/newsletter/unsubscribe')).status, 400);
    });

    test('the confirm and unsubscribe buttons only work from our own pages', async (t) => {
      const { app, deps } = await createNewsletterTestApp({ ...database.env, SMTP_URL: sink.url });
      t.after(() => deps.close());
      for (const path of ['/newsletter/confirm', '/newsletter/unsubscribe']) {
        const res = await postForm(app, path, { token: 'A'.repeat(43) }, { origin: 'https://evil.example' });
        assert.equal(res.status, 403, path);
        const ours = await postForm(app, path, { token: 'A'.repeat(43) }, { origin: OWN_ORIGIN });
        assert.equal(ours.status, 400, `${path}: same origin gets through to the (unknown) token`);
      }
    });
  });
});

describe('the newsletter pages on PostgreSQL', () => {
  let database: TestPostgresDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.drop());

  test('subscribe, confirm and unsubscribe by following the links in the email', async (t) => {
    const { app, deps, db } = await createNewsletterTestApp({ DATABASE_URL: database.url, SMTP_URL: sink.url });
    t.after(() => deps.close());
    assert.equal(deps.appDb.dialect, 'postgres');
    const address = newAddress();
    assert.equal((await postForm(app, '/newsletter', { email: address, first_name: 'Ana', consent: 'yes' })).status, 303);
    const links = linksIn(await delivered(db, address));
    const token = new URL(confirmLink(links) ?? '').searchParams.get('token') ?? '';
    assert.equal((await app.request(pathOf(confirmLink(links) ?? ''))).status, 200);
    assert.equal((await postForm(app, '/newsletter/confirm', { token })).status, 303);
    const row = await db.selectFrom('subscribers').selectAll().where('email', '=', address).executeTakeFirstOrThrow();
    assert.equal(row.status, 'active');
    const unsubscribe = new URL(unsubscribeLink(links) ?? '').searchParams.get('token') ?? '';
    assert.equal((await postForm(app, '/newsletter/unsubscribe', { token: unsubscribe })).status, 303);
    assert.equal(await db.selectFrom('subscribers').select('id').where('email', '=', address).executeTakeFirst(), undefined);
  });

  test('instances that share RATE_LIMIT_SECRET share the sign-up limit; without it each counts alone', async (t) => {
    const secret = 'a-secret-shared-by-every-instance-0123456789';
    const env = { DATABASE_URL: database.url, SMTP_URL: sink.url, RATE_LIMIT_SECRET: secret };
    const one = await createNewsletterTestApp(env, { trustProxy: true });
    const two = await createNewsletterTestApp(env, { trustProxy: true });
    const alone = await createNewsletterTestApp({ ...env, RATE_LIMIT_SECRET: `another-${secret}` }, { trustProxy: true });
    t.after(async () => {
      await Promise.all([one.deps.close(), two.deps.close(), alone.deps.close()]);
    });
    const from = { 'x-forwarded-for': '198.51.100.23' };
    for (let i = 0; i < 5; i++) {
      const res = await postForm(i % 2 ? one.app : two.app, '/newsletter', { email: newAddress(), consent: 'yes' }, from);
      assert.equal(res.status, 303, `sign-up ${i + 1}`);
    }
    assert.equal((await postForm(one.app, '/newsletter', { email: newAddress(), consent: 'yes' }, from)).status, 429);
    assert.equal((await postForm(two.app, '/newsletter', { email: newAddress(), consent: 'yes' }, from)).status, 429);
    assert.equal((await postForm(alone.app, '/newsletter', { email: newAddress(), consent: 'yes' }, from)).status, 303);
    // What is kept is a keyed hash, never the address: 5 hits under the shared secret, 1 under the other.
    const keys = await one.db
      .selectFrom('rate_limit_hits')
      .select('client_key')
      .where('client_key', '<>', UNKNOWN_CLIENT)
      .execute();
    assert.equal(keys.length, 6);
    assert.equal(new Set(keys.map((k) => k.client_key)).size, 2);
    for (const { client_key } of keys) assert.match(client_key, /^[A-Za-z0-9_-]{22}$/);
    assert.ok(!JSON.stringify(keys).includes('198.51'));
  });
});
