import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    const get = async (path: string) => {
      const res = await t.app.request(path);
      return { res, html: await res.text() };
    };
    const resultCount = (html: string) => (html.match(/<li class="result"[ >]/g) ?? []).length;
    const distances = (html: string) =>
      [...html.matchAll(/<strong>(?:less than 0\.1|([\d.]+)) miles<\/strong>/g)].map((m) => Number(m[1] ?? 0));

    describe('home page', () => {
      test('one search box front and centre, the help lines and links to the guides', async () => {
        const { res, html } = await get('/');
        assert.equal(res.status, 200);
        assert.match(html, /<form class="search-box" method="get" action="\/find"/);
        assert.match(html, /<input[^>]+id="near"[^>]+name="near"/);
        assert.match(html, /href="tel:\+18006624357"/);
        assert.match(html, /href="tel:988"/);
        assert.match(html, /href="\/guides\/heroin-rehab-treatment-options"/);
      });
    });

    describe('GET /find', () => {
      test('without a place, shows the form with the given filters already ticked', async () => {
        const { res, html } = await get('/find?care=residential&medication=buprenorphine');
        assert.equal(res.status, 200);
        assert.match(html, /<input type="checkbox" id="care-3" name="care" value="residential" checked=""/);
        assert.match(html, /name="medication" value="buprenorphine" checked=""/);
        assert.equal(resultCount(html), 0);
      });

      test('a ZIP search lists 20 places nearest first, each with distance, phone or a note, and its data source', async () => {
        const { res, html } = await get('/find?near=21201');
        assert.equal(res.status, 200);
        assert.equal(resultCount(html), 20);
        const d = distances(html);
        assert.equal(d.length, 20);
        assert.deepEqual(
          d,
          [...d].sort((a, b) => a - b),
        );
        assert.ok(d.every((x) => x <= 25));
        assert.match(html, /<title>Treatment near ZIP 21201 \(Baltimore, MD\)/);
        assert.match(html, /<h1 class="results-title">Treatment within 25 miles of ZIP 21201 \(Baltimore, MD\)<\/h1>/);
        assert.match(html, /Call before you go/);
        assert.equal((html.match(/call to\s+confirm/g) ?? []).length, 20);
        assert.match(html, /href="tel:\+1\d{10}"/);
        assert.match(html, /Page 1 of \d+/);
        assert.match(html, /href="\/find\?near=21201&amp;page=2" rel="next"/);
      });

      test('privacy headers: nothing cached or indexed, no cookies, strict CSP, no referrer', async () => {
        const { res, html } = await get('/find?near=21201');
        assert.equal(res.headers.get('cache-control'), 'no-store');
        assert.equal(res.headers.get('set-cookie'), null);
        assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
        const csp = res.headers.get('content-security-policy') ?? '';
        assert.match(csp, /default-src 'none'/);
        assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
        const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
        for (const tag of html.match(/<script[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
        assert.match(html, /<meta name="robots" content="noindex"\/>/);
      });

      test('filters narrow the results, and the page says which services matched', async () => {
        const all = await get('/find?near=21201&radius=10');
        const methadone = await get('/find?near=21201&radius=10&medication=methadone');
        const total = (html: string) => Number(html.match(/([\d,]+) places?(?: match)?, nearest first/)?.[1]?.replace(/,/g, ''));
        assert.ok(total(methadone.html) > 0);
        assert.ok(total(methadone.html) < total(all.html));
        assert.equal((methadone.html.match(/Offers: Methadone/g) ?? []).length, resultCount(methadone.html));
      });

      test('city, state and coordinates work as well as ZIP codes', async () => {
        assert.match((await get('/find?near=Baltimore%2C+MD')).html, /Treatment near Baltimore, MD/);
        assert.match((await get('/find?near=39.29%2C-76.61')).html, /Treatment near your location \(39\.29, -76\.61\)/);
      });

      test('older listings appear only when asked for, clearly marked', async () => {
        const without = await get('/find?near=35630&radius=50');
        const withOld = await get('/find?near=35630&radius=50&include=unconfirmed');
        assert.doesNotMatch(without.html, /Not confirmed since/);
        assert.match(withOld.html, /<span class="tag tag--warning">Not confirmed since (2015|2017)<\/span>/);
      });

      test('an empty result explains itself and offers next steps', async () => {
        const { res, html } = await get('/find?near=99780&radius=5&medication=methadone&population=veterans');
        assert.equal(res.status, 200);
        assert.match(html, /No places found within 5 miles/);
        assert.match(html, /href="\/find\?near=99780&amp;radius=10&amp;medication=methadone&amp;population=veterans"/);
        assert.match(html, /Search again without “/);
        assert.match(html, /1-800-662-4357/);
        assert.match(html, /href="https:\/\/findtreatment.gov\/" rel="noreferrer"/);
      });

      test('a city without its state searches the likeliest one and links to the others, keeping the filters', async () => {
        const { res, html } = await get('/find?near=St.+Louis&medication=methadone&radius=10');
        assert.equal(res.status, 200);
        assert.match(html, /<h1 class="results-title">Methadone · within 10 miles of St\. Louis, MO<\/h1>/);
        const didYouMean = html.match(/<p class="did-you-mean">(.*?)<\/p>/s)?.[1] ?? '';
        assert.match(
          didYouMean,
          /^Did you mean <a href="\/find\?near=St\.\+Louis%2C\+MI&amp;radius=10&amp;medication=methadone">St\. Louis, MI<\/a>/,
        );
        assert.doesNotMatch(didYouMean, /St\. Louis, MO/);
      });

      test('a place we resolve is echoed in proper case', async () => {
        const h1 = (html: string) => html.match(/<h1 class="results-title">([^<]*)<\/h1>/)?.[1];
        assert.equal(h1((await get('/find?near=MCALLEN+TX')).html), 'Treatment within 25 miles of McAllen, TX');
        assert.equal(h1((await get('/find?near=o+fallon+mo')).html), 'Treatment within 25 miles of O&#39;Fallon, MO');
        assert.equal(
          h1((await get('/find?near=Billings+MT+59101')).html),
          'Treatment within 25 miles of ZIP 59101 (Billings, MT)',
        );
      });

      test('a typo is a 400 whose error summary offers links that run the same search with the place we know', async () => {
        const { res, html } = await get('/find?near=Baltimroe%2C+MD&care=outpatient&include=unconfirmed');
        assert.equal(res.status, 400);
        const summary = html.match(/<div class="error-summary"[^>]*>(.*?)<\/div>/s)?.[1] ?? '';
        assert.match(summary, /<a href="#near">We couldn’t find “Baltimroe” in Maryland\./);
        assert.match(
          summary,
          /<p class="did-you-mean">Did you mean <a href="\/find\?near=Baltimore%2C\+MD&amp;care=outpatient&amp;include=unconfirmed">Baltimore, MD<\/a>\?<\/p>/,
        );
        assert.ok(html.includes('value="Baltimroe, MD"'), 'what the person typed stays in the box');
        const followed = await get('/find?near=Baltimore%2C+MD&care=outpatient&include=unconfirmed');
        assert.equal(followed.res.status, 200);
      });

      test('a typo without a state offers several places, as "A, B, or C"', async () => {
        const { html } = await get('/find?near=Baltimroe');
        const didYouMean = html.match(/<p class="did-you-mean">(.*?)<\/p>/s)?.[1] ?? '';
        const links = [...didYouMean.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2]);
        assert.equal(links[0], 'Baltimore, MD');
        assert.ok(links.length >= 2);
        assert.match(didYouMean, /, or <a /);
      });

      test('a place with no close match gets no "Did you mean"', async () => {
        const { res, html } = await get('/find?near=somewhere+nice');
        assert.equal(res.status, 400);
        assert.doesNotMatch(html, /Did you mean/);
      });

      const problems: [string, string, RegExp][] = [
        ['/find?near=99999', 'near', /couldn’t find the ZIP code 99999/],
        ['/find?near=21201&care=spa', 'care', /“spa” is not a care filter/],
        ['/find?near=21201&radius=7', 'radius', /Choose a distance of 5, 10, 25, 50, 100 miles/],
        ['/find?near=21201&page=999', 'near', /There are only \d+ pages/],
        [`/find?near=${'x'.repeat(150)}`, 'near', /too long/],
      ];
      for (const [url, field, message] of problems) {
        test(`${url.slice(0, 60)} is a 400 with an error summary linked to the field, and the input kept`, async () => {
          const { res, html } = await get(url);
          assert.equal(res.status, 400);
          assert.match(html, /<title>Error: /);
          assert.match(html, new RegExp(`<a href="#${field}">`));
          assert.match(html, message);
          const near = new URL(url, 'http://x').searchParams.get('near') ?? '';
          assert.ok(html.includes(`value="${near.slice(0, 200)}"`), 'the typed place is kept in the box');
        });
      }
    });

    describe('GET /facilities/:id', () => {
      test('shows contact, services by category, the source and year of each fact, and what to ask', async () => {
        const api = await (await t.app.request('/api/v1/facilities?near=21201&medication=methadone&per_page=1')).json();
        const id = api.facilities[0].id as string;
        const { res, html } = await get(`/facilities/${id}`);
        assert.equal(res.status, 200);
        assert.match(html, /<h1>[^<]+<\/h1>/);
        assert.match(html, /href="tel:\+1\d{10}/);
        assert.match(html, /Medication for opioid use disorder/);
        assert.match(html, /From [^<]*\(SAMHSA, 20(15|17|20|21|22)\)/);
        assert.match(html, /What to ask when you call/);
        assert.match(html, /href="geo:[-\d.]+,[-\d.]+\?q=/);
        assert.match(html, /<link rel="canonical" href="http:\/\/localhost:3000\/facilities\/[0-9a-z]+"\/>/);
      });

      test('an unknown or malformed id is a 404 page, not an error', async () => {
        for (const id of ['aaaaaaaaaa', '../../etc', "1' OR 1=1"]) {
          const { res, html } = await get(`/facilities/${encodeURIComponent(id)}`);
          assert.equal(res.status, 404);
          assert.match(html, /Page not found/);
        }
      });
    });

    describe('logs', () => {
      test('hold no ZIP, place, coordinates or query string after searches', async () => {
        const before = t.logs.length;
        await get('/find?near=21201&medication=methadone');
        await get('/find?near=Baltimore%2C+MD');
        await get('/find?near=39.29%2C-76.61');
        await get('/api/v1/facilities?near=10027');
        await get('/find?near=99999');
        await get('/find/change?near=21201&medication=methadone');
        const id = (await (await t.app.request('/api/v1/facilities?near=10027&per_page=1')).json()).facilities[0].id;
        await get(`/facilities/${id}?from=${encodeURIComponent('near=21201&medication=methadone')}`);
        const lines = t.logs.slice(before).join('\n');
        assert.ok(t.logs.length - before >= 8, 'each request is logged');
        for (const secret of ['21201', '10027', '99999', 'Baltimore', '39.29', '-76.61', 'near', 'methadone', '?']) {
          assert.ok(!lines.includes(secret), `the log must not contain "${secret}":\n${lines}`);
        }
        assert.match(lines, /"route":"\/find"/);
      });
    });

    describe('the sponsor slot', () => {
      const sponsored = database.useTestApp({
        SPONSOR_NAME: 'Example Sponsor',
        SPONSOR_PHONE: '800-555-0100',
        SPONSOR_TEXT: 'We can help.',
      });
      test('never appears on search results, even when a sponsor is configured', async () => {
        const html = await (await sponsored.app.request('/find?near=21201')).text();
        assert.equal(resultCount(html), 20);
        assert.doesNotMatch(html, /Example Sponsor|800-555-0100|Paid advertising/);
      });
    });

    describe('labels people can trust', () => {
      test('custody settings only with "Also show: treatment inside jails", clearly marked', async () => {
        const plain = await get('/find?near=21202&radius=5&medication=methadone');
        assert.doesNotMatch(plain.html, /Central Booking/);
        const asked = await get('/find?near=21202&radius=5&medication=methadone&include=custody');
        assert.match(asked.html, /Central Booking/);
        assert.match(asked.html, /<span class="tag tag--warning">Inside a jail, prison or detention center<\/span>/);
        const change = asked.html.match(/<a href="(\/find\/change\?[^"]+)">Change search<\/a>/)?.[1] ?? '';
        assert.match(change, /include=custody/);
        const form = await get(change.replace(/&amp;/g, '&'));
        assert.match(form.html, /<input type="checkbox" id="include-2" name="include" value="custody" checked=""/);
      });

      test('a place only for veterans says so on the result and on its page', async () => {
        const { html } = await get('/find?near=Tomah%2C+WI&radius=10&population=veterans');
        assert.match(html, /<span class="tag">Only for veterans<\/span>/);
        const id = html.match(/href="\/facilities\/([0-9a-z-]+)\?from=[^"]+">Tomah VA Medical Center/)?.[1];
        const page = await get(`/facilities/${id}`);
        assert.match(page.html, /<strong>Only for veterans\.<\/strong>/);
      });

      test('language=asl ticks the Deaf and hard of hearing box', async () => {
        const { html } = await get('/find?language=asl');
        assert.match(html, /name="language" value="deaf-hard-of-hearing" checked=""/);
      });

      test('a shared number is labelled as a central intake line, with the name it was printed under', async () => {
        const api = (await (await t.app.request('/api/v1/facilities?near=10001&radius=100&per_page=100')).json()) as {
          facilities: { id: string; central_intake_lines: string[] }[];
        };
        const shared = api.facilities.find((f) => f.central_intake_lines.length > 0);
        assert.ok(shared, 'some place near 10001 shows a shared line');
        const { html } = await get(`/facilities/${shared.id}`);
        assert.match(html, /<dt>Central intake line<\/dt>/);
        assert.match(html, /it is a central intake line, not this place’s own desk/);
      });

      test('where the lists disagree, the page and the result say "sources disagree: ask"', async () => {
        const api = (await (await t.app.request('/api/v1/facilities?near=10001&radius=100&per_page=100')).json()) as {
          facilities: { id: string; name: string; latitude: number; longitude: number; sources_disagree: string[] }[];
        };
        const unsure = api.facilities.find((f) => f.sources_disagree.length > 0);
        assert.ok(unsure);
        assert.match((await get(`/facilities/${unsure.id}`)).html, /Sources disagree: ask\./);
        const [group, value] = (unsure.sources_disagree[0] as string).split(':');
        const near = encodeURIComponent(`${unsure.latitude},${unsure.longitude}`);
        const { html } = await get(`/find?near=${near}&radius=5&${group}=${value}`);
        assert.match(html, /\(sources disagree: ask\)/);
      });
    });
  },
  { emptyEachTest: false },
);
