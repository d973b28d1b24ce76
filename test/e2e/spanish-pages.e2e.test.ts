/**
 * Every Spanish page in Chromium: it passes axe, is lang="es", and asks no other site for anything. (The Spanish
 * journeys are in spanish.e2e.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, checkPages, openPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site.ts';

/** A ZIP code with places that offer care in Spanish among others (McAllen, TX). */
const ZIP = '78501';

const PAGES = [
  '/es',
  '/es/find',
  `/es/find?near=${ZIP}&care=outpatient`,
  `/es/find?near=${ZIP}&language=spanish`,
  '/es/find?near=Catano%2C%20PR',
  '/es/find?near=78501&medication=methadone&radius=10',
  '/es/find?near=59101&medication=methadone&care=residential&radius=10',
  '/es/find?near=21201&page=2',
  '/es/find?near=21201&page=500',
  '/es/guias',
  '/es/crisis',
  '/es/self-check',
  '/es/self-check/how-it-works',
  '/es/newsletter',
  '/es/newsletter/check-your-email',
  '/es/newsletter/confirmed',
  '/es/newsletter/unsubscribed',
  '/es/about/data',
  '/es/about/privacy',
  '/es/about/accessibility',
  '/es/about/editorial-policy',
  '/es/api',
  '/es/open-data/hsds',
  '/es/no-such-page',
];

describe('every page in Spanish, in Chromium', () => {
  const site = useSiteInBrowser();

  test('every Spanish page passes axe, is lang="es", and asks no other site for anything', async () => {
    const { page, context } = await openPage(site.browser, site.server.url);
    await page.goto(`/es/find?near=${ZIP}&language=spanish`);
    const facility = await page.locator('.results h3 a').first().getAttribute('href');
    await context.close();
    assert.ok(facility?.startsWith('/es/facilities/'), 'a Spanish facility page to check');
    const facilityPages = [facility as string, `${facility}/report`, `${facility}/report/sent`];
    const problems = await checkPages(site.browser, site.server.url, [...PAGES, ...facilityPages], async (opened, url) => {
      const found: string[] = [];
      await opened.page.goto(url);
      if ((await opened.page.locator('html').getAttribute('lang')) !== 'es') found.push(`${url}: not lang="es"`);
      for (const v of await axeViolations(opened.page)) found.push(`${url}: ${v}`);
      for (const r of opened.foreignRequests.splice(0)) found.push(`${url}: requested ${r}`);
      return found;
    });
    assert.deepEqual(problems, []);
  });
});
