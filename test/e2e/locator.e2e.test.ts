import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, IN_PARALLEL, openPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site.ts';

const site = useSiteInBrowser();

/** The whole journey: search by ZIP, change the search to add filters, open a facility, find the call link, go back. */
async function journey(page: Page) {
  await page.goto('/');
  await page.getByLabel('ZIP code or city and state').fill('21201');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/find\?near=21201/);
  assert.equal(await page.locator('h1').innerText(), 'Treatment within 25 miles of ZIP 21201 (Baltimore, MD)');
  assert.equal(await page.locator('li.result').count(), 20);

  // Change the search: the form, filled in; open the filters, tick buprenorphine and Medicaid, search again.
  await page.getByRole('link', { name: 'Change search' }).click();
  await page.waitForURL(/\/find\/change\?near=21201/);
  assert.equal(await page.getByLabel('ZIP code or city and state').inputValue(), '21201');
  await page.locator('details.filters summary').click();
  await page.getByLabel('Buprenorphine').check();
  await page.getByLabel('Medicaid').check();
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/find\?.*medication=buprenorphine/);
  const url = new URL(page.url());
  assert.deepEqual(url.searchParams.getAll('medication'), ['buprenorphine']);
  assert.deepEqual(url.searchParams.getAll('payment'), ['medicaid']);
  assert.equal(await page.locator('h1').innerText(), 'Buprenorphine · Medicaid · within 25 miles of ZIP 21201 (Baltimore, MD)');
  const matches = await page.locator('li.result:not(.result--maybe)').allInnerTexts();
  assert.ok(matches.length > 0);
  for (const text of matches) assert.match(text, /Offers: Buprenorphine[^·]* · Medicaid/);
  for (const text of await page.locator('li.result--maybe').allInnerTexts())
    assert.match(text, /Their listing doesn’t say: Medicaid/);

  // Open the first facility: it has a call link, says where its facts came from, and leads back to the search.
  const heading = await page.locator('h1').innerText();
  await page.locator('li.result h3 a').first().click();
  await page.waitForURL(/\/facilities\/[0-9a-z]+\?from=/);
  const tel = page.locator('a[href^="tel:+1"]').first();
  assert.ok(await tel.count(), 'a call link');
  assert.match((await tel.getAttribute('href')) ?? '', /^tel:\+1\d{10}/);
  assert.match(await page.locator('main').innerText(), /From .*\(SAMHSA, 20\d\d\)/);
  await page.getByRole('link', { name: 'Back to results' }).click();
  await page.waitForURL(/\/find\?near=21201&medication=buprenorphine&payment=medicaid$/);
  assert.equal(await page.locator('h1').innerText(), heading);
}

