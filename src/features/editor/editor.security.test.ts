import assert from 'node:assert/strict';
import { before, describe, type TestContext, test } from 'node:test';
import { listingNamed } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { IDLE_MS, LOCK_MS, MAX_FAILED_LOGINS, SESSION_MS, SETUP_MS } from './auth.service.ts';
import { FORM_COOKIE, SESSION_COOKIE } from './editor.routes.tsx';
import {
  addEditor,
  Browser,
  createEditorTestApp,
  type EditorTestApp,
  fileReport,
  OWN_ORIGIN,
  PASSWORD,
  setCookieHeader,
  setCookieValue,
  testClock,
} from './editor.test-helpers.ts';
import { totpCode } from './totp.ts';

before(async () => {
  await buildTestDirectory();
});

/** An open report about A New Beginning (Florence, AL), straight into the database. */
async function aReport(
  t: EditorTestApp,
  note = 'a note',
  email: string | null = null,
): Promise<{ id: number; facilityId: string }> {
  const { id: facilityId } = await listingNamed(t);
  const id = await fileReport(t, facilityId, 'phone', '256-555-0100', { note, replyEmail: email });
  return { id, facilityId };
}

/** The app on a clock the test moves, closed after the test. */
function appOnClock(t: TestContext) {
  const clock = testClock();
  const app = createEditorTestApp({}, { now: clock.now });
  t.after(() => app.deps.close());
  return { clock, app };
}

