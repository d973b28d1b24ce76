import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { seededRandom } from '../../../test/support/random.ts';
import { conceptValues, FILTER_GROUPS } from '../../domain/concepts.ts';
import { RADII } from '../../domain/search-query.ts';
import { pageTokens } from '../../ui/page-css.ts';
import { loadFacilities } from './locator.repository.ts';

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    const page = async (path: string) => {
      const res = await t.app.request(path);
      const html = await res.text();
      return { res, html, $: cheerio.load(html) };
    };
    const text = (s: string) => s.replace(/\s+/g, ' ').trim();

    describe("the page's CSS from the classes and ids the results page declares", () => {
      test('is the CSS a scan of the whole page chooses, over many searches in both languages', async () => {
        const r = seededRandom(21);
        const zips = ['21201', '20001', '99501', '59101', '00901', '10001', '60601', '96813', '87501', '04101', '96910', '99999'];
        const withoutNonce = (html: string) => html.replace(/ nonce="[^"]*"/g, ' nonce="…"');
        let compared = 0;
        try {
          for (let k = 0; k < 90; k++) {
            const params = new URLSearchParams({
              near: zips[k % zips.length] as string,
              radius: String(RADII[k % RADII.length]),
            });
            for (const g of FILTER_GROUPS)
              if (r() < 0.3) params.append(g, conceptValues(g)[Math.floor(r() * conceptValues(g).length)] as string);
            if (k % 4 === 0) params.append('include', 'unconfirmed');
            if (k % 7 === 0) params.set('page', '2');
            if (k % 11 === 0) params.append('medication', 'methadone');
            const url = `${k % 3 === 0 ? '/es' : ''}/find?${params}`;
            pageTokens.declared = true;
            const declared = withoutNonce(await (await t.app.request(url)).text());
            pageTokens.declared = false;
            const scanned = withoutNonce(await (await t.app.request(url)).text());
            assert.equal(declared, scanned, url);
            if (declared.includes('class="result')) compared++;
          }
        } finally {
          pageTokens.declared = true;
        }
        assert.ok(compared > 50, `${compared} pages with results`);
      });
    });

    describe('results first', () => {
      test('the heading names the filters; the form is on its own page, reached by "Change search"', async () => {
        const { $ } = await page('/find?near=59101&medication=buprenorphine&payment=medicaid');
        assert.equal($('h1').text(), 'Buprenorphine · Medicaid · within 25 miles of ZIP 59101 (Billings, MT)');
        assert.equal($('main form').length, 0, 'no search form on the results page');
        assert.equal($('input[type=checkbox]').length, 0, 'no filter checkboxes');
        const change = $('.search-summary a').filter((_, a) => $(a).text() === 'Change search');
        assert.equal(change.attr('href'), '/find/change?near=59101&medication=buprenorphine&payment=medicaid');

        const form = await page(change.attr('href') as string);
        assert.equal(form.res.status, 200);
        assert.equal(form.$('h1').text(), 'Change your search');
        assert.equal(form.$('input#near').val(), '59101');
        assert.ok(form.$('input[name=medication][value=buprenorphine]').is(':checked'));
        assert.ok(form.$('input[name=payment][value=medicaid]').is(':checked'));
        assert.ok(form.$('details.filters').is('[open]'), 'the chosen filters are shown');
      });

      test('a card reads: who it serves, name, distance and address, phone, what matched, one line of provenance', async () => {
        const { $ } = await page('/find?near=21201&medication=methadone');
        const card = $('li.result')
          .filter((_, li) => $(li).find('h3').text() === 'VA Maryland Healthcare System')
          .first();
        const parts = card
          .children()
          .toArray()
          .map((el) => $(el).attr('class') ?? el.tagName);
        assert.deepEqual(parts.slice(0, 2), ['serves', 'h3']);
        assert.equal(card.find('.serves .tag').text(), 'Only for veterans');
        assert.ok(parts.indexOf('meta') < parts.indexOf('call'), parts.join(' '));
        assert.match(card.find('.meta').text(), /^[\d.]+ miles away · .+, Baltimore, MD \d{5}/);
        assert.match(card.find('.call a.call-button').attr('href') ?? '', /^tel:\+1\d{10}/);
        const offers = card.children().eq(parts.indexOf('call') + 1);
        assert.match(text(offers.text()), /^Offers: Methadone · /);
        assert.match(
          text(card.children().last().text()),
          /^Listed 20\d\d( · phone from 20\d\d(, listed as “[^”]+”)?)? · call to confirm · See number \d+ on the map$/,
        );
      });

      test('every card carries one short provenance line, never the long source names (they stay on the facility page)', async () => {
        const { $ } = await page('/find?near=21201');
        const cards = $('li.result');
        assert.equal(cards.length, 20);
        cards.each((_, li) => {
          const last = text($(li).children().last().text());
          assert.match(
            last,
            /^(Listed 20\d\d|Not confirmed since 20\d\d).* · call to confirm · See number \d+ on the map$/,
            last,
          );
          assert.doesNotMatch($(li).text(), /National Directory|Treatment Locator|SAMHSA,/);
        });
      });

      test('is much smaller than a page carrying the filter form and the source names', async () => {
        const page_ = await page('/find?near=21201');
        // The page's own markup: without the first-screen styles every page inlines (src/ui/site-css.ts).
        const html = page_.html.replace(/<style nonce="[^"]+">[\s\S]*?<\/style>/, '');
        assert.notEqual(html, page_.html);
        // Measured before this change: 6.7 KB with brotli (the form was 31% of the page, source names 13%).
        const size = brotliCompressSync(html).length;
        console.log(`results page near 21201: ${html.length} bytes, ${size} bytes with brotli`);
        assert.ok(size < 6000, `${size} bytes`);
      });
    });

    describe('unknown is not no', () => {
      test('places that match come first; a place whose listing has no payment data follows, under its own heading', async () => {
        const { $ } = await page('/find?near=59101&medication=buprenorphine&payment=medicaid');
        const [matches, maybes] = $('ol.results').toArray();
        assert.deepEqual(
          $(matches)
            .find('li h3')
            .toArray()
            .map((h) => $(h).text()),
          ['Rimrock Foundation'],
        );
        assert.equal(
          text($('#may-also-fit').text()),
          'These may also fit: their listing doesn’t say whether they take Medicaid — ask',
        );
        const maybe = $(maybes).find('li');
        assert.equal($(maybes).attr('start'), '2', 'numbering runs on, as the map numbers them');
        assert.deepEqual(
          maybe.toArray().map((li) => $(li).find('h3').text()),
          ['Ideal Option'],
        );
        assert.equal(maybe.attr('id'), 'result-2');
        assert.equal(text(maybe.find('.maybe').text()), 'Ask Their listing doesn’t say: Medicaid');
        // Its 2017 listing records "cash or self-pay" only: a recorded no, so it is left out.
        assert.doesNotMatch($('main').text(), /Community Medical Services/);
        assert.match(text($('.search-summary').text()), /^1 place matches; 1 more may fit\. Change search$/);
      });

      test('a filter every nearby listing records shows no "may also fit" group', async () => {
        const { $ } = await page('/find?near=59101&medication=buprenorphine');
        assert.equal($('#may-also-fit').length, 0);
        assert.equal($('li.result--maybe').length, 0);
        assert.equal($('li.result').length, 3);
      });

      test('two unknown groups are both named, and each card says which it lacks', async () => {
        const { $ } = await page('/find?near=59101&care=residential&payment=medicaid&radius=10');
        assert.match(
          text($('#may-also-fit').text()),
          /^These may also fit: their listing doesn’t say whether they offer residential care or whether they take Medicaid — ask$/,
        );
        for (const li of $('li.result--maybe').toArray())
          assert.match(
            text($(li).find('.maybe').text()),
            /^Ask Their listing doesn’t say: (Residential|Medicaid|Residential, Medicaid)$/,
          );
      });
    });

    describe('an empty result leads somewhere', () => {
      test('it names the nearest match beyond the radius and links to a search wide enough to show it', async () => {
        const { res, $ } = await page('/find?near=83201&radius=10&medication=methadone');
        assert.equal(res.status, 200);
        assert.equal($('li.result').length, 0);
        const nearest = $('#no-results .nearest-match');
        assert.match(
          text(nearest.text()),
          /^The nearest place that matches Methadone is ([\d.]+) miles away: .+ in .+, [A-Z]{2}\. Show places within 100 miles$/,
        );
        const miles = Number(text(nearest.text()).match(/is ([\d.]+) miles/)?.[1]);
        assert.ok(miles > 10 && miles <= 100, `${miles}`);
        const [place, wider] = nearest.find('a').toArray();
        assert.match($(place).attr('href') ?? '', /^\/facilities\/[0-9a-z]+\?from=/);
        assert.equal($(wider).attr('href'), '/find?near=83201&radius=100&medication=methadone');
        // The existing advice follows.
        assert.match($('#no-results').text(), /Search within 25 miles/);
        assert.match($('#no-results').text(), /1-800-662-4357/);
        assert.equal($('#starting-today').length, 1, 'what to do while waiting matters most when nothing is near');

        const followed = await page($(wider).attr('href') as string);
        assert.equal(followed.$('li.result h3').first().text(), $(place).text(), 'the wider search lists it first');
      });

      test('beyond 100 miles there is no wider search to offer, so it links to the place itself', async () => {
        const { $ } = await page('/find?near=59401&radius=10&medication=methadone');
        const nearest = $('#no-results .nearest-match');
        assert.match(text(nearest.text()), /^The nearest place that matches Methadone is 1\d\d\.\d miles away: .+\.$/);
        assert.equal(nearest.find('a').length, 1);
      });

      test('nothing within 250 miles: only the advice', async () => {
        const { $ } = await page('/find?near=99780&radius=5&medication=methadone&population=veterans');
        assert.equal($('.nearest-match').length, 0);
        assert.match($('#no-results h2').text(), /No places found within 5 miles/);
      });
    });

    describe('what to know before calling', () => {
      test('"Call before you go" gives the real years and the share of places with no phone, measured', async () => {
        const facilities = await loadFacilities(t.deps.directory.snapshot());
        const shown = facilities.filter((f) => f.status === 'confirmed' && !f.servesOnly.includes('custody'));
        const share = Math.round((100 * shown.filter((f) => !f.phone && !f.intakePhone).length) / shown.length);
        const { $ } = await page('/find?near=21201');
        const notice = text($('#call-before-you-go').text());
        assert.match(notice, /SAMHSA lists from 2015 to 2022, and the phone numbers from its 2015 and 2017 directories\./);
        assert.ok(notice.includes(`(${share}%) have no phone number`), notice);
        assert.equal(
          $('#call-before-you-go a').attr('href'),
          '/guides/paying-for-treatment#what-to-ask-when-you-call',
          'links to the section, not the top of the guide',
        );
        const guide = await page('/guides/paying-for-treatment');
        assert.equal(guide.$('#what-to-ask-when-you-call').text(), 'What to ask when you call');
      });

      test('a methadone or buprenorphine search has a "Starting today" panel, each fact with its public source', async () => {
        const { $ } = await page('/find?near=21201&medication=methadone');
        const panel = $('#starting-today');
        assert.equal(panel.find('h2').text(), 'Starting today');
        assert.match(panel.text(), /Ask what time they see new patients/);
        assert.match(panel.text(), /up to 3 days of medication at one time/);
        const sources = panel
          .find('a')
          .toArray()
          .map((a) => $(a).attr('href'));
        assert.ok(sources.includes('https://regulations.justia.com/regulations/fedreg/2023/08/08/2023-16892.html'));
        assert.ok(sources.includes('https://regulations.justia.com/regulations/fedreg/2024/02/02/2024-01693.html'));
        assert.equal($('a[href="#starting-today"]').length, 1, 'linked from the top of the page');
        assert.equal((await page('/find?near=21201&care=outpatient')).$('#starting-today').length, 0);
      });
    });

    describe('the facility page', () => {
      const fromResults = async () => {
        const { $ } = await page('/find?near=59101&medication=buprenorphine');
        return $('li.result h3 a').eq(1).attr('href') as string;
      };

      test('a result links to its page with the search, and the page links back to exactly that search', async () => {
        const href = await fromResults();
        assert.match(href, /^\/facilities\/[0-9a-z]+\?from=near%3D59101%26medication%3Dbuprenorphine$/);
        const { res, $ } = await page(href);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        assert.equal($('a.back-link').attr('href'), '/find?near=59101&medication=buprenorphine');
        assert.equal($('a.back-link').text(), 'Back to results');
        const crumbs = $('.breadcrumbs a')
          .toArray()
          .map((a) => [$(a).text(), $(a).attr('href')]);
        assert.deepEqual(crumbs, [
          ['Home', '/'],
          ['Find treatment', '/find'],
          ['Results near ZIP 59101 (Billings, MT)', '/find?near=59101&medication=buprenorphine'],
        ]);
        assert.match(
          $('link[rel=canonical]').attr('href') ?? '',
          /\/facilities\/[0-9a-z]+$/,
          'the search is not in the canonical URL',
        );
      });

      test('"from" is rebuilt from a search we can parse; anything else gives no way back, never a foreign link', async () => {
        const id = (await fromResults()).match(/\/facilities\/([0-9a-z]+)/)?.[1];
        const bad = [
          'https://evil.example/',
          'javascript:alert(1)',
          '//evil.example/find?near=59101',
          'near=99999',
          'near=59101&care=spa',
          `near=${'x'.repeat(3000)}`,
        ];
        for (const from of bad) {
          const { res, $ } = await page(`/facilities/${id}?from=${encodeURIComponent(from)}`);
          assert.equal(res.status, 200, from);
          assert.equal($('a.back-link').length, 0, from);
          assert.deepEqual(
            $('.breadcrumbs a')
              .toArray()
              .map((a) => $(a).attr('href')),
            ['/', '/find'],
          );
        }
        // Extra parameters are dropped, and the search is written out afresh.
        const { $ } = await page(`/facilities/${id}?from=${encodeURIComponent('utm_source=x&near=59101&radius=50&"><script>')}`);
        assert.equal($('a.back-link').attr('href'), '/find?near=59101&radius=50');
      });

      test('starts with the phone, address and directions, then what to ask when you call; long lists fold', async () => {
        const { $ } = await page(await fromResults());
        const h2s = $('main h2')
          .toArray()
          .map((h) => $(h).text());
        assert.equal(h2s[0], 'What to ask when you call');
        assert.equal($('main h2').first().attr('id'), 'what-to-ask');
        const labels = $('.contact dt')
          .toArray()
          .map((d) => $(d).text());
        assert.ok(labels.includes('Address') && labels.includes('Directions'), labels.join());
        // The contact list (phone, address, directions) comes before the questions, and before everything else.
        const order = $('main .contact, main h2, main details, main .notice, main figure')
          .toArray()
          .map((el) => $(el).attr('id') ?? $(el).attr('class') ?? el.tagName);
        assert.deepEqual(order.slice(0, 2), ['summary-list contact', 'what-to-ask'], order.join(' '));
        const groups = $('details.service-group').toArray();
        assert.ok(groups.length > 2);
        for (const g of groups) {
          const items = $(g).find('li').length;
          assert.equal($(g).is('[open]'), items <= 4, $(g).find('summary').text());
        }
      });

      test('place labels are in proper case', async () => {
        const facilities = await loadFacilities(t.deps.directory.snapshot());
        const shouted = facilities.find((f) => f.city === 'POMPANO BEACH');
        assert.ok(shouted);
        const { $ } = await page(`/facilities/${shouted.id}`);
        assert.match($('title').text(), /, Pompano Beach, FL – /);
        assert.match($('.contact').text(), /Pompano Beach, FL \d{5}/);
      });
    });
  },
  { emptyEachTest: false },
);
