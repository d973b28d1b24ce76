/**
 * The whole loop in Chromium, on a site of its own (the fixture rows, so rebuilds take seconds): a visitor with
 * JavaScript off reports a wrong phone; an editor set up from the command line signs in and accepts it with
 * evidence; the facility page, search results and the API show the new number with where it came from; and
 * they still do after a full rebuild and after an import of a FindTreatment.gov export that disagrees (which
 * the editors' queue then shows as a conflict).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../../src/config.ts';
import { buildDirectory } from '../../src/pipeline/build.ts';
import { tempDir } from '../support/app.ts';
import { axeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { runCli, setupLinkIn } from '../support/cli.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { FIXTURE_SOURCES } from '../support/source-rows.ts';

/** A New Beginning, Florence, AL: listed as 256-381-0013 (intake 256-978-5352). */
const ID = '599kbb0hsw';
/** Bradford Health Services, Florence, AL: reported closed. */
const CLOSING = 'p61y385m1x';
const EDITOR = 'editor@example.org';
const PASSWORD = 'a long and unguessable phrase';
const NOTE = 'E2E-NOTE the number rings a fax machine';
const REPLY = 'e2e-reporter@example.org';
const TODAY = new Date().toISOString().slice(0, 10);

describe('report a problem, review it, see the correction everywhere (Chromium)', () => {
  let varDir: string;
  let server: RunningServer;
  let browser: Browser;
  let env: Record<string, string>;
  before(async () => {
    varDir = tempDir();
    await buildDirectory({ sourcesDir: FIXTURE_SOURCES, outPath: path.join(varDir, 'directory.sqlite') });
    env = { VAR_DIR: varDir, DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES };
    server = await startServer(env);
    env.PUBLIC_URL = server.url;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const a11y = async (page: Page, where: string) => assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);

  /** The facility page, a search and the API all show 256-555-0100 with our team's check. */
  async function showsCorrection(page: Page, when: string) {
    await page.goto(`/facilities/${ID}`);
    const main = await page.locator('main').innerText();
    assert.ok(await page.locator('a[href="tel:+12565550100"]').count(), `${when}: the page calls the new number`);
    assert.doesNotMatch(main, /256-381-0013/, `${when}: not the old one`);
    assert.match(main, /Phone confirmed by our team on .+ \(called the facility\)\./, when);
    assert.match(main, /Last checked by our team on/, when);
    await page.goto('/find?near=35630&radius=5');
    const card = page.locator('li.result', { has: page.locator(`a[href^="/facilities/${ID}?"], a[href="/facilities/${ID}"]`) });
    assert.match(await card.innerText(), /256-555-0100/, `${when}: the result card`);
    assert.match(await card.innerText(), /Last checked by our team on/, when);
    const api = (await (await fetch(`${server.url}/api/v1/facilities/${ID}`)).json()) as {
      phone: string;
      last_checked: string;
      checks: { field: string; evidence: string }[];
    };
    assert.equal(api.phone, '256-555-0100', `${when}: the API`);
    assert.equal(api.last_checked, TODAY);
    assert.deepEqual(
      api.checks.map((c) => [c.field, c.evidence]),
      [['phone', 'called']],
    );
  }

  test('the journey', async () => {
    // 1. A visitor with JavaScript off reports the wrong phone.
    const visitor = await openPage(browser, server.url, { javaScript: false });
    await visitor.page.goto(`/facilities/${ID}`);
    await visitor.page.getByRole('link', { name: 'Tell us what is wrong' }).click();
    await visitor.page.waitForURL(`**/facilities/${ID}/report`);
    await visitor.page.getByRole('button', { name: 'Send report' }).click();
    assert.match(await visitor.page.title(), /^Error: /, 'nothing chosen: the form says so');
    await visitor.page.getByLabel('The phone number is wrong').check();
    await visitor.page.getByLabel('The right phone number').fill('(256) 555-0100');
    await visitor.page.getByLabel('Tell us more').fill(NOTE);
    await visitor.page.getByLabel('Your email address (optional)').fill(REPLY);
    await visitor.page.getByRole('button', { name: 'Send report' }).click();
    await visitor.page.waitForURL(`**/facilities/${ID}/report/sent`);
    assert.equal(await visitor.page.locator('h1').innerText(), 'Thank you for your report');
    assert.match(await visitor.page.locator('main').innerText(), /What happens next/);
    assert.deepEqual(await visitor.context.cookies(), [], 'no cookie for a visitor');
    assert.deepEqual(visitor.foreignRequests, []);
    await visitor.context.close();

    // The same pages pass axe (with JavaScript on, as axe needs).
    const checker = await openPage(browser, server.url);
    await checker.page.goto(`/facilities/${ID}/report`);
    await a11y(checker.page, 'the report form');
    await checker.page.goto(`/facilities/${ID}/report/sent`);
    await a11y(checker.page, 'the thank-you page');
    await checker.context.close();

    // 2. An editor made from the command line sets a password and signs in.
    const added = await runCli('editor', ['add', EDITOR], env);
    assert.equal(added.status, 0, added.stderr);
    const ed = await openPage(browser, server.url);
    await ed.page.goto(setupLinkIn(added.stdout));
    await a11y(ed.page, 'the setup page');
    await ed.page.getByLabel('New password').fill(PASSWORD);
    await ed.page.getByLabel('Type it again').fill(PASSWORD);
    await ed.page.getByRole('button', { name: 'Save my password' }).click();
    await ed.page.getByRole('link', { name: 'sign in' }).click();
    await a11y(ed.page, 'the sign-in page');
    await ed.page.getByLabel('Email address').fill(EDITOR);
    await ed.page.getByLabel('Password').fill(PASSWORD);
    await ed.page.getByRole('button', { name: 'Sign in' }).click();
    await ed.page.waitForURL(/\/editor$/);
    const cookies = await ed.context.cookies();
    assert.deepEqual(
      cookies.map((c) => [c.name, c.path, c.httpOnly, c.sameSite]),
      [['ot_editor', '/editor', true, 'Strict']],
    );

    // 3. The queue shows the report; beside the listing and its source rows, the editor accepts it.
    await a11y(ed.page, 'the queue');
    await ed.page
      .locator('table a', { hasText: /^Report \d+$/ })
      .first()
      .click();
    const main = await ed.page.locator('main').innerText();
    assert.match(main, /Phone wrong/);
    assert.match(main, new RegExp(NOTE));
    assert.match(main, new RegExp(REPLY));
    assert.match(main, /Every source row behind this listing/);
    await a11y(ed.page, 'a report');
    assert.equal(await ed.page.getByLabel('The number').inputValue(), '256-555-0100', 'filled in from the report');
    await ed.page.getByLabel('I called the facility').check();
    assert.equal(await ed.page.getByLabel('The day you checked').inputValue(), TODAY);
    await ed.page.getByRole('button', { name: 'Accept and publish the correction' }).click();
    assert.match(await ed.page.locator('main').innerText(), /Accepted on/);

    // 4. Everywhere at once.
    const reader = await openPage(browser, server.url, { javaScript: false });
    await showsCorrection(reader.page, 'after accepting');

    // 5. A full rebuild keeps it.
    const rebuilt = await runCli('directory', ['build'], env);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    await new Promise((r) => setTimeout(r, 1100)); // the site looks for a new directory file once a second
    await showsCorrection(reader.page, 'after a full rebuild');

    // 6. An import whose listing has another number keeps ours on the site and flags it for the editors.
    const imported = await runCli(
      'directory',
      ['import', path.join(ROOT, 'data/fixtures/findtreatment/export-listing.csv')],
      env,
    );
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /Corrections the new directory disagrees with: 1/);
    await new Promise((r) => setTimeout(r, 1100));
    await showsCorrection(reader.page, 'after an import');
    await ed.page.goto('/editor');
    const queue = await ed.page.locator('main').innerText();
    assert.match(queue, /Corrections the newest data disagrees with \(1\)/);
    assert.match(queue, /The directory now says: 256-555-0142\./);
    await ed.page.getByRole('link', { name: /A New Beginning: Phone: 256-555-0100/ }).click();
    assert.match(await ed.page.locator('main').innerText(), /The newest data disagrees/);
    await a11y(ed.page, 'a correction in conflict');
    await ed.page.goto('/editor/audit');
    assert.match(await ed.page.locator('main').innerText(), new RegExp(`${EDITOR}\\s+report.accepted`));
    await a11y(ed.page, 'the audit log');
    await ed.page.goto('/editor/account');
    await a11y(ed.page, 'the account page');

    // 7. A place reported closed (JavaScript on this time) gets a page that says so, with places nearby.
    const other = await openPage(browser, server.url);
    await other.page.goto(`/facilities/${CLOSING}/report`);
    await other.page.getByLabel('It has closed').check();
    await other.page.getByRole('button', { name: 'Send report' }).click();
    await other.page.waitForURL(`**/facilities/${CLOSING}/report/sent`);
    await ed.page.goto('/editor?kind=closed');
    await ed.page
      .locator('table a', { hasText: /^Report \d+$/ })
      .first()
      .click();
    await ed.page.getByLabel('Their own website').check();
    await ed.page.getByRole('button', { name: 'Accept and publish the correction' }).click();
    await other.page.goto(`/facilities/${CLOSING}`);
    assert.match(await other.page.locator('main').innerText(), /This place has closed\./);
    assert.ok((await other.page.locator('main li.result').count()) > 0, 'nearby places with the same care');
    await a11y(other.page, 'a closed place');

    assert.deepEqual([...reader.foreignRequests, ...ed.foreignRequests, ...other.foreignRequests], []);
    await reader.context.close();
    await other.context.close();
    await ed.context.close();

    // Nothing the visitor or the editor typed reached the server's log.
    const log = server.output();
    for (const secret of ['E2E-NOTE', REPLY, PASSWORD, '555-0100']) assert.ok(!log.includes(secret), secret);
  });
});
