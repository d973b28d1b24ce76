import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, IN_PARALLEL, openPage } from '../support/browser.ts';
import { useSiteWithMail } from '../support/site.ts';
import { linksIn } from '../support/smtp.ts';

describe('newsletter in Chromium', { concurrency: IN_PARALLEL }, () => {
  const site = useSiteWithMail();

  for (const javaScript of [false, true]) {
    test(`sign up, confirm from the email, and unsubscribe (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript });
      const address = `browser-${javaScript ? 'js' : 'nojs'}@example.org`;
      // axe hangs with JavaScript off, so only the JavaScript-on run checks accessibility.
      const checkA11y = async (where: string) => {
        if (javaScript) assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
      };

      await page.goto('/newsletter');
      assert.equal(await page.title(), 'Get email updates – Open Treatment');
      assert.equal(await page.locator('#website').isVisible(), false, 'the bot trap is hidden');
      await checkA11y('the form');

      // A mistake first: the form comes back with the error summary and what was typed.
      await page.getByLabel('Email address').fill('not an address');
      await page.getByLabel('First name (optional)').fill('Jo');
      await page.getByRole('button', { name: 'Sign up' }).click();
      assert.equal(await page.title(), 'Error: Get email updates – Open Treatment');
      const summary = page.locator('.error-summary');
      assert.match(await textOf(summary), /Enter an email address in the correct format/);
      assert.match(await textOf(summary), /Tick the box/);
      assert.equal(await page.getByLabel('First name (optional)').inputValue(), 'Jo');
      if (javaScript) {
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
      }
      await checkA11y('the form with errors');
      await summary.getByRole('link', { name: /Enter an email address/ }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'email', 'the summary link goes to the field');

      await page.getByLabel('Email address').fill(address);
      await page.getByLabel('I want to get occasional emails from Open Treatment').check();
      await page.getByRole('button', { name: 'Sign up' }).click();
      assert.equal(new URL(page.url()).pathname, '/newsletter/check-your-email');
      assert.equal(await textOf(page.getByRole('heading', { level: 1 })), 'Check your email');
      await checkA11y('check your email');

      const mail = await site.sink.waitFor((m) => m.envelope.to.includes(address));
      const links = linksIn(mail);
      const confirm = links.find((l) => l.includes('/newsletter/confirm?token='));
      const unsubscribe = links.find((l) => l.includes('/newsletter/unsubscribe?token='));
      assert.ok(confirm, 'a confirm link');
      assert.ok(confirm.startsWith(site.server.url), 'the link points at this site');
      assert.ok(unsubscribe);

      await page.goto(confirm);
      await checkA11y('the confirm page');
      await page.getByRole('button', { name: 'Confirm my subscription' }).click();
      assert.equal(new URL(page.url()).pathname, '/newsletter/confirmed');
      assert.equal(await textOf(page.getByRole('heading', { level: 1 })), "You're subscribed");
      await checkA11y('the confirmed page');

      await page.goto(unsubscribe);
      await checkA11y('the unsubscribe page');
      await page.getByRole('button', { name: 'Unsubscribe' }).click();
      assert.equal(await textOf(page.getByRole('heading', { level: 1 })), "You've unsubscribed");
      await checkA11y('the unsubscribed page');

      await expectLinkProblem(page, unsubscribe, 'This unsubscribe link does not work');
      await checkA11y('a used unsubscribe link');

      assert.deepEqual(foreignRequests, []);
      await context.close();
    });
  }

  test('the server log has the journey but no address', () => {
    const output = site.server.output();
    assert.match(output, /newsletter email sent/);
    assert.ok(!output.includes('@example.org'));
  });
});

const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();

async function expectLinkProblem(page: Page, url: string, heading: string) {
  const response = await page.goto(url);
  assert.equal(response?.status(), 400);
  assert.equal(await textOf(page.getByRole('heading', { level: 1 })), heading);
}
