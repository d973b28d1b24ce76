import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestApp, tempDir } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import type { Page } from '../../../test/support/html.ts';
import { ROOT } from '../../config.ts';
import { loadGuides } from './guides.repository.ts';
import { GuideContentError } from './guides.service.ts';
import { PUBLIC_PAGES, SPANISH_PAGES } from './sitemap.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const GOOD = path.join(FIXTURES, 'good');
const SPONSOR = {
  SPONSOR_NAME: 'Example Recovery Center',
  SPONSOR_PHONE: '(555) 010-4477',
  SPONSOR_URL: 'https://recovery.example/welcome',
  SPONSOR_TEXT: 'Outpatient care with evening hours.',
};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const jsonLd = (page: Page) =>
  page
    .$('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse(page.$(el).text()));

/** A copy of the long fixture guide, changed, in a content folder of its own. */
function longGuideWith(change: (source: string) => string): string {
  const dir = tempDir('guides-');
  fs.mkdirSync(path.join(dir, 'guides'));
  const source = fs.readFileSync(path.join(GOOD, 'guides', 'long-guide.md'), 'utf8');
  fs.writeFileSync(path.join(dir, 'guides', 'long-guide.md'), change(source));
  return dir;
}

/** What every guide page must have, whatever it says. */
function assertGuidePage(page: Page, guide: { slug: string; title: string; summary: string; faq: unknown[] }, publicUrl: string) {
  const { slug } = guide;
  assert.equal(page.h1(), squash(guide.title), `${slug}: h1 is the title`);
  assert.equal(page.meta('description'), squash(guide.summary), `${slug}: meta description is the summary`);
  assert.equal(page.canonical(), `${publicUrl}/guides/${slug}`, `${slug}: canonical`);
  assert.ok(page.$('ol.references > li[id^="ref-"]').length > 0, `${slug}: references list`);
  const meta = page.$('.article-meta');
  for (const label of ['Page last reviewed:', 'Next review due:']) {
    assert.ok(page.text('.article-meta').includes(label), `${slug}: ${label}`);
  }
  assert.equal(meta.find('time').filter((_, el) => /^\d{4}-\d{2}-\d{2}$/.test(page.$(el).attr('datetime') ?? '')).length, 3);
  const types = jsonLd(page).map((d) => d['@type']);
  assert.ok(types.includes('MedicalWebPage'), `${slug}: MedicalWebPage JSON-LD`);
  assert.equal(types.includes('FAQPage'), guide.faq.length > 0, `${slug}: FAQPage JSON-LD only with questions`);
  const find = page.region('Find treatment near you');
  assert.equal(find.find('form[method="get"][action="/find"]').length, 1, `${slug}: find-treatment form`);
  assert.equal(page.field('ZIP code, or city and state').attr('name'), 'near', `${slug}: the ZIP box has a label`);
  const lines = page.links('.helpline-box').map((l) => l.href);
  assert.deepEqual(
    lines.filter((h) => h.startsWith('tel:')),
    ['tel:+18006624357', 'tel:988', 'tel:911'],
    `${slug}: help lines`,
  );
}

forEachDatabase(
  (database) => {
    describe('every real guide renders', () => {
      const t = database.useTestApp();

      test('each guide in content/ has a complete page', async () => {
        const { guides, problems } = loadGuides(path.join(ROOT, 'content'));
        assert.deepEqual(problems, []);
        for (const guide of guides) {
          const page = await t.page(`/guides/${guide.meta.slug}`);
          assert.equal(page.status, 200, guide.meta.slug);
          assertGuidePage(page, guide.meta, t.config.publicUrl);
          assert.equal(page.$('.sponsor').length, 0, 'no sponsor unless one is configured');
        }
        const index = (await t.page('/guides')).links('main').map((l) => l.href);
        for (const guide of guides) assert.ok(index.includes(`/guides/${guide.meta.slug}`), `index links ${guide.meta.slug}`);
      });

      test('help lines written in a guide as {{tel:ID}} become links to the numbers in src/ui/helplines.ts', async () => {
        const page = await t.page('/guides/overdose-signs-and-naloxone');
        assert.equal(page.link('911', '.guide-body')?.href, 'tel:911');
        assert.equal(page.link('1-800-484-3731', '.guide-body')?.href, 'tel:+18004843731');
        const paying = await t.page('/guides/paying-for-treatment');
        assert.equal(paying.link('435748', '.guide-body')?.href, 'sms:435748');
        assert.ok(
          squash(paying.region('Common questions').text()).includes('Helpline at 1-800-662-4357 is free'),
          'plain text in questions',
        );
      });
    });

    describe('guide pages (fixtures)', () => {
      const t = database.useTestApp({ CONTENT_DIR: GOOD });

      test('a reviewed, long guide: contents, citations, questions, structured data', async () => {
        const page = await t.page('/guides/long-guide');
        assert.equal(page.status, 200);
        assertGuidePage(
          page,
          {
            slug: 'long-guide',
            title: 'A long fixture guide about treatment',
            summary:
              'A test guide with enough sections for a table of contents, two references cited out of order, and questions.',
            faq: [1, 2],
          },
          t.config.publicUrl,
        );
        assert.equal(page.region('On this page').is('nav.toc'), true);
        // The reviewer, from front matter: one line under the dates.
        const review = page.$('p.review-status#review-status');
        assert.equal(
          squash(review.text()),
          'Medically reviewed by Dr Test Reviewer, MD, addiction medicine, on January 15, 2026. How we review',
        );
        assert.equal(review.find('time').attr('datetime'), '2026-01-15');
        assert.equal(review.find('a').attr('href'), '/about/editorial-policy#medical-review');
        assert.ok(!page.text().includes('No clinician has reviewed'));
        assert.ok(!page.text().includes('due for review'));

        // References: numbered by first citation (the second listed is cited first), each linking back.
        const refs = page
          .$('ol.references > li')
          .toArray()
          .map((li) => [page.$(li).attr('id'), page.$(li).find('a[rel="noreferrer"]').attr('href')]);
        assert.deepEqual(refs, [
          ['ref-second-listed', 'https://example.org/second?x=1&y=2'],
          ['ref-first-listed', 'https://example.org/first'],
        ]);
        const backTo = (id: string) => page.links(`#${id}`).map((l) => [l.text, l.href]);
        assert.deepEqual(backTo('ref-second-listed').slice(1), [
          ['reference 1, place 1', '#cite-second-listed'],
          ['reference 1, place 2', '#cite-second-listed-2'],
        ]);
        assert.deepEqual(backTo('ref-first-listed').slice(1), [['Back to text for reference 2', '#cite-first-listed']]);

        // Questions on the page, and in FAQPage.
        const questions = page.region('Common questions');
        assert.deepEqual(
          questions
            .find('h3')
            .toArray()
            .map((h) => page.$(h).text()),
          ['Is this a fixture question?', 'Does it have a second question?'],
        );
        assert.match(questions.find('h3 + p').first().text(), /^Yes\. It is here/);
        const [medical, faq] = jsonLd(page);
        assert.equal(medical['@type'], 'MedicalWebPage');
        assert.equal(medical.url, `${t.config.publicUrl}/guides/long-guide`);
        assert.equal(medical.lastReviewed, '2026-01-15');
        assert.deepEqual(medical.author, { '@type': 'Person', name: 'Test Writer', jobTitle: 'Health writer' });
        assert.equal(medical.reviewedBy.name, 'Dr Test Reviewer');
        assert.deepEqual(
          medical.citation.map((c: { url: string }) => c.url),
          ['https://example.org/second?x=1&y=2', 'https://example.org/first'],
        );
        assert.equal(faq['@type'], 'FAQPage');
        assert.deepEqual(
          faq.mainEntity.map((q: { name: string; acceptedAnswer: { '@type': string } }) => [q.name, q.acceptedAnswer['@type']]),
          [
            ['Is this a fixture question?', 'Answer'],
            ['Does it have a second question?', 'Answer'],
          ],
        );

        // Related guides play the part of suggested links.
        assert.equal(page.region('Related guides').find('li a').first().attr('href'), '/guides/short-guide');
      });

      test('raw HTML in a guide reaches the page only as text', async () => {
        const page = await t.page('/guides/long-guide');
        const body = page.$('.guide-body');
        assert.equal(body.find('script, img, iframe, b').length, 0, 'no element from content');
        assert.equal(
          page.$('*').filter((_, el) => Object.keys((el as { attribs?: object }).attribs ?? {}).some((a) => a.startsWith('on')))
            .length,
          0,
          'no event handler attribute anywhere',
        );
        assert.ok(body.text().includes('<b onclick='), 'the inline tag is shown as text');
        assert.ok(body.text().includes('<script>alert'), 'the script is shown as text');
        assert.ok(!page.links().some((l) => l.href.startsWith('javascript:')), 'no javascript: link');
        assert.deepEqual(page.link('another site'), {
          text: 'another site',
          href: 'https://example.com/page',
          rel: 'noreferrer',
        });
      });

      test('a guide without clinician review says so in one line, and an overdue guide says it is due for review', async () => {
        const page = await t.page('/guides/short-guide');
        assert.equal(page.status, 200);
        assert.equal(
          squash(page.$('p.review-status#review-status').text()),
          'No clinician has reviewed this guide yet: we wrote it from the sources listed at the end. How we review',
        );
        assert.ok(!page.text().includes('Medically reviewed by'));
        const notice = page.$('.notice--warning');
        assert.equal(notice.find('strong').first().text(), 'This guide is due for review.');
        assert.match(squash(notice.text()), /We planned to check it again by June 1, 2020/);
        assert.equal(notice.find('time').first().attr('datetime'), '2020-06-01');
        assert.equal(page.$('.toc').length, 0, 'two sections need no contents list');
        const [medical, ...others] = jsonLd(page);
        assert.equal(medical.reviewedBy, undefined, 'no reviewedBy until a clinician has reviewed it');
        assert.deepEqual(others, [], 'no FAQPage without questions');
      });

      test('the index lists guides as cards in order, marking review status', async () => {
        const page = await t.page('/guides');
        assert.equal(page.status, 200);
        assert.equal(page.h1(), 'Guides');
        assert.equal(page.canonical(), 'http://localhost:3000/guides');
        const cards = page
          .$('ul.cards > li')
          .toArray()
          .map((li) => ({
            href: page.$(li).find('h2 a').attr('href'),
            tags: page
              .$(li)
              .find('.tag')
              .toArray()
              .map((x) => page.$(x).text()),
          }));
        assert.deepEqual(
          cards.map((c) => c.href),
          ['/guides/long-guide', '/guides/short-guide', '/guides/yaml-dates'],
        );
        assert.deepEqual(cards[1]?.tags, ['Clinician review pending', 'Due for review']);
        assert.deepEqual(cards[0]?.tags, []);
      });

      test('an unknown guide is a 404 page', async () => {
        const page = await t.page('/guides/no-such-guide');
        assert.equal(page.status, 404);
        assert.equal(page.h1(), 'Page not found');
      });
    });

    describe('the sitemap', () => {
      const t = database.useTestApp({ CONTENT_DIR: GOOD, PUBLIC_URL: 'https://opentreatment.example' });

      test('lists every public page and guide with absolute URLs, guides with lastmod', async () => {
        const res = await t.request('/sitemap.xml');
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^application\/xml/);
        const xml = await res.text();
        assert.match(
          xml,
          /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
        );
        const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>\s*)?<\/url>/g)].map(
          (m) => [m[1], m[2]],
        );
        assert.deepEqual(entries, [
          ...PUBLIC_PAGES.map((p) => [`https://opentreatment.example${p}`, undefined]),
          ['https://opentreatment.example/guides/long-guide', '2026-01-15'],
          ['https://opentreatment.example/guides/short-guide', '2019-06-01'],
          ['https://opentreatment.example/guides/yaml-dates', '2026-02-01'],
          ...SPANISH_PAGES.map((p) => [`https://opentreatment.example${p}`, undefined]),
        ]);
        assert.ok(SPANISH_PAGES.includes('/es/guias') && SPANISH_PAGES.includes('/es'));
        for (const page of ['/', '/find', '/guides', '/self-check', '/crisis', '/newsletter', '/about/privacy', '/api']) {
          assert.ok(PUBLIC_PAGES.includes(page), page);
        }
      });
    });

    describe('a guide whose time-bound statement has passed its date', () => {
      const t = database.useTestApp({
        CONTENT_DIR: longGuideWith((source) =>
          source
            .replace(/related:\n {2}- short-guide\n/, 'related: []\n')
            .replace('[our short guide](/guides/short-guide) and ', '')
            .replace("nextReview: '2099-01-15'", "nextReview: '2026-02-01'")
            .replace("    expires: '2099-01-15'", "    expires: '2026-03-01'"),
        ),
      });

      test('is due for review, and the notice names the statement and its date', async () => {
        const page = await t.page('/guides/long-guide');
        assert.equal(page.status, 200);
        const notice = page.$('.notice--warning');
        assert.equal(notice.find('strong').first().text(), 'This guide is due for review.');
        assert.match(squash(notice.find('p').eq(1).text()), /only known to hold until a date that has passed:$/);
        assert.deepEqual(
          notice
            .find('li')
            .toArray()
            .map((li) => squash(page.$(li).text())),
          ["The first listed source describes a rule that runs until the guide's next review. (until March 1, 2026)"],
        );
        assert.equal(notice.find('li time').attr('datetime'), '2026-03-01');
      });
    });

    describe('the sponsor slot', () => {
      const off = database.useTestApp({ CONTENT_DIR: GOOD });
      const on = database.useTestApp({ CONTENT_DIR: GOOD, ...SPONSOR });

      test('is off by default: no sponsor markup anywhere', async () => {
        for (const url of ['/guides/long-guide', '/guides/short-guide', '/guides']) {
          const page = await off.page(url);
          assert.equal(page.$('.sponsor').length, 0, url);
          assert.ok(!page.text('body').includes('Paid advertising'), url);
        }
      });

      test('when configured, appears on guide pages only, labelled as paid advertising', async () => {
        for (const url of ['/guides/long-guide', '/guides/short-guide']) {
          const page = await on.page(url);
          const box = page.region('Paid advertising from Example Recovery Center');
          assert.equal(box.is('section.sponsor'), true, url);
          assert.equal(page.link('(555) 010-4477', '.sponsor')?.href, 'tel:5550104477');
          assert.deepEqual(page.link('recovery.example', '.sponsor'), {
            text: 'recovery.example',
            href: 'https://recovery.example/welcome',
            rel: 'sponsored noreferrer',
          });
          assert.equal(squash(box.find('.sponsor__words').text()), 'In their words: Outpatient care with evening hours.');
          assert.equal(box.find('q').text(), 'Outpatient care with evening hours.');
          assert.equal(page.link('How we choose and fund sponsors', '.sponsor')?.href, '/about/editorial-policy#sponsors');
          // It sits after the guide's own content and after the help lines: last in the page's main content.
          const main = page.$('main .wrap').children().toArray();
          const at = (selector: string) => main.findIndex((el) => page.$(el).is(selector));
          assert.ok(at('section.sponsor') > at('article'), 'sponsor is outside the article, after it');
          assert.ok(at('section.sponsor') > at('.helpline-box'), 'sponsor is below the help lines');
          assert.equal(at('section.sponsor'), main.length - 1, 'nothing follows it');
        }
        for (const url of ['/guides', '/about/privacy', '/about/accessibility', '/about/editorial-policy']) {
          assert.equal((await on.page(url)).$('.sponsor').length, 0, url);
        }
      });
    });

    describe('a guide that opts out of the sponsor (sponsor: false)', () => {
      const t = database.useTestApp({
        CONTENT_DIR: longGuideWith((source) =>
          source
            .replace(/related:\n {2}- short-guide\n/, 'related: []\nsponsor: false\n')
            .replace('[our short guide](/guides/short-guide) and ', ''),
        ),
        ...SPONSOR,
      });

      test('never shows the box, even when a sponsor is configured', async () => {
        const page = await t.page('/guides/long-guide');
        assert.equal(page.status, 200);
        assert.equal(page.$('.sponsor').length, 0);
        assert.ok(!/Paid advertising|Example Recovery Center/.test(page.text('body')));
      });
    });

    describe('bad content', () => {
      test('stops the app from being made, naming each file and field', () => {
        assert.throws(
          () => createTestApp({ ...database.env, CONTENT_DIR: path.join(FIXTURES, 'bad') }),
          (error: unknown) => {
            assert.ok(error instanceof GuideContentError);
            assert.equal(error.problems.length, 7);
            assert.match(error.message, /have 7 problems/);
            assert.match(error.message, /bad\/guides\/expired-fact\.md: expiringFacts\[0\]\.expires: /);
            assert.match(error.message, /bad\/guides\/missing-field\.md: summary: is missing/);
            assert.match(error.message, /bad\/guides\/wrong-slug\.md: slug:/);
            return true;
          },
        );
      });

      test('a missing guides folder is allowed outside production (with a warning), but not in production', async (tc) => {
        const made = createTestApp({ ...database.env, CONTENT_DIR: path.join(FIXTURES, 'nowhere') });
        tc.after(() => made.close());
        assert.ok(made.logs.some((line) => /Guides: .*does not exist; the site will show no guides/.test(line)));
        assert.throws(
          () =>
            createTestApp({
              ...database.env,
              NODE_ENV: 'production',
              PUBLIC_URL: 'https://opentreatment.example',
              CONTENT_DIR: path.join(FIXTURES, 'nowhere'),
            }),
          GuideContentError,
        );
      });
    });
  },
  { emptyEachTest: false },
);