/** How far down the page the bottom of an element is, with the page scrolled to the top. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

describe('the locator in Chromium', { concurrency: IN_PARALLEL }, () => {
  for (const javaScript of [true, false]) {
    test(`search by ZIP, filter, open a facility and find the call link (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript });
      await journey(page);
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });
  }

  test('an error keeps what was typed and links the summary to the field (JavaScript off)', async () => {
    const { page, context } = await openPage(site.browser, site.server.url, { javaScript: false });
    await page.goto('/find');
    await page.getByLabel('ZIP code or city and state').fill('99999');
    await page.getByRole('button', { name: 'Search' }).click();
    assert.match(await page.title(), /^Error: /);
    assert.equal(await page.getByLabel('ZIP code or city and state').inputValue(), '99999');
    await page.locator('.error-summary a[href="#near"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'near');
    await context.close();
  });

  test('a typo offers "Did you mean" links that run the search with the place we know (JavaScript off)', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript: false });
    await page.goto('/find');
    await page.getByLabel('ZIP code or city and state').fill('Baltimroe, MD');
    await page.getByRole('button', { name: 'Search' }).click();
    assert.match(await page.title(), /^Error: /);
    assert.match(await page.locator('.error-summary').innerText(), /Did you mean Baltimore, MD\?/);
    await page.locator('.error-summary').getByRole('link', { name: 'Baltimore, MD' }).click();
    await page.waitForURL(/near=Baltimore%2C\+MD/);
    assert.equal(await page.locator('h1').innerText(), 'Treatment within 25 miles of Baltimore, MD');
    assert.ok((await page.locator('li.result').count()) > 0);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('"Use my location" rounds the position to about 1 km before searching', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 39.294961, longitude: -76.622341 });
    const sent: string[] = [];
    page.on('request', (r) => sent.push(r.url()));
    await page.goto('/');
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL(/\/find\?near=/);
    assert.equal(new URL(page.url()).searchParams.get('near'), '39.29,-76.62');
    assert.ok(!sent.some((u) => u.includes('294961') || u.includes('622341')), 'the precise position never left the page');
    assert.match(await page.locator('h1').innerText(), /your location/);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('"Use my location" is not shown without JavaScript', async () => {
    const { page, context } = await openPage(site.browser, site.server.url, { javaScript: false });
    await page.goto('/');
    assert.equal(await page.getByRole('button', { name: 'Use my location' }).isVisible(), false);
    await context.close();
  });

  for (const javaScript of [true, false]) {
    test(`on a 360×740 phone the first result's name and phone are on the first screen (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, {
        javaScript,
        width: 360,
        height: 740,
      });
      for (const path of [
        '/find?near=21201',
        '/find?near=21201&medication=methadone',
        '/find?near=59101&medication=buprenorphine&payment=medicaid',
        '/find?near=St.+Louis&care=residential&payment=private&population=women',
      ]) {
        await page.goto(path);
        const name = await bottomOf(page, 'li.result h3');
        const tel = await bottomOf(page, 'main li.result a[href^="tel:"]');
        assert.ok(name <= 740, `${path}: the first name ends at ${name}px`);
        assert.ok(tel <= 740, `${path}: the first tel: link ends at ${tel}px`);
        // The phone is a big tap target.
        const box = await page.locator('main li.result a[href^="tel:"]').first().boundingBox();
        assert.ok(box && box.height >= 44 && box.width >= 44, JSON.stringify(box));
      }
      // The help lines are in the header, and Quick exit stays on screen at the end of a long page.
      assert.ok(await page.locator('header a[href="tel:+18006624357"]').isVisible());
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const exit = page.getByRole('link', { name: /^Quick exit/ });
      const exitBox = await exit.boundingBox();
      assert.ok(exitBox && exitBox.y >= 0 && exitBox.y + exitBox.height <= 740, JSON.stringify(exitBox));
      assert.ok(
        await exit.evaluate((a) => {
          const r = a.getBoundingClientRect();
          return a.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
        }),
        'nothing covers it',
      );
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });
  }

  const pages = [
    ['home', '/'],
    ['results', '/find?near=21201&medication=methadone'],
    ['results with places that may fit', '/find?near=59101&medication=buprenorphine&payment=medicaid'],
    ['no results, with the nearest match', '/find?near=83201&radius=10&medication=methadone'],
    ['change search', '/find/change?near=21201&medication=methadone&payment=medicaid'],
    ['no results', '/find?near=99780&radius=5&medication=methadone&population=veterans'],
    ['an error', '/find?near=99999'],
    ['a typo with suggestions', '/find?near=Baltimroe'],
    ['a city without its state', '/find?near=St.+Louis'],
    ['API docs', '/api'],
  ];
  for (const [name, path] of pages) {
    test(`axe finds no violations on ${name}, and it is usable at 320 px wide`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { width: 320, height: 640 });
      await page.goto(path as string);
      assert.deepEqual(await axeViolations(page), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320px`);
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });
  }

  test('axe finds no violations on a facility page opened from results, which starts with the phone', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { width: 320, height: 640 });
    await page.goto('/find?near=21201&medication=methadone');
    await page.locator('li.result h3 a').first().click();
    await page.waitForURL(/\/facilities\/[0-9a-z]+\?from=/);
    await page.setViewportSize({ width: 360, height: 740 });
    assert.ok((await bottomOf(page, 'main a[href^="tel:"]')) <= 740, 'the phone is on the first screen of a 360×740 phone');
    await page.setViewportSize({ width: 320, height: 640 });
    // Open a folded list of services too, so axe checks it.
    const folded = page.locator('details.service-group:not([open]) summary');
    assert.ok((await folded.count()) > 0, 'long service lists are folded');
    await folded.first().click();
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320px`);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });
});
