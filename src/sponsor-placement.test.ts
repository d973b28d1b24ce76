/**
 * Where the sponsor box may appear, checked across the whole app with a sponsor configured: only at the end of
 * guides that allow it, after the article and below every help line; never on the crisis page, the overdose
 * guide, the guide for families, the self-check and its results, search results or facility pages.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../test/support/databases.ts';
import { parseHtml } from '../test/support/html.ts';
import { ROOT } from './config.ts';
import { loadGuides } from './features/guides/guides.repository.ts';
import { PUBLIC_PAGES } from './features/guides/sitemap.ts';
import { at } from './lib/arrays.ts';
import { CRISIS_988, EMERGENCY_911, NEVER_USE_ALONE, POISON_CONTROL, SAMHSA_HELPLINE } from './ui/helplines.ts';

const SPONSOR = {
  SPONSOR_NAME: 'Example Recovery Center',
  SPONSOR_PHONE: '(555) 010-4477',
  SPONSOR_URL: 'https://recovery.example/',
  SPONSOR_TEXT: 'Outpatient care with evening hours.',
};

/** Any trace of the sponsor: the box, its label, its name, its number or its words. */
const SPONSOR_TRACE = /class="sponsor|Paid advertising|Example Recovery Center|010-4477|recovery\.example|evening hours/;

/** The guides that never carry the box, named here on purpose so that a change to their front matter fails. */
const NEVER_GUIDES = ['overdose-signs-and-naloxone', 'helping-someone-you-love'];

const HELPLINE_LINKS = [SAMHSA_HELPLINE, CRISIS_988, EMERGENCY_911, NEVER_USE_ALONE, POISON_CONTROL].map((l) => `tel:${l.tel}`);

forEachDatabase(
  (database) => {
    describe('the sponsor box, with a sponsor configured', () => {
      const made = database.useTestApp(SPONSOR);

      const get = async (url: string) => {
        const res = await made.app.request(url);
        return { status: res.status, html: await res.text() };
      };
      const post = async (fields: [string, string][]) => {
        const res = await made.app.request('/self-check', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        });
        return { status: res.status, html: await res.text() };
      };

      test('never on the crisis page, the overdose guide, the guide for families, or any public page but a guide', async () => {
        const pages = [...PUBLIC_PAGES.filter((p) => !p.startsWith('/guides/')), ...NEVER_GUIDES.map((s) => `/guides/${s}`)];
        for (const url of ['/crisis', '/guides/overdose-signs-and-naloxone', '/guides/helping-someone-you-love', '/self-check']) {
          assert.ok(pages.includes(url), url);
        }
        for (const url of pages) {
          const { status, html } = await get(url);
          assert.equal(status, 200, url);
          // The editorial policy says who the sponsor is ("Right now: …"), in our words; it shows no box.
          assert.doesNotMatch(html, url === '/about/editorial-policy' ? /class="sponsor/ : SPONSOR_TRACE, url);
        }
      });

      test('never on search results or facility pages', async () => {
        const results = await get('/find?near=21201&radius=25');
        assert.equal(results.status, 200);
        const facilities = [...results.html.matchAll(/href="(\/facilities\/[^"]+)"/g)]
          .map(([, href]) => href)
          .filter((href) => href !== undefined);
        assert.ok(facilities.length > 0, 'the search found places');
        assert.doesNotMatch(results.html, SPONSOR_TRACE, 'results');
        for (const url of [...new Set(facilities)].slice(0, 3)) {
          const { status, html } = await get(url);
          assert.equal(status, 200, url);
          assert.doesNotMatch(html, SPONSOR_TRACE, url);
        }
      });

      test('never on the self-check: its steps, its result, its printable summary, or the crisis page it shows', async () => {
        const screens = [
          await post([
            ['step', 'intro'],
            ['go', 'start'],
          ]),
          await post([
            ['step', 'safety'],
            ['go', 'next'],
          ]),
          await post([
            ['step', 'safety'],
            ['go', 'next'],
            ['danger', 'not-breathing'],
          ]),
          await post([
            ['step', 'practical'],
            ['go', 'next'],
            ['substances', 'heroin-fentanyl'],
          ]),
          await post([
            ['step', 'result'],
            ['go', 'print'],
            ['substances', 'heroin-fentanyl'],
          ]),
        ];
        assert.deepEqual(
          screens.map((s) => s.status),
          [200, 200, 200, 200, 200],
        );
        for (const [i, { html }] of screens.entries()) assert.doesNotMatch(html, SPONSOR_TRACE, `screen ${i}`);
        assert.equal(parseHtml(at(screens, 2).html).h1(), 'Get help now');
        assert.match(parseHtml(at(screens, 3).html).h1(), /^A place to start/);
      });

      test('on every other guide: once, after the article, below every help line', async () => {
        const guides = loadGuides(path.join(ROOT, 'content')).guides;
        const allowed = guides.filter((g) => !NEVER_GUIDES.includes(g.meta.slug));
        assert.deepEqual(
          guides.filter((g) => !g.meta.sponsor).map((g) => g.meta.slug),
          NEVER_GUIDES,
          'exactly these guides opt out',
        );
        assert.ok(allowed.length > 0);
        for (const guide of allowed) {
          const { html } = await get(`/guides/${guide.meta.slug}`);
          const at = html.indexOf('<section class="sponsor"');
          assert.ok(at > 0, `${guide.meta.slug} shows the box`);
          assert.equal(html.indexOf('<section class="sponsor"', at + 1), -1, 'once');
          assert.ok(at > html.indexOf('</article>'), `${guide.meta.slug}: after the article`);
          const below = html.slice(at);
          for (const link of HELPLINE_LINKS)
            assert.ok(!below.includes(`"${link}"`), `${guide.meta.slug}: no ${link} below the box`);
          assert.ok(!below.includes('class="helpline-box"'), `${guide.meta.slug}: no help line box below it`);
        }
      });
    });
  },
  { emptyEachTest: false },
);
