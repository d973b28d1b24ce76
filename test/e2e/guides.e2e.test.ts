import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../../src/config.ts';
import { loadGuides } from '../../src/features/guides/guides.repository.ts';
import { axeViolations, checkPages, IN_PARALLEL, openPage } from '../support/browser.ts';
import { buildTestDirectory } from '../support/directory.ts';
import { type RunningServer, startServer } from '../support/server.ts';
import { useSiteInBrowser } from '../support/site.ts';

const SPONSOR = {
  SPONSOR_NAME: 'Example Recovery Center',
  SPONSOR_PHONE: '(555) 010-4477',
  SPONSOR_URL: 'https://recovery.example/',
  SPONSOR_TEXT: 'Outpatient care with evening hours.',
};

describe('guides in Chromium', { concurrency: IN_PARALLEL }, () => {
  const slugs = loadGuides(path.join(ROOT, 'content')).guides.map((g) => g.meta.slug);
  // The site as everyone sees it (the tier's shared one, when there is one), and one with a sponsor box.
  const site = useSiteInBrowser();
  let sponsored: RunningServer;
  before(async () => {
    await buildTestDirectory();
    sponsored = await startServer(SPONSOR);
  });
  after(async () => {
    await sponsored?.stop();
  });

  test('the index and every guide pass axe and ask no other site for anything', async () => {
    assert.ok(slugs.length > 0, 'there are guides to test');
    const urls = ['/guides', ...slugs.map((s) => `/guides/${s}`)];
    const problems = await checkPages(site.browser, site.server.url, urls, async ({ page, foreignRequests }, url) => {
      const found: string[] = [];
      const response = await page.goto(url);
      if (response?.status() !== 200) found.push(`${url}: status ${response?.status()}`);
      for (const v of await axeViolations(page)) found.push(`${url}: ${v}`);
      for (const r of foreignRequests.splice(0)) found.push(`${url}: requested ${r}`);
      return found;
    });
    assert.deepEqual(problems, []);
  });

  test('the privacy, accessibility and editorial policy pages pass axe', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, site.server.url);
    const problems: string[] = [];
    for (const url of ['/about/privacy', '/about/accessibility', '/about/editorial-policy']) {
      const response = await page.goto(url);
      if (response?.status() !== 200) problems.push(`${url}: status ${response?.status()}`);
      for (const v of await axeViolations(page)) problems.push(`${url}: ${v}`);
    }
    await context.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests, []);
  });

  test('a guide with the sponsor box still passes axe, and the box is labelled as advertising', async () => {
    const { page, context, foreignRequests } = await openPage(site.browser, sponsored.url);
    await page.goto(`/guides/${slugs[0]}`);
    const label = page.locator('.sponsor .sponsor__label');
    assert.equal(await label.textContent(), 'Paid advertising from Example Recovery Center');
    assert.ok(await label.isVisible());
    assert.equal(await page.getByRole('region', { name: 'Paid advertising from Example Recovery Center' }).count(), 1);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  for (const near of ['43215', 'Columbus, OH']) {
    test(`the find-treatment box sends "${near}" to /find with JavaScript off`, async () => {
      const { page, context } = await openPage(site.browser, site.server.url, { javaScript: false });
      await page.goto(`/guides/${slugs[0]}`);
      await page.getByLabel('ZIP code, or city and state').fill(near);
      await Promise.all([
        page.waitForURL(/\/find\?/),
        page.locator('form.search-box').getByRole('button', { name: 'Find treatment' }).click(),
      ]);
      const url = new URL(page.url());
      assert.equal(url.pathname, '/find');
      assert.equal(url.searchParams.get('near'), near);
      await context.close();
    });
  }

  test('a citation leads to its reference, and the reference leads back', async () => {
    const { page, context } = await openPage(site.browser, site.server.url);
    await page.goto(`/guides/${slugs[0]}`);
    const first = page.locator('sup.citation a').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    assert.equal(new URL(page.url()).hash, target);
    const reference = page.locator(target);
    assert.ok(await reference.isVisible(), `${target} is on the page`);
    await reference.locator('a.back-link, .back-link a').first().click();
    assert.match(new URL(page.url()).hash, /^#cite-/);
    await context.close();
  });

  test('prints without navigation, ads or the search box, and shows reference addresses', async () => {
    const { page, context } = await openPage(site.browser, sponsored.url);
    await page.goto(`/guides/${slugs[0]}`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.helpline-strip', '.sponsor', 'form.search-box', '.breadcrumbs', '.site-footer']) {
      const display = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
      assert.equal(display, 'none', `${selector} is hidden in print`);
    }
    const after = await page
      .locator('.references a[href^="http"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    assert.match(after, /https:\/\//, 'reference links print their address');
    assert.ok(await page.locator('article h1').isVisible());
    await context.close();
  });
});
