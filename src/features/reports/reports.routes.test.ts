import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { listingNamed, type TestApp, useTestApp } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { parsePage } from '../../../test/support/html.ts';
import { ROOT } from '../../config.ts';
import { saveFacilityAliases } from '../../db/corrections.repository.ts';
import { RateLimiter } from '../../db/rate-limiter.ts';
import { EVERYONE, REPORT_WINDOW_MS, REPORTS_PER_CLIENT, REPORTS_PER_WINDOW_ALL } from './reports.deps.ts';

const OWN_ORIGIN = 'http://localhost';

const post = (t: TestApp, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: OWN_ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });

/** A New Beginning, Florence, AL: a real listing in the bundled lists. */
const aListing = async (t: TestApp) => (await listingNamed(t)).id;

const reportsIn = async (t: TestApp) => (await t.deps.appDb.ready()).selectFrom('reports').selectAll().orderBy('id').execute();

describe('"Something wrong with this listing?"', () => {
  forEachDatabase((database) => {
    const app = database.useTestApp();

    test('every facility page links to a form that works without JavaScript, says what we keep, and sets no cookie', async () => {
      const id = await aListing(app);
      const listing = await parsePage(await app.app.request(`/facilities/${id}`));
      assert.ok(listing.text().includes('Something wrong with this listing?'));
      assert.equal(listing.link('Tell us what is wrong')?.href, `/facilities/${id}/report`);
      const page = await parsePage(await app.app.request(`/facilities/${id}/report`));
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('set-cookie'), null);
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.equal(page.meta('robots'), 'noindex');
      const form = page.$('form.report-form');
      assert.equal(form.attr('method'), 'post');
      assert.equal(form.attr('action'), `/facilities/${id}/report`);
      assert.equal(form.attr('novalidate'), '');
      assert.deepEqual(
        ['kind', 'phone', 'address', 'service', 'note', 'email'].filter((name) => form.find(`[name="${name}"]`).length === 0),
        [],
        'every field is in the form',
      );
      assert.equal(page.field('Your email address (optional)').attr('type'), 'email');
      assert.ok(page.text().includes('We delete it, and what you wrote, 90 days after we close your report'));
      assert.equal(page.$('.report-trap').find('label[for="website"]').text(), 'Leave this box empty');
      const scripts = page
        .$('script[src]')
        .toArray()
        .map((el) => page.$(el).attr('src')?.split('?')[0]);
      // The site's own small enhancement (public/site.js) comes in the page itself; nothing else runs.
      assert.deepEqual(scripts, [], 'no script file');
      const inline = page.$('script:not([src]):not([type="application/ld+json"])');
      assert.equal(inline.length, 1);
      assert.equal(
        inline.text(),
        fs.readFileSync(path.join(ROOT, 'public', 'site.js'), 'utf8'),
        'no script but the site’s own enhancement',
      );
    });

    test('a wrong phone: stored normalised with the note and email, then a thank-you page that says what happens next', async () => {
      const logged = app.logs.length;
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
      const sent = await parsePage(await app.app.request(`/facilities/${id}/report/sent`));
      assert.equal(sent.h1(), 'Thank you for your report');
      assert.ok(sent.text().includes('What happens next'));
      assert.ok(sent.text().includes('usually by calling it'));
      assert.ok(sent.text().includes('We delete your email address and what you wrote 90 days after we close your report'));
      // Nothing about the report reached the log: not the note, the number, the email or the facility.
      const log = app.logs.slice(logged).join('\n');
      for (const secret of ['sign is different', '555-0100', 'reporter@', 'Reporter@', id])
        assert.ok(!log.includes(secret), secret);
      assert.match(log, /"route":"\/facilities\/:id\/report"/, 'the request itself is logged by its pattern');
    });

    test('from a Spanish page: the form, its errors and the thank-you page are Spanish, and the report is kept as written', async () => {
      const id = await aListing(app);
      const listing = await parsePage(await app.app.request(`/es/facilities/${id}`));
      assert.equal(listing.link('Díganos qué está mal')?.href, `/es/facilities/${id}/report`);
      const page = await parsePage(await app.app.request(`/es/facilities/${id}/report`));
      assert.equal(page.status, 200);
      assert.equal(page.$('html').attr('lang'), 'es');
      assert.equal(page.h1(), '¿Hay algo mal en este listado?');
      assert.equal(page.$('form.report-form').attr('action'), `/es/facilities/${id}/report`);
      assert.equal(page.field('Su correo electrónico (opcional)').attr('type'), 'email');
      assert.ok(
        page
          .$('option')
          .toArray()
          .some((el) => page.$(el).text() === 'Tipo de atención: Residencial'),
      );

      const bad = await parsePage(await post(app, `/es/facilities/${id}/report`, { kind: 'phone', phone: '12', email: 'nope' }));
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.links('.error-summary').map((l) => l.text),
        [
          'Escriba un teléfono con su código de área, como 256-555-0100',
          'Escriba un correo electrónico válido, como nombre@ejemplo.com, o déjelo vacío',
        ],
      );
      assert.equal(bad.field('El teléfono correcto').attr('value'), '12', 'what was typed is kept');

      const res = await post(app, `/es/facilities/${id}/report`, { kind: 'other', note: 'Ya no atienden los sábados.' });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), `/es/facilities/${id}/report/sent`);
      const sent = await parsePage(await app.app.request(`/es/facilities/${id}/report/sent`));
      assert.equal(sent.h1(), 'Gracias por su aviso');
      assert.equal(sent.link('Buscar tratamiento')?.href, '/es/find');
      const [stored] = await reportsIn(app);
      assert.equal(stored?.note, 'Ya no atienden los sábados.');
    });

    test('bad input: 400, "Error:" title, a linked summary, every message in place and everything typed kept; nothing stored', async () => {
      const id = await aListing(app);
      const res = await post(app, `/facilities/${id}/report`, {
        kind: 'phone',
        phone: '555-01',
        note: `A long note ${'x'.repeat(1000)}`,
        email: 'not an address',
      });
      const page = await parsePage(res);
      assert.equal(page.status, 400);
      assert.equal(page.title(), 'Error: Report a problem with A New Beginning – Open Treatment');
      const summary = (p: typeof page) => p.links('.error-summary').map((l) => [l.href, l.text]);
      assert.deepEqual(summary(page), [
        ['#phone', 'Enter a phone number with its area code, like 256-555-0100'],
        ['#note', 'Your note must be 1,000 characters or fewer'],
        ['#email', 'Enter an email address in the correct format, like name@example.com, or leave it empty'],
      ]);
      assert.equal(page.$('input[name="kind"]:checked').attr('value'), 'phone');
      assert.equal(page.field('The right phone number').attr('value'), '555-01');
      assert.equal(page.field('Your email address (optional)').attr('value'), 'not an address');
      assert.ok(
        page
          .field('Tell us more')
          .text()
          .startsWith(`A long note ${'x'.repeat(20)}`),
      );
      const missing = await parsePage(await post(app, `/facilities/${id}/report`, { kind: 'other' }));
      assert.equal(missing.status, 400);
      assert.deepEqual(summary(missing), [['#note', 'Tell us what is wrong']]);
      const nothing = await parsePage(await post(app, `/facilities/${id}/report`, {}));
      assert.deepEqual(summary(nothing), [['#kind', 'Choose what is wrong with this listing']]);
      const service = await parsePage(
        await post(app, `/facilities/${id}/report`, { kind: 'service-extra', service: 'care:teleporting' }),
      );
      assert.deepEqual(summary(service), [['#service', 'Choose the service']]);
      assert.deepEqual(await reportsIn(app), []);
    });

    test('a bot that fills the hidden field, a POST from another site, a huge body: nothing stored', async () => {
      const id = await aListing(app);
      const bot = await post(app, `/facilities/${id}/report`, { kind: 'closed', website: 'http://spam.example' });
      assert.equal(bot.status, 303, 'the same answer as a person gets');
      const forged = await post(app, `/facilities/${id}/report`, { kind: 'closed' }, { origin: 'https://evil.example' });
      assert.equal(forged.status, 403);
      const huge = await post(app, `/facilities/${id}/report`, { kind: 'other', note: 'x'.repeat(40_000) });
      assert.equal(huge.status, 413);
      assert.deepEqual(await reportsIn(app), []);
    });

    test('per-client and global limits: a 429 that keeps what was typed, with Retry-After', async () => {
      const id = await aListing(app);
      for (let i = 0; i < REPORTS_PER_CLIENT; i++) {
        assert.equal((await post(app, `/facilities/${id}/report`, { kind: 'closed' })).status, 303);
      }
      const limited = await post(app, `/facilities/${id}/report`, { kind: 'other', note: 'Kept after the limit' });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      const page = await parsePage(limited);
      assert.ok(page.text().includes('Please wait a little'));
      assert.equal(page.field('Tell us more').text(), 'Kept after the limit');
      assert.equal((await reportsIn(app)).length, REPORTS_PER_CLIENT);

      // Everyone together: a flood from many addresses stops at the global limit, even for a client under its own.
      await (await app.deps.appDb.ready()).deleteFrom('rate_limit_hits').execute();
      const everyone = new RateLimiter({
        appDb: app.deps.appDb,
        bucket: 'report-all',
        limit: REPORTS_PER_WINDOW_ALL,
        windowMs: REPORT_WINDOW_MS,
      });
      for (let i = 0; i < REPORTS_PER_WINDOW_ALL; i++) await everyone.hit(EVERYONE);
      const flooded = await post(app, `/facilities/${id}/report`, { kind: 'closed' });
      assert.equal(flooded.status, 429);
    });
  });

  describe('on the default database', () => {
    const app = useTestApp();
    test('an unknown facility is a 404; an id an import changed is a 301 to the report form under its new id', async () => {
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
});
