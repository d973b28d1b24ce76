import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, IN_PARALLEL, openPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site.ts';

const site = useSiteInBrowser();

describe('the maps in Chromium', { concurrency: IN_PARALLEL }, () => {
  test('at 320 px the results map fits, its dots are big enough to tap and lead to the cards, and back', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { width: 320, height: 640 });
    await page.goto('/find?near=21201&medication=methadone');
    const map = page.locator('#results-map svg');
    const box = await map.boundingBox();
    assert.ok(box && box.width > 250 && box.width <= 320 && box.height > 150, `map box ${JSON.stringify(box)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);

    // Every dot is at least 24 CSS pixels across (WCAG 2.2 target size).
    const dots = page.locator('#results-map a circle');
    const count = await dots.count();
    assert.ok(count > 0);
    for (let i = 0; i < count; i++) {
      const b = await dots.nth(i).boundingBox();
      assert.ok(b && b.width >= 24 && b.height >= 24, `dot ${i} is ${b?.width}px`);
    }

    // Tap dot 2: the page jumps to card 2; its "on the map" link jumps back.
    await page.locator('#results-map a[href="#result-2"]').click();
    await page.waitForURL(/#result-2$/);
    const card = page.locator('#result-2');
    assert.ok(await card.isVisible());
    assert.ok(await card.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight));
    await card.getByRole('link', { name: 'See number 2 on the map' }).click();
    await page.waitForURL(/#results-map$/);
    assert.ok(await map.evaluate((el) => el.getBoundingClientRect().bottom > 0));

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('the dots can be reached with the keyboard and are named after their places', async () => {
    const { page, context } = await openPage(site.browser, site.server.url);
    await page.goto('/find?near=21201');
    const first = page.locator('#results-map a[href="#result-1"]');
    const name = await page.locator('#result-1 h3').innerText();
    assert.equal(await first.evaluate((a) => a.querySelector('title')?.textContent), `1. ${name}`);
    await first.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#result-1');
    await context.close();
  });

  test('the map prints: it is shown in print and the PDF holds it', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript: false });
    await page.goto('/find?near=21201');
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('#results-map svg').boundingBox();
    assert.ok(box && box.width > 200, 'the map is laid out for print');
    assert.ok(await page.locator('#result-1').isVisible(), 'and so is the list');
    const pdf = await page.pdf({ format: 'Letter' });
    assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  test('a facility page shows its locator map, is axe-clean at 320 px, and asks nothing of anyone else', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { width: 320, height: 640 });
    await page.goto('/find?near=00901');
    await page.locator('li.result h3 a').first().click();
    await page.waitForURL(/\/facilities\//);
    const map = page.getByRole('img', { name: /^Map of where .+ is$/ });
    assert.ok(await map.isVisible());
    const box = await map.boundingBox();
    assert.ok(box && box.width <= 320);
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });
});
