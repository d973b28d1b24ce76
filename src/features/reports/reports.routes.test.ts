import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createTestApp } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { saveFacilityAliases } from '../../db/corrections.repository.ts';
import { RateLimiter } from '../../db/rate-limiter.ts';
import { EVERYONE, REPORT_WINDOW_MS, REPORTS_PER_CLIENT, REPORTS_PER_WINDOW_ALL } from './reports.deps.ts';

const OWN_ORIGIN = 'http://localhost';

type TestApp = ReturnType<typeof createTestApp>;

const post = (t: TestApp, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: OWN_ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });

/** A New Beginning, Florence, AL: a real listing in the bundled lists. */
async function aListing(t: TestApp): Promise<string> {
  // With DATABASE_URL the directory is the one published in PostgreSQL, read once the handle has found it.
  await t.deps.directory.ready();
  const row = await t.deps.directory
    .snapshot()
    .db.selectFrom('facilities')
    .select('id')
    .where('name', '=', 'A New Beginning')
    .where('zip', '=', '35630')
    .executeTakeFirstOrThrow();
  return row.id;
}

const reportsIn = async (t: TestApp) => (await t.deps.appDb.ready()).selectFrom('reports').selectAll().orderBy('id').execute();

before(async () => {
  await buildTestDirectory();
});