describe('editor security', () => {
  test('every /editor route refuses anonymous access: GETs go to sign-in, anything else is a 403, nothing is shown', async (t) => {
    const app = createEditorTestApp();
    t.after(() => app.deps.close());
    const { id } = await aReport(app, 'SECRET-NOTE-anonymous', 'anon-reporter@example.org');
    const routes = app.app.routes.filter(
      (r) => r.path.startsWith('/editor') && r.method !== 'ALL' && r.path !== '/editor/login' && r.path !== '/editor/setup',
    );
    const paths = new Set(routes.map((r) => `${r.method} ${r.path.replace(':id', String(id))}`));
    for (const expected of [
      'GET /editor',
      `GET /editor/reports/${id}`,
      `POST /editor/reports/${id}/accept`,
      'GET /editor/audit',
    ]) {
      assert.ok(paths.has(expected), `${expected} is one of the routes checked`);
    }
    paths.add('GET /editor/no-such-page');
    paths.add('POST /editor/no-such-page');
    for (const entry of paths) {
      const [method, path] = entry.split(' ') as [string, string];
      const res = await app.app.request(path, {
        method,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: OWN_ORIGIN },
        ...(method === 'POST' ? { body: 'csrf=x&field=phone&phone=256-555-0199&evidence=called' } : {}),
      });
      const body = await res.text();
      if (method === 'GET') {
        assert.equal(res.status, 303, entry);
        assert.equal(res.headers.get('location'), '/editor/login', entry);
      } else {
        assert.equal(res.status, 403, entry);
      }
      assert.ok(!body.includes('SECRET-NOTE') && !body.includes('anon-reporter'), `${entry} shows nothing`);
      assert.equal(res.headers.get('set-cookie'), null, `${entry} sets no cookie`);
    }
    const db = await app.deps.appDb.ready();
    assert.equal((await db.selectFrom('corrections').selectAll().execute()).length, 0, 'nothing was decided');
    assert.equal((await db.selectFrom('reports').select('state').executeTakeFirstOrThrow()).state, 'open');
  });

  test('a forged or stolen session cookie, or one for a disabled editor, gets nowhere', async (t) => {
    const app = createEditorTestApp();
    t.after(() => app.deps.close());
    await addEditor(app, 'ed@example.org');
    const browser = new Browser(app);
    assert.equal((await browser.signIn('ed@example.org')).status, 303);
    assert.equal((await browser.get('/editor')).status, 200);
    const forged = await app.app.request('/editor', { headers: { cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}` } });
    assert.equal(forged.status, 303);
    const junk = await app.app.request('/editor', { headers: { cookie: `${SESSION_COOKIE}=' OR 1=1 --` } });
    assert.equal(junk.status, 303);
    await app.deps.editor.auth.disableEditor('ed@example.org');
    assert.equal((await browser.get('/editor')).status, 303, 'disabling ends the session at once');
  });

  test('CSRF: a form without its token, with another token, or posted from another site is refused', async (t) => {
    const app = createEditorTestApp();
    t.after(() => app.deps.close());
    await addEditor(app, 'ed@example.org');
    const { id } = await aReport(app);
    const browser = new Browser(app);
    await browser.signIn('ed@example.org');
    const csrf = await browser.csrf(`/editor/reports/${id}`);
    const accept = { field: 'phone', phone: '256-555-0100', evidence: 'called', checked_on: '2026-01-02' };
    assert.equal((await browser.post(`/editor/reports/${id}/accept`, accept)).status, 403, 'no token');
    assert.equal(
      (await browser.post(`/editor/reports/${id}/accept`, { ...accept, csrf: 'B'.repeat(43) })).status,
      403,
      'wrong token',
    );
    const other = new Browser(app);
    await addEditor(app, 'other@example.org');
    await other.signIn('other@example.org');
    assert.equal(
      (await browser.post(`/editor/reports/${id}/accept`, { ...accept, csrf: await other.csrf() })).status,
      403,
      'another session’s token',
    );
    assert.equal(
      (await browser.post(`/editor/reports/${id}/accept`, { ...accept, csrf }, { origin: 'https://evil.example' })).status,
      403,
      'another site, even with the right token',
    );
    assert.equal((await browser.post('/editor/logout', {})).status, 403, 'signing out needs the token too');
    const db = await app.deps.appDb.ready();
    assert.equal((await db.selectFrom('corrections').selectAll().execute()).length, 0);
    // The sign-in form has its own token (a cookie for /editor only, echoed by the form).
    const fresh = new Browser(app);
    await fresh.get('/editor/login');
    assert.ok(fresh.formCookie);
    assert.equal((await fresh.post('/editor/login', { email: 'ed@example.org', password: PASSWORD })).status, 403);
    assert.equal(
      (await fresh.post('/editor/login', { csrf: 'C'.repeat(43), email: 'ed@example.org', password: PASSWORD })).status,
      403,
    );
    // With the right token, the same request works.
    assert.equal((await browser.post(`/editor/reports/${id}/accept`, { ...accept, csrf })).status, 303);
  });

  test('session fixation: a session id planted before sign-in is never used, and signing in again ends the old session', async (t) => {
    const app = createEditorTestApp();
    t.after(() => app.deps.close());
    await addEditor(app, 'ed@example.org');
    const victim = new Browser(app);
    const planted = 'P'.repeat(43);
    victim.cookies.set(SESSION_COOKIE, planted);
    const res = await victim.signIn('ed@example.org');
    assert.equal(res.status, 303);
    const issued = setCookieValue(res, SESSION_COOKIE);
    assert.ok(issued);
    assert.notEqual(issued, planted);
    const attacker = await app.app.request('/editor', { headers: { cookie: `${SESSION_COOKIE}=${planted}` } });
    assert.equal(attacker.status, 303, 'the planted id does not sign anyone in');

    // Rotation: an attacker's own valid session, planted in a victim's browser, ends when the victim signs in.
    const attackerBrowser = new Browser(app);
    await addEditor(app, 'attacker@example.org');
    await attackerBrowser.signIn('attacker@example.org');
    const attackerSession = attackerBrowser.session as string;
    const victim2 = new Browser(app);
    victim2.cookies.set(SESSION_COOKIE, attackerSession);
    await victim2.signIn('ed@example.org');
    assert.notEqual(victim2.session, attackerSession);
    assert.equal((await attackerBrowser.get('/editor')).status, 303, 'the session the browser came with is gone');
    assert.match(await (await victim2.get('/editor/account')).text(), /Signed in as <strong>ed@example.org<\/strong>/);
  });

  test('cookies: the session only for /editor, HttpOnly, SameSite=Strict, and Secure when the site is served over HTTPS', async (t) => {
    for (const [env, secure] of [
      [{}, false],
      [{ PUBLIC_URL: 'https://opentreatment.example' }, true],
    ] as const) {
      const app = createEditorTestApp(env);
      t.after(() => app.deps.close());
      await addEditor(app, 'ed@example.org');
      const browser = new Browser(app);
      const page = await browser.get('/editor/login');
      const form = setCookieHeader(page, FORM_COOKIE) ?? '';
      const res = await browser.post(
        '/editor/login',
        { csrf: Browser.csrfIn(await page.text()), email: 'ed@example.org', password: PASSWORD },
        { origin: secure ? 'https://opentreatment.example' : OWN_ORIGIN },
      );
      assert.equal(res.status, 303);
      const session = setCookieHeader(res, SESSION_COOKIE) ?? '';
      for (const header of [session, form]) {
        assert.match(header, /; Path=\/editor(;|$)/);
        assert.match(header, /; HttpOnly/);
        assert.match(header, /; SameSite=Strict/);
        assert.equal(/; Secure/.test(header), secure, header);
      }
      assert.match(session, new RegExp(`; Max-Age=${SESSION_MS / 1000}`));
      assert.equal(res.headers.get('x-robots-tag'), 'noindex, nofollow');
    }
  });

  test('lockout: five failed sign-ins lock the account for 15 minutes, even against the right password', async (t) => {
    const { clock, app } = appOnClock(t);
    await addEditor(app, 'ed@example.org');
    const browser = new Browser(app);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const res = await browser.signIn('ed@example.org', 'wrong password');
      assert.equal(res.status, 400);
      assert.match(await res.text(), /The email address, password or code is not right/);
    }
    const locking = await browser.signIn('ed@example.org', 'wrong password');
    assert.equal(locking.status, 403);
    assert.match(await locking.text(), /locked for 15 minutes/);
    const right = await browser.signIn('ed@example.org', PASSWORD);
    assert.equal(right.status, 403, 'the right password does not open a locked account');
    assert.equal(browser.session, undefined);
    clock.advance(LOCK_MS);
    assert.equal((await browser.signIn('ed@example.org', PASSWORD)).status, 303, 'after 15 minutes it works again');
    // An unknown address gets the same answer as a wrong password, and locks nothing.
    const unknown = await new Browser(app).signIn('nobody@example.org', PASSWORD);
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /The email address, password or code is not right/);
    const audit = await (await app.deps.appDb.ready()).selectFrom('audit_log').select('action').execute();
    assert.equal(audit.filter((a) => a.action === 'editor.locked').length, 1);
  });

  test('the sign-in rate limit per client: a 429 after 20 tries in 15 minutes, whatever the account', async (t) => {
    const { app } = appOnClock(t);
    const browser = new Browser(app);
    for (let i = 0; i < 20; i++) assert.equal((await browser.signIn(`someone${i}@example.org`, 'x')).status, 400);
    const limited = await browser.signIn('someone@example.org', 'x');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.match(await limited.text(), /value="someone@example.org"/, 'the address typed is kept');
  });

  test('sessions end after 12 hours, or after an hour unused, and at sign-out', async (t) => {
    const { clock, app } = appOnClock(t);
    await addEditor(app, 'ed@example.org');
    const browser = new Browser(app);
    await browser.signIn('ed@example.org');
    clock.advance(IDLE_MS - 60_000);
    assert.equal((await browser.get('/editor')).status, 200);
    clock.advance(IDLE_MS - 60_000);
    assert.equal((await browser.get('/editor')).status, 200, 'use keeps it alive');
    clock.advance(IDLE_MS);
    assert.equal((await browser.get('/editor')).status, 303, 'an hour unused ends it');
    await browser.signIn('ed@example.org');
    for (let used = 0; used < SESSION_MS; used += IDLE_MS / 2) {
      clock.advance(IDLE_MS / 2);
      await browser.get('/editor');
    }
    assert.equal((await browser.get('/editor')).status, 303, 'twelve hours is the most, however active');
    await browser.signIn('ed@example.org');
    const session = browser.session as string;
    assert.equal((await browser.post('/editor/logout', { csrf: await browser.csrf() })).status, 303);
    assert.equal(browser.session, undefined, 'the cookie is cleared');
    assert.equal((await app.app.request('/editor', { headers: { cookie: `${SESSION_COOKIE}=${session}` } })).status, 303);
  });

  test('setup links work once, for 3 days, and ask for a real password', async (t) => {
    const { clock, app } = appOnClock(t);
    const added = await app.deps.editor.auth.addEditor('New@Example.org');
    assert.ok('token' in added);
    const browser = new Browser(app);
    const page = await browser.get(`/editor/setup?token=${added.token}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<strong>new@example.org<\/strong>/);
    const csrf = Browser.csrfIn(html);
    const short = await browser.post('/editor/setup', { csrf, token: added.token, password: 'short', confirm: 'short' });
    assert.equal(short.status, 400);
    assert.match(await short.text(), /Use at least 12 characters/);
    const mismatch = await browser.post('/editor/setup', {
      csrf,
      token: added.token,
      password: PASSWORD,
      confirm: `${PASSWORD}!`,
    });
    assert.match(await mismatch.text(), /Type the same password twice/);
    const ok = await browser.post('/editor/setup', { csrf, token: added.token, password: PASSWORD, confirm: PASSWORD });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /Your password is saved/);
    assert.equal((await browser.get(`/editor/setup?token=${added.token}`)).status, 400, 'used up');
    const stored = await (await app.deps.appDb.ready()).selectFrom('editors').select('password_hash').executeTakeFirstOrThrow();
    assert.match(stored.password_hash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/, 'argon2id, never the password');
    assert.equal((await browser.signIn('new@example.org')).status, 303);

    const late = await app.deps.editor.auth.addEditor('late@example.org');
    assert.ok('token' in late);
    clock.advance(SETUP_MS);
    assert.equal((await browser.get(`/editor/setup?token=${late.token}`)).status, 400, 'three days old');
  });

  test('the sign-in code: once on, needed at sign-in; a wrong code counts as a failure, a used one is refused', async (t) => {
    const { clock, app } = appOnClock(t);
    await addEditor(app, 'ed@example.org');
    const browser = new Browser(app);
    await browser.signIn('ed@example.org');
    const account = await (await browser.get('/editor/account')).text();
    const secret = account.match(/name="secret" value="([A-Z2-7]{32})"/)?.[1] as string;
    assert.ok(secret);
    const wrong = await browser.post('/editor/account/totp-on', { csrf: Browser.csrfIn(account), secret, code: '000000' });
    assert.equal(wrong.status, 400);
    const on = await browser.post('/editor/account/totp-on', {
      csrf: Browser.csrfIn(account),
      secret,
      code: totpCode(secret, clock.now().getTime()),
    });
    assert.match(await on.text(), /The sign-in code is on/);

    const other = new Browser(app);
    const needsCode = await other.signIn('ed@example.org', PASSWORD, '');
    assert.equal(needsCode.status, 400);
    assert.match(await needsCode.text(), /Enter the 6-digit code from your authenticator app/);
    assert.equal((await other.signIn('ed@example.org', PASSWORD, '123456')).status, 400);
    clock.advance(30_000);
    const code = totpCode(secret, clock.now().getTime());
    assert.equal((await other.signIn('ed@example.org', PASSWORD, code)).status, 303);
    assert.equal((await new Browser(app).signIn('ed@example.org', PASSWORD, code)).status, 400, 'the same code twice');
    const failures = await (await app.deps.appDb.ready()).selectFrom('editors').select('failed_logins').executeTakeFirstOrThrow();
    assert.equal(failures.failed_logins, 1, 'the replayed code counted as a failure; the good sign-in reset the rest');
  });

  forEachDatabase((database) => {
    test('one editor’s decisions are theirs in the audit log, which nobody can change or delete', async (t) => {
      const app = createEditorTestApp(database.env);
      t.after(() => app.deps.close());
      await addEditor(app, 'alice@example.org');
      await addEditor(app, 'bob@example.org');
      const first = await aReport(app);
      const second = await aReport(app);
      const alice = new Browser(app);
      const bob = new Browser(app);
      await alice.signIn('alice@example.org');
      await bob.signIn('bob@example.org');
      const accepted = await alice.post(`/editor/reports/${first.id}/accept`, {
        csrf: await alice.csrf(),
        field: 'phone',
        phone: '256-555-0100',
        evidence: 'called',
        checked_on: new Date().toISOString().slice(0, 10),
      });
      assert.equal(accepted.status, 303);
      const rejected = await bob.post(`/editor/reports/${second.id}/reject`, {
        csrf: await bob.csrf(),
        reason: 'Called: the listed number is right.',
      });
      assert.equal(rejected.status, 303);

      const db = await app.deps.appDb.ready();
      const log = await db
        .selectFrom('audit_log')
        .innerJoin('editors', 'editors.id', 'audit_log.editor_id')
        .select(['editors.email', 'audit_log.action', 'audit_log.report_id'])
        .where('audit_log.action', 'like', 'report.%')
        .orderBy('audit_log.id')
        .execute();
      assert.deepEqual(log, [
        { email: 'alice@example.org', action: 'report.accepted', report_id: first.id },
        { email: 'bob@example.org', action: 'report.rejected', report_id: second.id },
      ]);
      const page = await (await bob.get('/editor/audit')).text();
      assert.match(page, /alice@example.org<\/td><td><code class="small">report.accepted<\/code>/);
      assert.match(page, /bob@example.org<\/td><td><code class="small">report.rejected<\/code> Rejected report \d+: Called/);
      assert.doesNotMatch(page, /<form method="post" action="\/editor\/audit/, 'no way to change it from the page');

      await assert.rejects(db.updateTable('audit_log').set({ detail: 'rewritten' }).execute(), /append-only/);
      await assert.rejects(db.deleteFrom('audit_log').execute(), /append-only/);
      assert.ok((await db.selectFrom('audit_log').selectAll().execute()).every((r) => r.detail !== 'rewritten'));
    });

    test('reports and reply emails never reach the log, from the form to the editor’s decision', async (t) => {
      const app = createEditorTestApp(database.env);
      t.after(() => app.deps.close());
      await addEditor(app, 'ed@example.org');
      const { id } = await aReport(app, 'LOG-CANARY-NOTE the number is wrong', 'log-canary@example.org');
      const editor = new Browser(app);
      await editor.signIn('ed@example.org');
      const page = await (await editor.get(`/editor/reports/${id}`)).text();
      assert.match(page, /LOG-CANARY-NOTE/, 'the editor sees it');
      assert.match(page, /href="mailto:log-canary@example.org"/);
      await editor.post(`/editor/reports/${id}/accept`, {
        csrf: Browser.csrfIn(page),
        field: 'phone',
        phone: '256-555-0100',
        evidence: 'website',
        checked_on: new Date().toISOString().slice(0, 10),
      });
      const log = app.logs.join('\n');
      assert.ok(app.logs.length > 3);
      for (const secret of ['LOG-CANARY', 'log-canary', PASSWORD, 'ed@example.org', '555-0100'])
        assert.ok(!log.includes(secret), secret);
      const audit = (await (await app.deps.appDb.ready()).selectFrom('audit_log').select('detail').execute())
        .map((r) => r.detail)
        .join('\n');
      assert.ok(!audit.includes('LOG-CANARY') && !audit.includes('log-canary'), 'nor the audit log');
    });
  });
});
