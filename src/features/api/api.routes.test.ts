import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { concept, offers } from '../../domain/concepts.ts';
import { parseSearchQuery } from '../../domain/search-query.ts';
import { safeJsonText } from '../../lib/json.ts';
import * as shapes from './api.schemas.ts';
import { facilitiesCsv } from './csv.ts';
import { searchFacilityObjects, searchJsonBytes, searchMeta } from './search-json.ts';

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    const json = async (path: string, status = 200) => {
      const res = await t.app.request(path);
      assert.equal(res.status, status, `${path}: ${res.status}`);
      return res.json();
    };
    const search = async (qs: string) => shapes.searchResponseSchema.parse(await json(`/api/v1/facilities?${qs}`));

    describe('GET /api/v1/facilities', () => {
      test('returns the documented shape, nearest first, within the radius', async () => {
        const body = await search('near=21201&radius=10&per_page=50');
        assert.equal(body.origin.label, 'ZIP 21201 (Baltimore, MD)');
        assert.equal(body.radius_miles, 10);
        assert.equal(body.per_page, 50);
        assert.ok(body.total > 50);
        const miles = body.facilities.map((f) => f.distance_miles);
        assert.deepEqual(
          miles,
          [...miles].sort((a, b) => a - b),
        );
        assert.ok(miles.every((m) => m <= 10));
        assert.ok(body.facilities.every((f) => f.status === 'confirmed'));
      });

      test('every fact says where it came from', async () => {
        const body = await search('near=21201&per_page=100');
        for (const f of body.facilities) {
          assert.ok(f.sources.listed_in.length > 0);
          assert.ok(f.sources.address);
          if (f.phone) assert.ok(f.sources.phone, `${f.id} phone has a source`);
          const vouched = Object.values(f.sources.services).flat().sort();
          assert.deepEqual(vouched, [...f.services].sort());
        }
      });

      test('OR within a filter, AND across filters', async () => {
        const methadone = concept('medication', 'methadone')!;
        const buprenorphine = concept('medication', 'buprenorphine')!;
        const medicaid = concept('payment', 'medicaid')!;
        const either = await search('near=21201&radius=25&medication=methadone&medication=buprenorphine&per_page=100');
        const m = await search('near=21201&radius=25&medication=methadone&per_page=1');
        const b = await search('near=21201&radius=25&medication=buprenorphine&per_page=1');
        assert.ok(either.total >= Math.max(m.total, b.total));
        assert.ok(either.total <= m.total + b.total);
        for (const f of either.facilities) assert.ok(offers(f.services, methadone) || offers(f.services, buprenorphine), f.id);
        const both = await search('near=21201&radius=25&medication=methadone&payment=medicaid&per_page=100');
        assert.ok(both.total <= m.total);
        assert.ok(both.total_matched > 0);
        for (const f of both.facilities) {
          assert.ok(offers(f.services, methadone), f.id);
          // A match offers both; a maybe-match offers methadone, and its listing doesn't say about Medicaid.
          if (f.match === 'yes') assert.ok(offers(f.services, medicaid), f.id);
          else assert.deepEqual(f.unknown_filters, ['payment:medicaid'], f.id);
        }
      });

      test('pages follow on without gaps or repeats', async () => {
        const p1 = await search('near=21201&per_page=7&page=1');
        const p2 = await search('near=21201&per_page=7&page=2');
        const all = await search('near=21201&per_page=14&page=1');
        assert.equal(p1.total, all.total);
        assert.deepEqual(
          [...p1.facilities, ...p2.facilities].map((f) => f.id),
          all.facilities.map((f) => f.id),
        );
      });

      test('include=unconfirmed adds older listings, marked as such', async () => {
        const withOld = await search('near=35630&radius=50&include=unconfirmed&per_page=100');
        const without = await search('near=35630&radius=50&per_page=100');
        assert.ok(withOld.total > without.total);
        assert.ok(withOld.facilities.some((f) => f.status === 'unconfirmed' && [2015, 2017].includes(f.last_seen_year)));
      });

      test('a city without its state: the likeliest place, with the others in origin.alternatives', async () => {
        const body = await search('near=St.+Louis&per_page=1');
        assert.equal(body.origin.label, 'St. Louis, MO');
        assert.ok(body.origin.alternatives.some((a) => a.near === 'St. Louis, MI' && a.label === 'St. Louis, MI'));
        assert.deepEqual((await search('near=21201&per_page=1')).origin.alternatives, []);
      });

      test('a typo is a 400 unknown_place with error.suggestions to try as near=', async () => {
        const body = shapes.errorResponseSchema.parse(await json('/api/v1/facilities?near=Baltimroe%2C+MD', 400));
        assert.equal(body.error.code, 'unknown_place');
        assert.match(body.error.fields.near ?? '', /Baltimroe/);
        assert.deepEqual(body.error.suggestions[0], { field: 'near', value: 'Baltimore, MD', label: 'Baltimore, MD' });
        const retried = await search(`near=${encodeURIComponent(body.error.suggestions[0]?.value ?? '')}&per_page=1`);
        assert.equal(retried.origin.label, 'Baltimore, MD');
        const none = shapes.errorResponseSchema.parse(await json('/api/v1/facilities?near=somewhere+nice', 400));
        assert.deepEqual(none.error.suggestions, []);
      });

      const errors: [string, number, string, string][] = [
        ['', 400, 'missing_near', 'near'],
        ['near=00000', 400, 'unknown_place', 'near'],
        ['near=21201&care=bogus', 400, 'invalid_query', 'care'],
        ['near=21201&radius=1000', 400, 'invalid_query', 'radius'],
        ['near=21201&per_page=101', 400, 'invalid_query', 'per_page'],
        ['near=21201&page=0', 400, 'invalid_query', 'page'],
        ['near=21201&page=abc', 400, 'invalid_query', 'page'],
        ['near=21201&page=9999', 400, 'page_out_of_range', 'page'],
        [`near=${'9'.repeat(101)}`, 400, 'invalid_query', 'near'],
        ['near=21201&include=everything', 400, 'invalid_query', 'include'],
        ['near=21201&language=klingon', 400, 'invalid_query', 'language'],
      ];
      for (const [qs, status, code, field] of errors) {
        test(`${qs || '(no query)'} -> ${status} ${code} naming ${field}`, async () => {
          const body = shapes.errorResponseSchema.parse(await json(`/api/v1/facilities?${qs}`, status));
          assert.equal(body.error.code, code);
          assert.ok(body.error.fields[field], JSON.stringify(body));
        });
      }
    });

    describe('listings people can trust', () => {
      test('treatment inside a jail is left out of searches unless include=custody, and says who it is for', async () => {
        const plain = await search('near=21202&radius=5&medication=methadone&per_page=100');
        assert.ok(plain.total > 0);
        assert.ok(plain.facilities.every((f) => !f.serves_only.includes('custody')));
        const all = await search('near=21202&radius=5&medication=methadone&include=custody&per_page=100');
        const booking = all.facilities.find((f) => /Central Booking/.test(f.name));
        assert.deepEqual(booking?.serves_only, ['custody']);
        assert.equal(all.total, plain.total + all.facilities.filter((f) => f.serves_only.includes('custody')).length);
      });

      test('a ZIP search finds every place whose address is in that ZIP, at any radius, at its true distance', async () => {
        // Cumberland, MD (21502): some of its places lie more than 5 miles from the ZIP's point.
        const wide = await search('near=21502&radius=50&per_page=100');
        const inZip = wide.facilities.filter((f) => f.address.zip === '21502');
        assert.ok(
          inZip.some((f) => f.distance_miles > 5),
          'a place in 21502 is more than 5 miles out',
        );
        const near = await search('near=21502&radius=5&per_page=100');
        for (const f of inZip) assert.equal(near.facilities.find((x) => x.id === f.id)?.distance_miles, f.distance_miles, f.name);
        const miles = near.facilities.map((f) => f.distance_miles);
        assert.deepEqual(
          miles,
          [...miles].sort((a, b) => a - b),
        );
        assert.equal(
          near.total,
          near.facilities.filter((f) => f.distance_miles <= 5).length + inZip.filter((f) => f.distance_miles > 5).length,
        );
      });

      test('places only for veterans carry it, and still match the veterans filter', async () => {
        const body = await search('near=Tomah%2C+WI&radius=10&population=veterans');
        const va = body.facilities.find((f) => f.name === 'Tomah VA Medical Center');
        assert.deepEqual(va?.serves_only, ['veterans']);
        assert.ok(va?.concepts.includes('population:veterans'));
      });

      test('language=asl still works, as the help for Deaf and hard of hearing people it stands for', async () => {
        const old = await search('near=21201&language=asl&per_page=5');
        const now = await search('near=21201&language=deaf-hard-of-hearing&per_page=5');
        assert.ok(now.total > 0);
        assert.deepEqual(
          old.facilities.map((f) => f.id),
          now.facilities.map((f) => f.id),
        );
        assert.ok(now.facilities.every((f) => f.match === 'yes' && f.concepts.includes('language:deaf-hard-of-hearing')));
      });

      test('no listing offers a medication beside "does not use medication"', async () => {
        const body = await search('near=21201&radius=50&medication=buprenorphine&per_page=100');
        for (const f of body.facilities) assert.ok(!f.services.includes('NMOA') && !f.services.includes('NOOP'), f.id);
      });
    });

    describe('"the listing doesn’t say" is not "no"', () => {
      test('buprenorphine near 59101 with Medicaid: one match, then the place whose listing has no payment data', async () => {
        const all = await search('near=59101&medication=buprenorphine&per_page=100');
        const medicaid = await search('near=59101&medication=buprenorphine&payment=medicaid&per_page=100');
        assert.equal(all.total, 3);
        assert.equal(all.total_matched, 3);
        assert.equal(medicaid.total_matched, 1);
        assert.deepEqual(
          medicaid.facilities.map((f) => [f.name, f.match, f.matched_filters, f.unknown_filters]),
          [
            ['Rimrock Foundation', 'yes', ['medication:buprenorphine', 'payment:medicaid'], []],
            ['Ideal Option', 'maybe', ['medication:buprenorphine'], ['payment:medicaid']],
          ],
        );
        // Community Medical Services is left out: its 2017 listing records how it is paid (cash or self-pay only).
        const cms = all.facilities.find((f) => f.name === 'Community Medical Services');
        assert.ok(cms?.concepts.includes('payment:cash') && !cms.concepts.includes('payment:medicaid'));
        assert.ok(!medicaid.facilities.some((f) => f.id === cms?.id));
      });

      test('every place nearby is a match, a maybe-match with nothing recorded, or left out for a recorded "no"', async () => {
        const legend = shapes.servicesResponseSchema.parse(await json('/api/v1/services')).legend;
        const paymentCodes = new Set(legend.filter((e) => /^payment/i.test(e.category)).map((e) => e.code));
        const everyone = await search('near=97201&radius=5&per_page=100');
        const filtered = await search('near=97201&radius=5&payment=medicaid&per_page=100');
        assert.ok(everyone.total < 100, 'the whole area fits on one page');
        assert.equal(filtered.facilities.filter((f) => f.match === 'yes').length, filtered.total_matched);
        const found = new Map(filtered.facilities.map((f) => [f.id, f]));
        const groups = { yes: 0, maybe: 0, no: 0 };
        for (const f of everyone.facilities) {
          const recordsPayment = f.services.some((c) => paymentCodes.has(c));
          const result = found.get(f.id);
          if (f.concepts.includes('payment:medicaid')) assert.equal(result?.match, 'yes', f.name);
          else if (recordsPayment) assert.equal(result, undefined, `${f.name} records its payments, without Medicaid`);
          else assert.deepEqual(result?.unknown_filters, ['payment:medicaid'], f.name);
          groups[result ? result.match : 'no']++;
        }
        assert.ok(groups.yes > 0 && groups.maybe > 0 && groups.no > 0, JSON.stringify(groups));
        // Matches first, then maybe-matches, each nearest first.
        const order = filtered.facilities.map((f) => f.match);
        assert.deepEqual(
          order,
          [...order].sort((a, b) => (a === b ? 0 : a === 'yes' ? -1 : 1)),
        );
      });

      test('therapy approaches: only the 2017 directory records them, so a place known from 2015 alone may fit', async () => {
        const body = await search('near=21201&radius=10&approach=cbt&per_page=100&page=2');
        const maybe = body.facilities.filter((f) => f.match === 'maybe');
        assert.ok(maybe.length > 0);
        for (const f of maybe) {
          assert.deepEqual(f.unknown_filters, ['approach:cbt']);
          assert.ok(!Object.keys(f.sources.services).some((s) => s.startsWith('directory-2017')), f.name);
        }
      });

      test('medication is recorded for every place: a medication search has no maybe-matches', async () => {
        const body = await search('near=21201&radius=25&medication=buprenorphine&per_page=100');
        assert.equal(body.total, body.total_matched);
      });
    });

    describe('other endpoints', () => {
      test('GET /api/v1/facilities/{id} and a 404 for an unknown id', async () => {
        const [first] = (await search('near=21201&per_page=1')).facilities;
        const one = shapes.facilitySchema.parse(await json(`/api/v1/facilities/${first?.id}`));
        assert.equal(one.id, first?.id);
        const missing = shapes.errorResponseSchema.parse(await json('/api/v1/facilities/aaaaaaaaaa', 404));
        assert.equal(missing.error.code, 'not_found');
      });

      test('GET /api/v1/services has the legend and the concept map', async () => {
        const body = shapes.servicesResponseSchema.parse(await json('/api/v1/services'));
        assert.ok(body.legend.find((e) => e.code === 'SS' && /sliding/i.test(e.plain_label)));
        assert.ok(body.legend.find((e) => e.code === 'SF' && /cash/i.test(e.plain_label)));
        assert.deepEqual(body.concepts.find((c) => c.value === 'methadone')?.codes.includes('OTP'), true);
      });

      test('GET /api/v1/directory says what the directory holds', async () => {
        const body = shapes.directoryResponseSchema.parse(await json('/api/v1/directory'));
        assert.equal(body.facilities.confirmed + body.facilities.unconfirmed, body.facilities.total);
        assert.ok(body.sources.some((s) => s.key === 'geonames-postal' && s.licence === 'CC BY 4.0'));
        assert.ok(body.sources.some((s) => s.key === 'locator-2021' && s.year === 2021 && s.rows === 14034));
        assert.ok(!Number.isNaN(Date.parse(body.built_at)));
      });

      test('GeoJSON is a FeatureCollection of points at [longitude, latitude]', async () => {
        const res = await t.app.request('/api/v1/facilities.geojson?near=21201&per_page=3');
        assert.equal(res.headers.get('content-type'), 'application/geo+json; charset=utf-8');
        const body = await res.json();
        assert.equal(body.type, 'FeatureCollection');
        assert.equal(body.features.length, 3);
        const [lon, lat] = body.features[0].geometry.coordinates;
        assert.ok(lat > 39 && lat < 40 && lon < -76 && lon > -77);
        assert.equal(typeof body.features[0].properties.distance_miles, 'number');
        const maybe = await (
          await t.app.request('/api/v1/facilities.geojson?near=59101&medication=buprenorphine&payment=medicaid')
        ).json();
        assert.deepEqual(
          maybe.features.map((f: { properties: { match: string; unknown_filters: string[] } }) => [
            f.properties.match,
            f.properties.unknown_filters,
          ]),
          [
            ['yes', []],
            ['maybe', ['payment:medicaid']],
          ],
        );
        assert.equal(maybe.total_matched, 1);
      });

      test('CSV has a header row and one row per facility', async () => {
        const res = await t.app.request('/api/v1/facilities.csv?near=21201&per_page=5');
        assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
        const lines = (await res.text()).trim().split('\r\n');
        assert.equal(
          lines[0],
          'id,name,name2,street,street2,city,state,zip,phone,intake_phone,website,latitude,longitude,distance_miles,status,last_seen_year,services,serves_only,url,last_checked,match,matched_filters,unknown_filters',
        );
        assert.equal(lines.length, 6);
      });

      test('CSV cells that a spreadsheet would run as a formula are defused', () => {
        const csv = facilitiesCsv([
          {
            id: 'x',
            name: '=HYPERLINK("http://evil")',
            name2: '+1',
            address: { street: '@home', street2: null, city: 'A, B', state: 'AL', zip: '35630' },
            phone: null,
            intake_phone: null,
            central_intake_lines: [],
            website: null,
            latitude: 34.8,
            longitude: -87.6,
            services: ['SA'],
            concepts: [],
            sources_disagree: [],
            serves_only: ['veterans'],
            status: 'confirmed',
            last_seen_year: 2021,
            closed: false,
            last_checked: null,
            checks: [],
            sources: {
              listed_in: [],
              address: 'x',
              location: null,
              location_method: 'none',
              phone: null,
              phone_listed_as: null,
              services: {},
            },
            url: 'u',
            distance_miles: 1,
            match: 'maybe',
            matched_filters: ['medication:methadone'],
            unknown_filters: ['payment:medicaid', 'payment:medicare'],
          },
        ]);
        assert.match(csv, /"'=HYPERLINK\(""http:\/\/evil""\)",'\+1,'@home,,"A, B",AL,35630,,,,34\.8,-87\.6,1,/);
        assert.match(csv, /,SA,veterans,u,,maybe,medication:methadone,payment:medicaid payment:medicare\r\n$/);
      });

      test('unknown API paths are JSON 404s', async () => {
        const body = shapes.errorResponseSchema.parse(await json('/api/v2/anything', 404));
        assert.equal(body.error.code, 'not_found');
      });

      test('search responses are never cached; open data may be read by any site', async () => {
        const res = await t.app.request('/api/v1/facilities?near=21201&per_page=1');
        assert.equal(res.headers.get('cache-control'), 'no-store');
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
        assert.equal(res.headers.get('set-cookie'), null);
        // The search's errors too, and with the same headers as another API route's (the search route runs
        // without the /v1 middleware).
        for (const [url, status] of [
          ['/api/v1/facilities?near=nowhere-at-all', 400],
          ['/api/v1/facilities', 400],
          ['/api/v1/facilities?near=21201&page=999', 400],
          ['/api/v1/facilities?near=21201&care=nonsense', 400],
        ] as const) {
          const bad = await t.app.request(url);
          assert.equal(bad.status, status, url);
          assert.equal(bad.headers.get('access-control-allow-origin'), '*', url);
          assert.equal(bad.headers.get('cache-control'), 'no-store', url);
          const other = await t.app.request('/api/v1/nothing-here');
          const names = (r: Response) => [...r.headers.keys()].sort();
          assert.deepEqual(names(bad), names(other), url);
        }
        const names = (r: Response) => [...r.headers.keys()].sort();
        assert.deepEqual(names(res), names(await t.app.request('/api/v1/corrections')));
      });
    });

    describe('search JSON built and encoded once per facility', () => {
      const queries = [
        'near=21201',
        'near=21201&per_page=100&page=2',
        'near=21201&medication=buprenorphine&care=outpatient',
        'near=Baltimore, MD&radius=50&per_page=100',
        'near=99501&radius=100',
        'near=10001&payment=medicaid&per_page=50',
        // A city alone (its alternatives in the origin), and a point (a label with other characters).
        'near=Springfield&radius=100',
        'near=39.2904,-76.6122&radius=10',
      ];
      test('is the same text as stringifying the whole response, for every facility and either site address', async () => {
        for (const qs of queries) {
          const parsed = parseSearchQuery(new URLSearchParams(qs));
          assert.ok(parsed.ok && parsed.query.near, qs);
          const result = await t.deps.locator.search({ ...parsed.query, near: parsed.query.near });
          assert.ok(result.results.length > 0, `${qs}: some facilities to compare`);
          for (const publicUrl of ['https://example.org', 'http://localhost:3000', 'https://example.org']) {
            const whole = safeJsonText({ ...searchMeta(result), facilities: searchFacilityObjects(result.results, publicUrl) });
            const spliced = searchJsonBytes(result, publicUrl);
            assert.deepEqual(JSON.parse(spliced.toString('utf8')), JSON.parse(whole), qs);
            assert.ok(spliced.equals(Buffer.from(whole)), `${qs}: the same bytes`);
          }
          if (qs.startsWith('near=Springfield')) assert.ok(result.origin.alternatives?.length, `${qs}: alternatives`);
          const res = await t.app.request(`/api/v1/facilities?${qs.replace(/ /g, '%20')}`);
          const text = await res.text();
          // The route's own response is those bytes too.
          const publicUrl = t.deps.config.publicUrl;
          const whole = safeJsonText({ ...searchMeta(result), facilities: searchFacilityObjects(result.results, publicUrl) });
          assert.equal(text, whole, `${qs}: the route's bytes`);
          const body = JSON.parse(text) as { facilities: { id: string; distance_miles: number; match: string }[] };
          assert.deepEqual(
            body.facilities.map((f) => [f.id, f.distance_miles, f.match]),
            result.results.map((r) => [r.facility.id, Math.round(r.miles * 100) / 100, r.unknown.length ? 'maybe' : 'yes']),
          );
        }
      });
    });
  },
  { emptyEachTest: false },
);