describe('"Something wrong with this listing?"', () => {
  forEachDatabase((database) => {
    test('every facility page links to a form that works without JavaScript, says what we keep, and sets no cookie', async (t) => {
      const app = createTestApp(database.env);
      t.after(() => app.deps.close());
      const id = await aListing(app);
      const page = await (await app.app.request(`/facilities/${id}`)).text();
      assert.match(page, /<strong>Something wrong with this listing\?<\/strong>/);
      assert.match(page, new RegExp(`<a href="/facilities/${id}/report">Tell us what is wrong</a>`));
      const res = await app.app.request(`/facilities/${id}/report`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('set-cookie'), null);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const html = await res.text();
      assert.match(html, /<meta name="robots" content="noindex"/);
      assert.match(html, new RegExp(`<form method="post" action="/facilities/${id}/report" novalidate`));
      for (const field of ['kind', 'phone', 'address', 'service', 'note', 'email'])
        assert.match(html, new RegExp(`name="${field}"`));
      assert.match(html, /Your email address \(optional\)/);
      assert.match(html, /We delete it, and what you wrote, 90 days after we close your report/);
      assert.match(html, /<div class="report-trap"><label for="website">/);
      assert.doesNotMatch(html, /<script(?![^>]*src="\/assets\/site\.js)/, 'no script but the site’s own enhancement');
    });

    test('a wrong phone: stored normalised with the note and email, then a thank-you page that says what happens next', async (t) => {
      const app = createTestApp(database.env);
      t.after(() => app.deps.close());
      const id = await aListing(app);
      const res = await post(app, `/facilities/${id}/report`, {
        kind: 'phone',
        phone: '(256) 555-0100',
        address: 'ignored for a phone report',
        note: 'The number on the sign is different.',
        email: 'Reporter@Example.org',
        website: '',
      });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), `/facilities/${id}/report/sent`);
      assert.equal(res.headers.get('set-cookie'), null);
      const [stored] = await reportsIn(app);
      assert.equal(stored?.facility_id, id);
      assert.equal(stored?.kind, 'phone');
      assert.equal(stored?.value, '256-555-0100');
      assert.equal(stored?.note, 'The number on the sign is different.');
      assert.equal(stored?.reply_email, 'reporter@example.org');
      assert.equal(stored?.state, 'open');
      const sent = await (await app.app.request(`/facilities/${id}/report/sent`)).text();
      assert.match(sent, /<h1>Thank you for your report<\/h1>/);
      assert.match(sent, /What happens next/);
      assert.match(sent, /usually by calling it/);
      assert.match(sent, /We delete your email address and what you wrote 90 days after we\s+close your report/);
      // Nothing about the report reached the log: not the note, the number, the email or the facility.
      const log = app.logs.join('\n');
      for (const secret of ['sign is different', '555-0100', 'reporter@', 'Reporter@', id])
        assert.ok(!log.includes(secret), secret);
      assert.match(log, /"route":"\/facilities\/:id\/report"/, 'the request itself is logged by its pattern');
    });

    test('bad input: 400, "Error:" title, a linked summary, every message in place and everything typed kept; nothing stored', async (t) => {
      const app = createTestApp(database.env);
      t.after(() => app.deps.close());
      const id = await aListing(app);
      const res = await post(app, `/facilities/${id}/report`, {
        kind: 'phone',
        phone: '555-01',
        note: `A long note ${'x'.repeat(1000)}`,
        email: 'not an address',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /<title>Error: Report a problem with A New Beginning – Open Treatment<\/title>/);
      assert.match(html, /<a href="#phone">Enter a phone number with its area code, like 256-555-0100<\/a>/);
      assert.match(html, /<a href="#note">Your note must be 1,000 characters or fewer<\/a>/);
      assert.match(html, /<a href="#email">Enter an email address in the correct format/);
      assert.match(html, /type="radio" id="kind-2" name="kind" value="phone" checked=""/);
      assert.match(html, /name="phone" type="tel" value="555-01"/);
      assert.match(html, /name="email" type="email" value="not an address"/);
      assert.match(html, /A long note x{20}/);
      const missing = await post(app, `/facilities/${id}/report`, { kind: 'other' });
      assert.equal(missing.status, 400);
      assert.match(await missing.text(), /<a href="#note">Tell us what is wrong<\/a>/);
      const nothing = await post(app, `/facilities/${id}/report`, {});
      assert.match(await nothing.text(), /<a href="#kind">Choose what is wrong with this listing<\/a>/);
      const service = await post(app, `/facilities/${id}/report`, { kind: 'service-extra', service: 'care:teleporting' });
      assert.match(await service.text(), /<a href="#service">Choose the service<\/a>/);
      assert.deepEqual(await reportsIn(app), []);
    });

    test('a bot that fills the hidden field, a POST from another site, a huge body: nothing stored', async (t) => {
      const app = createTestApp(database.env);
      t.after(() => app.deps.close());
      const id = await aListing(app);
      const bot = await post(app, `/facilities/${id}/report`, { kind: 'closed', website: 'http://spam.example' });
      assert.equal(bot.status, 303, 'the same answer as a person gets');
      const forged = await post(app, `/facilities/${id}/report`, { kind: 'closed' }, { origin: 'https://evil.example' });
      assert.equal(forged.status, 403);
      const huge = await post(app, `/facilities/${id}/report`, { kind: 'other', note: 'x'.repeat(40_000) });
      assert.equal(huge.status, 413);
      assert.deepEqual(await reportsIn(app), []);
    });

    test('per-client and global limits: a 429 that keeps what was typed, with Retry-After', async (t) => {
      const app = createTestApp(database.env);
      t.after(() => app.deps.close());
      const id = await aListing(app);
      for (let i = 0; i < REPORTS_PER_CLIENT; i++) {
        assert.equal((await post(app, `/facilities/${id}/report`, { kind: 'closed' })).status, 303);
      }
      const limited = await post(app, `/facilities/${id}/report`, { kind: 'other', note: 'Kept after the limit' });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      const html = await limited.text();
      assert.match(html, /Please wait a little/);
      assert.match(html, /Kept after the limit<\/textarea>/);
      assert.equal((await reportsIn(app)).length, REPORTS_PER_CLIENT);

      // Everyone together: a flood from many addresses stops at the global limit.
      const other = createTestApp(database.env);
      t.after(() => other.deps.close());
      const everyone = new RateLimiter({
        appDb: other.deps.appDb,
        bucket: 'report-all',
        limit: REPORTS_PER_WINDOW_ALL,
        windowMs: REPORT_WINDOW_MS,
      });
      for (let i = 0; i < REPORTS_PER_WINDOW_ALL; i++) await everyone.hit(EVERYONE);
      const flooded = await post(other, `/facilities/${id}/report`, { kind: 'closed' });
      assert.equal(flooded.status, 429);
    });
  });

  test('an unknown facility is a 404; an id an import changed is a 301 to the report form under its new id', async (t) => {
    const app = createTestApp();
    t.after(() => app.deps.close());
    const id = await aListing(app);
    assert.equal((await app.app.request('/facilities/0000000000/report')).status, 404);
    assert.equal((await app.app.request('/facilities/not-an-id/report')).status, 404);
    await saveFacilityAliases(
      await app.deps.appDb.ready(),
      new Map([['zzzzzzzzzz', id]]),
      new Set([id]),
      new Date().toISOString(),
    );
    app.deps.corrections.changed();
    const moved = await app.app.request('/facilities/zzzzzzzzzz/report');
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.get('location'), `/facilities/${id}/report`);
    const page = await app.app.request('/facilities/zzzzzzzzzz');
    assert.equal(page.status, 301);
    assert.equal(page.headers.get('location'), `/facilities/${id}`);
    const api = await app.app.request('/api/v1/facilities/zzzzzzzzzz');
    assert.equal(api.status, 301);
    assert.equal(api.headers.get('location'), `/api/v1/facilities/${id}`);
  });
});
