import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createTestApp } from '../../../test/support/app.ts';
import { buildTestDirectory } from '../../../test/support/directory.ts';

before(async () => {
  await buildTestDirectory();
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&#39;/g, "'");

async function page(app: ReturnType<typeof createTestApp>['app'], url: string) {
  const response = await app.request(url);
  const html = await response.text();
  return { status: response.status, html, text: text(html) };
}

describe('information pages', () => {
  const { app } = createTestApp();

  for (const [url, title] of [
    ['/about/privacy', 'Privacy'],
    ['/about/accessibility', 'Accessibility'],
    ['/about/editorial-policy', 'How we write and fund this site'],
  ] as const) {
    test(`${url} has its heading, description and canonical link`, async () => {
      const { status, html } = await page(app, url);
      assert.equal(status, 200);
      assert.match(html, new RegExp(`<h1>${title}</h1>`));
      assert.match(html, new RegExp(`<title>${title} – Open Treatment</title>`));
      assert.match(html, /<meta name="description" content="[^"]{40,}"/);
      assert.match(html, new RegExp(`<link rel="canonical" href="http://localhost:3000${url}"/>`));
    });
  }

  test('privacy says what is kept, what is not, and hedges the law', async () => {
    const { text } = await page(app, '/about/privacy');
    for (const expected of [
      /keep nothing about you unless you choose to join our email list/,
      /Your searches are not saved/,
      /Your self-check answers are not saved/,
      /We do not set cookies/,
      /rounds it to about 1 kilometer/,
      /does not record what you searched for, ZIP codes, locations, self-check answers, email addresses, what you wrote in a report or your IP address/,
      /We delete what you wrote and your email address 90 days after we close your report/,
      /only cookie on this site belongs to the sign-in pages for our editors/,
      /unsubscribe link/,
      /scrambled code made from your IP address for 10 minutes/,
      /HIPAA/,
      /42 CFR Part 2/,
      /probably do not cover this site/,
      /not legal advice/,
    ]) {
      assert.match(text, expected);
    }
  });

  test('accessibility names the standard, the testing, and how to report a problem', async () => {
    const { text } = await page(app, '/about/accessibility');
    assert.match(text, /WCAG\) 2\.2 at level AA/);
    assert.match(text, /JavaScript turned off/);
    assert.match(text, /axe/);
    assert.match(text, /contact the people who run this copy of Open Treatment/);
  });

  test('with ISSUES_URL set, every page that asks for reports links to it', async () => {
    const { app: linked, deps } = createTestApp({ ISSUES_URL: 'https://example.org/open-treatment/issues' });
    for (const path of ['/about/privacy', '/about/accessibility', '/about/editorial-policy']) {
      const { html } = await page(linked, path);
      assert.match(
        html,
        /<a href="https:\/\/example.org\/open-treatment\/issues" rel="noreferrer">our public issue tracker<\/a>/,
        path,
      );
    }
    await deps.close();
  });
});

describe('editorial policy and the sponsor', () => {
  test('explains the sponsor slot and says there is none when none is configured', async () => {
    const { app } = createTestApp();
    const { html, text } = await page(app, '/about/editorial-policy');
    assert.match(html, /<h2 id="funding">How we are funded<\/h2>/);
    assert.match(text, /Paid advertising from/);
    assert.match(text, /never appears in or between search results/);
    assert.match(text, /There are no paid listings/);
    assert.match(text, /ordered only by how far they are from where you searched and how well they match/);
    assert.match(text, /Right now: this site shows no paid advertising\./);
    assert.match(text, /never invent a reviewer/);
  });

  test('names the sponsor when one is configured', async () => {
    const { app } = createTestApp({ SPONSOR_NAME: 'Acme Care', SPONSOR_PHONE: '555-010-0199', SPONSOR_TEXT: 'We can help.' });
    const { text } = await page(app, '/about/editorial-policy');
    assert.match(text, /Right now: this site shows paid advertising from Acme Care on some guide pages\./);
  });

  test('says how a sponsor is chosen and paid, where its box appears and never appears, and that its words are its own', async () => {
    const { app } = createTestApp();
    const { html, text } = await page(app, '/about/editorial-policy');
    assert.match(html, /<h2 id="sponsors">How we choose and fund sponsors<\/h2>/);
    for (const expected of [
      /One sponsor at a time/,
      /A fixed fee for the space/,
      /never depends on how many people see the box, click it or call/,
      /never above a help line/,
      /the crisis page, the self-check or its results, the guide to overdose signs and naloxone, or the guide to helping someone you love/,
      /the sponsor's own words, shown in quotation marks after “In their words”/,
    ]) {
      assert.match(text, expected);
    }
  });
});
