import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, openPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site.ts';

const site = useSiteInBrowser();

/** The whole journey: search by ZIP, filter, open a facility, find the call link. */
async function journey(page: Page) {
  await page.goto('/');
  await page.getByLabel('ZIP code or city and state').fill('21201');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/find\?near=21201/);
  assert.match(await page.locator('h1').innerText(), /Treatment near ZIP 21201 \(Baltimore, MD\)/);
  assert.equal(await page.locator('li.result').count(), 20);

  // Filter: open the filters, tick buprenorphine and Medicaid, search again.
  await page.locator('details.filters summary').click();
  await page.getByLabel('Buprenorphine').check();
  await page.getByLabel('Medicaid').check();
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/medication=buprenorphine/);
  const url = new URL(page.url());
  assert.deepEqual(url.searchParams.getAll('medication'), ['buprenorphine']);
  assert.deepEqual(url.searchParams.getAll('payment'), ['medicaid']);
  const offers = await page.locator('li.result').allInnerTexts();
  assert.ok(offers.length > 0);
  for (const text of offers) assert.match(text, /Buprenorphine/);

  // Open the first facility: it has a call link and says where its facts came from.
  await page.locator('li.result h3 a').first().click();
  await page.waitForURL(/\/facilities\/[0-9a-z]+/);
  const tel = page.locator('a[href^="tel:+1"]').first();
  assert.ok(await tel.count(), 'a call link');
  assert.match((await tel.getAttribute('href')) ?? '', /^tel:\+1\d{10}/);
  assert.match(await page.locator('main').innerText(), /From .*\(SAMHSA, 20\d\d\)/);
}

describe('the locator in Chromium', () => {
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
    assert.equal(await page.locator('h1').innerText(), 'Treatment near Baltimore, MD');
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

  const pages = [
    ['home', '/'],
    ['results', '/find?near=21201&medication=methadone'],
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

  test('axe finds no violations on a facility page', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { width: 320, height: 640 });
    await page.goto('/find?near=21201&medication=methadone');
    await page.locator('li.result h3 a').first().click();
    await page.waitForURL(/\/facilities\//);
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320px`);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });
});
