import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';

const PAGES = [
  ['/about/privacy', 'Privacy'],
  ['/about/accessibility', 'Accessibility'],
  ['/about/editorial-policy', 'How we write and fund this site'],
] as const;

forEachDatabase(
  (database) => {
    describe('information pages', () => {
      const t = database.useTestApp();

      for (const [url, title] of PAGES) {
        test(`${url} has its heading, description and canonical link, and may be cached`, async () => {
          const page = await t.page(url);
          assert.equal(page.status, 200);
          assert.equal(page.h1(), title);
          assert.equal(page.title(), `${title} – Open Treatment`);
          assert.ok((page.meta('description') ?? '').length >= 40);
          assert.equal(page.canonical(), `http://localhost:3000${url}`);
          assert.equal(page.headers.get('cache-control'), 'public, max-age=300');
        });
      }

      test('privacy says what is kept, what is not, and hedges the law', async () => {
        const page = await t.page('/about/privacy');
        assert.deepEqual(page.headings(), [
          'What we keep about you',
          'If you join our email list',
          'If you report a problem with a listing',
          'No cookies and no trackers',
          '“Use my location”',
          'What our server records',
          'Health privacy laws',
          'Questions about privacy',
        ]);
        assert.match(
          page.text('.lead'),
          /keep nothing about you unless you choose to join our email list or to send us a report about a listing/,
        );
        const text = page.text();
        for (const expected of [
          'Your searches are not saved.',
          'Your self-check answers are not saved.',
          'We do not set cookies on any page you use.',
          'rounds it to about 1 kilometer',
          'does not record what you searched for, ZIP codes, locations, self-check answers, email addresses, what you wrote in a report or your IP address',
          'We delete what you wrote and your email address 90 days after we close your report',
          'only cookie on this site belongs to the sign-in pages for our editors',
          'unsubscribe link',
          'scrambled code made from your IP address for 10 minutes',
          'HIPAA',
          '42 CFR Part 2',
          'probably do not cover this site',
          'not legal advice',
        ]) {
          assert.ok(text.includes(expected), expected);
        }
        assert.equal(page.$('h2#health-privacy-laws').length, 1, 'sections keep their ids');
      });

      test('accessibility names the standard, the testing, and how to report a problem', async () => {
        const page = await t.page('/about/accessibility');
        assert.match(page.text('.lead'), /WCAG\) 2\.2 at level AA/);
        const text = page.text();
        assert.ok(text.includes('JavaScript turned off'));
        assert.ok(text.includes('axe'));
        assert.ok(text.includes('contact the people who run this copy of Open Treatment'));
        assert.equal(
          page.link('1-800-662-4357', 'main')?.href,
          'tel:+18006624357',
          'the help line is a link from the helpline module',
        );
      });
    });

    describe('with ISSUES_URL set', () => {
      const t = database.useTestApp({ ISSUES_URL: 'https://example.org/open-treatment/issues' });

      test('every page that asks for reports links to the tracker, telling the tracker nothing', async () => {
        for (const [url] of PAGES) {
          const link = (await t.page(url)).link('our public issue tracker', 'main');
          assert.deepEqual(
            link,
            { text: 'our public issue tracker', href: 'https://example.org/open-treatment/issues', rel: 'noreferrer' },
            url,
          );
        }
      });
    });

    describe('editorial policy and the sponsor', () => {
      const t = database.useTestApp();
      const sponsored = database.useTestApp({
        SPONSOR_NAME: 'Acme Care',
        SPONSOR_PHONE: '555-010-0199',
        SPONSOR_TEXT: 'We can help.',
      });

      test('explains the sponsor slot and says there is none when none is configured', async () => {
        const page = await t.page('/about/editorial-policy');
        assert.equal(page.$('h2#funding').text(), 'How we are funded');
        const text = page.text();
        for (const expected of [
          'Paid advertising from',
          'never appears in or between search results',
          'There are no paid listings',
          'ordered only by how far they are from where you searched and how well they match',
          'Right now: this site shows no paid advertising.',
          'never invent a reviewer',
        ]) {
          assert.ok(text.includes(expected), expected);
        }
        assert.equal(page.link('about our data', 'main')?.href, '/about/data');
      });

      test('names the sponsor when one is configured', async () => {
        const page = await sponsored.page('/about/editorial-policy');
        assert.ok(page.text().includes('Right now: this site shows paid advertising from Acme Care on some guide pages.'));
      });

      test('says how a sponsor is chosen and paid, where its box appears and never appears, and that its words are its own', async () => {
        const page = await t.page('/about/editorial-policy');
        assert.equal(page.$('h2#sponsors').text(), 'How we choose and fund sponsors');
        assert.deepEqual(page.headings(3), [
          'Who can be a sponsor',
          'What a sponsor pays for',
          'Where the box appears',
          'What a sponsor never gets',
        ]);
        const text = page.text();
        for (const expected of [
          'One sponsor at a time',
          'A fixed fee for the space',
          'never depends on how many people see the box, click it or call',
          'never above a help line',
          'the crisis page, the self-check or its results, the guide to overdose signs and naloxone, or the guide to helping someone you love',
          'the sponsor’s own words, shown in quotation marks after “In their words”',
        ]) {
          assert.ok(text.includes(expected), expected);
        }
      });
    });
  },
  { emptyEachTest: false },
);
