import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, IN_PARALLEL, openPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site.ts';

/**
 * We went to the neutral site (blocked in tests; what matters is that we went there) and left no new history entry.
 * Waits for the navigation to start and settle first: on a busy machine it can still be under way after a fixed pause,
 * and reading the page mid-navigation fails ("Execution context was destroyed").
 */
async function leftForNeutralSite(page: Page, foreignRequests: string[], historyBefore: number) {
  const deadline = Date.now() + 10_000;
  while (foreignRequests.length === 0 && Date.now() < deadline) await page.waitForTimeout(50);
  assert.deepEqual(
    foreignRequests.map((u) => new URL(u).host),
    ['www.weather.gov'],
  );
  assert.equal(await settledHistoryLength(page, deadline), historyBefore);
}

async function settledHistoryLength(page: Page, deadline: number): Promise<number> {
  for (;;) {
    try {
      await page.waitForLoadState('load');
      return await page.evaluate(() => history.length);
    } catch (error) {
      const midNavigation = /context was destroyed|navigat/i.test(String(error));
      if (!midNavigation || Date.now() > deadline) throw error;
      await page.waitForTimeout(100);
    }
  }
}

describe('site pages in Chromium', { concurrency: IN_PARALLEL }, () => {
  const site = useSiteInBrowser();

  test('"About our data" lists every source with its year and licence, and credits GeoNames', async () => {
    const { page, foreignRequests, context } = await openPage(site.browser, site.server.url);
    await page.goto('/about/data');
    const text = await page.locator('main').innerText();
    for (const expected of ['2021', '2022', '2020', '2017', '2015', 'CC BY 4.0', 'GeoNames', 'public domain']) {
      assert.ok(text.includes(expected), `expected "${expected}" on the page`);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('quick exit leaves for a neutral site and replaces the history entry', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url);
    await page.goto('/about/data');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: /Quick exit/ }).click();
    await leftForNeutralSite(page, foreignRequests, before);
    await context.close();
  });

  test('pressing Escape twice also leaves, replacing the history entry; once does nothing', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url);
    await page.goto('/about/data');
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    assert.deepEqual(foreignRequests, [], 'two presses far apart are not a quick exit');
    // This press comes within a second of the last one: leave. Further presses change nothing.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape').catch(() => undefined);
    await page.waitForTimeout(500); // time for a second navigation to show up, if the page started one
    await leftForNeutralSite(page, foreignRequests, before);
    await context.close();
  });

  test('without JavaScript, quick exit is a plain link to the neutral site', async () => {
    const { page, context } = await openPage(site.browser, site.server.url, { javaScript: false });
    await page.goto('/about/data');
    assert.equal(await page.getByRole('link', { name: /Quick exit/ }).getAttribute('href'), 'https://www.weather.gov/');
    await context.close();
  });
});
