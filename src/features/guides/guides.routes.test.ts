import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { createTestApp, tempDir } from '../../../test/support/app.ts';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { ROOT } from '../../config.ts';
import { loadGuides } from './guides.repository.ts';
import { GuideContentError } from './guides.service.ts';
import { PUBLIC_PAGES } from './sitemap.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const GOOD = path.join(FIXTURES, 'good');
const SPONSOR = {
  SPONSOR_NAME: 'Example Recovery Center',
  SPONSOR_PHONE: '(555) 010-4477',
  SPONSOR_URL: 'https://recovery.example/welcome',
  SPONSOR_TEXT: 'Outpatient care with evening hours.',
};

async function get(app: ReturnType<typeof createTestApp>['app'], url: string) {
  const response = await app.request(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', html: await response.text() };
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
const h1 = (html: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
const meta = (html: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

/** What every guide page must have, whatever it says. */
function assertGuidePage(
  html: string,
  guide: { slug: string; title: string; summary: string; faq: unknown[] },
  publicUrl: string,
) {
  assert.equal(h1(html), text(guide.title), `${guide.slug}: h1 is the title`);
  assert.equal(text(meta(html, 'description') ?? ''), text(guide.summary), `${guide.slug}: meta description is the summary`);
  assert.match(html, new RegExp(`<link rel="canonical" href="${publicUrl}/guides/${guide.slug}"/>`), `${guide.slug}: canonical`);
  assert.match(html, /<ol class="references">\s*<li id="ref-/, `${guide.slug}: references list`);
  assert.match(html, /Page last reviewed: <time datetime="\d{4}-\d{2}-\d{2}">/, `${guide.slug}: last reviewed in <time>`);
  assert.match(html, /Next review due: <time datetime="\d{4}-\d{2}-\d{2}">/, `${guide.slug}: next review in <time>`);
  const types = jsonLd(html).map((d) => d['@type']);
  assert.ok(types.includes('MedicalWebPage'), `${guide.slug}: MedicalWebPage JSON-LD`);
  assert.equal(types.includes('FAQPage'), guide.faq.length > 0, `${guide.slug}: FAQPage JSON-LD only with questions`);
  assert.match(html, /<form method="get" action="\/find" class="search-box">/, `${guide.slug}: find-treatment form`);
  assert.match(html, /<label class="label" for="near">[^<]+<\/label>/, `${guide.slug}: the ZIP box has a label`);
  assert.match(html, /<input class="input" id="near" name="near" type="text"/, `${guide.slug}: the ZIP box`);
  assert.match(html, /<h2 id="find-treatment">Find treatment near you<\/h2>/);
  assert.match(html, /class="helpline-box"[\s\S]*tel:\+18006624357[\s\S]*tel:988[\s\S]*tel:911/, `${guide.slug}: help lines`);
}

before(async () => {
  await buildTestDirectory();
});

describe('every real guide renders', () => {
  test('each guide in content/ has a complete page', async () => {
    const { guides, problems } = loadGuides(path.join(ROOT, 'content'));
    assert.deepEqual(problems, []);
    const { app, config } = createTestApp();
    for (const guide of guides) {
      const page = await get(app, `/guides/${guide.meta.slug}`);
      assert.equal(page.status, 200, guide.meta.slug);
      assertGuidePage(page.html, { ...guide.meta }, config.publicUrl);
      assert.doesNotMatch(page.html, /class="sponsor"/, 'no sponsor unless one is configured');
    }
    const index = await get(app, '/guides');
    for (const guide of guides)
      assert.ok(index.html.includes(`href="/guides/${guide.meta.slug}"`), `index links ${guide.meta.slug}`);
  });
});

describe('guide pages (fixtures)', () => {
  const { app, config } = createTestApp({ CONTENT_DIR: GOOD });

  test('a reviewed, long guide: contents, citations, questions, structured data', async () => {
    const { status, html } = await get(app, '/guides/long-guide');
    assert.equal(status, 200);
    assertGuidePage(
      html,
      {
        slug: 'long-guide',
        title: 'A long fixture guide about treatment',
        summary: 'A test guide with enough sections for a table of contents, two references cited out of order, and questions.',
        faq: [1, 2],
      },
      config.publicUrl,
    );
    assert.match(html, /<nav class="toc no-print" aria-labelledby="contents-title">/);
    // The reviewer, from front matter: one line under the dates.
    assert.match(
      html,
      /<p class="review-status" id="review-status">Medically reviewed by Dr Test Reviewer, MD, addiction medicine, on <time datetime="2026-01-15">January 15, 2026<\/time>\. <a href="\/about\/editorial-policy#medical-review">How we review<\/a><\/p>/,
    );
    assert.doesNotMatch(html, /No clinician has reviewed/);
    assert.doesNotMatch(html, /due for review/);

    // References: numbered by first citation (the second listed is cited first), each linking back.
    const refs = [...html.matchAll(/<li id="ref-([^"]+)"><a href="([^"]+)" rel="noreferrer">/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(refs, [
      ['second-listed', 'https://example.org/second?x=1&amp;y=2'],
      ['first-listed', 'https://example.org/first'],
    ]);
    assert.match(html, /<a href="#cite-second-listed">.*?1<\/a>, <a href="#cite-second-listed-2">/);
    assert.match(html, /<a class="back-link no-print" href="#cite-first-listed">Back to text/);

    // Questions on the page, and in FAQPage.
    assert.match(
      html,
      /<h2 id="common-questions">Common questions<\/h2><h3>Is this a fixture question\?<\/h3><p>Yes\. It is here/,
    );
    const [page, faq] = jsonLd(html);
    assert.equal(page['@type'], 'MedicalWebPage');
    assert.equal(page.url, `${config.publicUrl}/guides/long-guide`);
    assert.equal(page.lastReviewed, '2026-01-15');
    assert.deepEqual(page.author, { '@type': 'Person', name: 'Test Writer', jobTitle: 'Health writer' });
    assert.equal(page.reviewedBy.name, 'Dr Test Reviewer');
    assert.deepEqual(
      page.citation.map((c: { url: string }) => c.url),
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
    assert.match(html, /<h2 id="related-guides">Related guides<\/h2><ul><li><a href="\/guides\/short-guide">/);
  });

  test('raw HTML in a guide reaches the page only as text', async () => {
    const { html } = await get(app, '/guides/long-guide');
    assert.ok(!html.includes('<script>alert'), 'no script from content');
    assert.ok(!html.includes('tracker.example/pixel.gif"'), 'no image from content');
    assert.doesNotMatch(html, /<[a-z]+\s[^>]*\bon[a-z]+=/i, 'no event handler attribute anywhere');
    assert.ok(html.includes('&lt;b onclick='), 'the inline tag is shown as text');
    assert.ok(html.includes('&lt;script&gt;alert'), 'the script is shown as text');
    assert.ok(!html.includes('href="javascript:'), 'no javascript: link');
    assert.match(html, /<a href="https:\/\/example\.com\/page" rel="noreferrer">another site<\/a>/);
  });

  test('a guide without clinician review says so in one line, and an overdue guide says it is due for review', async () => {
    const { status, html } = await get(app, '/guides/short-guide');
    assert.equal(status, 200);
    assert.match(
      html,
      /<p class="review-status" id="review-status">No clinician has reviewed this guide yet: we wrote it from the sources listed at the end\. <a href="\/about\/editorial-policy#medical-review">How we review<\/a><\/p>/,
    );
    assert.doesNotMatch(html, /Medically reviewed by/);
    assert.match(
      html,
      /<strong>This guide is due for review\.<\/strong> We planned to check it again by <time datetime="2020-06-01">June 1, 2020<\/time>/,
    );
    assert.doesNotMatch(html, /class="toc/, 'two sections need no contents list');
    const [page, ...others] = jsonLd(html);
    assert.equal(page.reviewedBy, undefined, 'no reviewedBy until a clinician has reviewed it');
    assert.deepEqual(others, [], 'no FAQPage without questions');
  });

  test('the index lists guides as cards in order, marking review status', async () => {
    const { status, html } = await get(app, '/guides');
    assert.equal(status, 200);
    assert.equal(h1(html), 'Guides');
    assert.match(html, /<link rel="canonical" href="http:\/\/localhost:3000\/guides"\/>/);
    const cards = [...html.matchAll(/<li><h2><a href="\/guides\/([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(cards, ['long-guide', 'short-guide', 'yaml-dates']);
    const short = /<a href="\/guides\/short-guide">[\s\S]*?<\/li>/.exec(html)![0];
    assert.match(short, /Clinician review pending/);
    assert.match(short, /Due for review/);
    const long = /<a href="\/guides\/long-guide">[\s\S]*?<\/li>/.exec(html)![0];
    assert.doesNotMatch(long, /pending|Due for review/);
  });

  test('an unknown guide is a 404 page', async () => {
    const { status, html } = await get(app, '/guides/no-such-guide');
    assert.equal(status, 404);
    assert.match(html, /Page not found/);
  });

  test('the sitemap lists every public page and guide with absolute URLs, guides with lastmod', async () => {
    const { app: site } = createTestApp({ CONTENT_DIR: GOOD, PUBLIC_URL: 'https://opentreatment.example' });
    const { status, type, html: xml } = await get(site, '/sitemap.xml');
    assert.equal(status, 200);
    assert.match(type, /^application\/xml/);
    assert.match(
      xml,
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>\s*)?<\/url>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    assert.deepEqual(entries, [
      ...PUBLIC_PAGES.map((p) => [`https://opentreatment.example${p}`, undefined]),
      ['https://opentreatment.example/guides/long-guide', '2026-01-15'],
      ['https://opentreatment.example/guides/short-guide', '2019-06-01'],
      ['https://opentreatment.example/guides/yaml-dates', '2026-02-01'],
    ]);
    for (const page of ['/', '/find', '/guides', '/self-check', '/crisis', '/newsletter', '/about/privacy', '/api']) {
      assert.ok(PUBLIC_PAGES.includes(page as never), page);
    }
  });
});

describe('a guide whose time-bound statement has passed its date', () => {
  test('is due for review, and the notice names the statement and its date', async () => {
    const dir = tempDir('guides-');
    fs.mkdirSync(path.join(dir, 'guides'));
    const source = fs
      .readFileSync(path.join(GOOD, 'guides', 'long-guide.md'), 'utf8')
      .replace(/related:\n {2}- short-guide\n/, 'related: []\n')
      .replace('[our short guide](/guides/short-guide) and ', '')
      .replace("nextReview: '2099-01-15'", "nextReview: '2026-02-01'")
      .replace("    expires: '2099-01-15'", "    expires: '2026-03-01'");
    fs.writeFileSync(path.join(dir, 'guides', 'long-guide.md'), source);
    const { app } = createTestApp({ CONTENT_DIR: dir });
    const { status, html } = await get(app, '/guides/long-guide');
    assert.equal(status, 200);
    assert.match(html, /<strong>This guide is due for review\.<\/strong>/);
    assert.match(
      html,
      /only known to hold until a date that has passed:<\/p><ul><li>The first listed source describes a rule that runs until the guide&#39;s next review\. \(until <time datetime="2026-03-01">March 1, 2026<\/time>\)<\/li><\/ul>/,
    );
  });
});

describe('the sponsor slot', () => {
  test('is off by default: no sponsor markup anywhere', async () => {
    const { app } = createTestApp({ CONTENT_DIR: GOOD });
    for (const url of ['/guides/long-guide', '/guides/short-guide', '/guides']) {
      const { html } = await get(app, url);
      assert.doesNotMatch(html, /class="sponsor|Paid advertising/, url);
    }
  });

  test('when configured, appears on guide pages only, labelled as paid advertising', async () => {
    const { app } = createTestApp({ CONTENT_DIR: GOOD, ...SPONSOR });
    for (const url of ['/guides/long-guide', '/guides/short-guide']) {
      const { html } = await get(app, url);
      assert.match(
        html,
        /<section class="sponsor" aria-labelledby="sponsor-label"><span class="sponsor__label" id="sponsor-label">Paid advertising from Example Recovery Center<\/span>/,
        url,
      );
      assert.match(html, /<a href="tel:5550104477">\(555\) 010-4477<\/a>/);
      assert.match(html, /<a href="https:\/\/recovery\.example\/welcome" rel="sponsored noreferrer">recovery\.example<\/a>/);
      assert.match(html, /In their words: <q>Outpatient care with evening hours\.<\/q>/);
      assert.match(html, /<a href="\/about\/editorial-policy#sponsors">How we choose and fund sponsors<\/a>/);
      // It sits after the guide's own content and after the help lines: last in the page's main content.
      const sponsorAt = html.indexOf('class="sponsor"');
      assert.ok(sponsorAt > html.indexOf('</article>'), 'sponsor is outside the article');
      assert.ok(sponsorAt > html.lastIndexOf('class="helpline-box"'), 'sponsor is below the help lines');
      assert.equal(html.slice(html.indexOf('</section>', sponsorAt)).indexOf('</section></div></main>'), 0, 'nothing follows it');
    }
    for (const url of ['/guides', '/about/privacy', '/about/accessibility', '/about/editorial-policy']) {
      const { html } = await get(app, url);
      assert.doesNotMatch(html, /class="sponsor/, url);
    }
  });
});

describe('a guide that opts out of the sponsor (sponsor: false)', () => {
  test('never shows the box, even when a sponsor is configured', async () => {
    const dir = tempDir('guides-');
    fs.mkdirSync(path.join(dir, 'guides'));
    const source = fs
      .readFileSync(path.join(GOOD, 'guides', 'long-guide.md'), 'utf8')
      .replace(/related:\n {2}- short-guide\n/, 'related: []\nsponsor: false\n')
      .replace('[our short guide](/guides/short-guide) and ', '');
    fs.writeFileSync(path.join(dir, 'guides', 'long-guide.md'), source);
    const { app } = createTestApp({ CONTENT_DIR: dir, ...SPONSOR });
    const { status, html } = await get(app, '/guides/long-guide');
    assert.equal(status, 200);
    assert.doesNotMatch(html, /class="sponsor|Paid advertising|Example Recovery Center/);
  });
});

describe('bad content', () => {
  test('stops the app from being made, naming each file and field', () => {
    assert.throws(
      () => createTestApp({ CONTENT_DIR: path.join(FIXTURES, 'bad') }),
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

  test('a missing guides folder is allowed outside production (with a warning), but not in production', () => {
    const { app, logs } = createTestApp({ CONTENT_DIR: path.join(FIXTURES, 'nowhere') });
    assert.ok(app);
    assert.ok(logs.some((line) => /Guides: .*does not exist; the site will show no guides/.test(line)));
    assert.throws(
      () =>
        createTestApp({
          NODE_ENV: 'production',
          PUBLIC_URL: 'https://opentreatment.example',
          CONTENT_DIR: path.join(FIXTURES, 'nowhere'),
        }),
      GuideContentError,
    );
  });
});
