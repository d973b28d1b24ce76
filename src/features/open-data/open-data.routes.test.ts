// biome-ignore-all lint/suspicious/noExplicitAny: HSDS records are deep JSON, read freely in these tests
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { parseHtml } from '../../../test/support/html.ts';
import { hsdsId, UUID } from './hsds.ids.ts';
import { hsdsValidators, problems } from './hsds.validator.ts';

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    const json = async (path: string) => {
      const res = await t.app.request(path);
      return { res, body: (await res.json()) as any };
    };

    describe('GET /api/v1/hsds', () => {
      test('says which HSDS version it speaks and where its description is', async () => {
        const { res, body } = await json('/api/v1/hsds');
        assert.equal(res.status, 200);
        assert.equal(body.version, '3.0');
        assert.match(body.openapi_url, /\/api\/openapi\.json$/);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
      });

      test('pages of service_at_locations, services and organizations, every record valid HSDS 3.0', async () => {
        const v = hsdsValidators();
        for (const [kind, schema] of [
          ['service_at_locations', 'service_at_location'],
          ['services', 'service'],
          ['organizations', 'organization'],
        ] as const) {
          const { res, body } = await json(
            `/api/v1/hsds/${kind}?page=2&per_page=30${kind === 'organizations' ? '&full_service=true' : ''}`,
          );
          assert.equal(res.status, 200, kind);
          assert.ok(v.page(body), `${kind} page: ${problems(v.page)}`);
          assert.equal(body.page_number, 2);
          assert.equal(body.size, 30);
          assert.ok(body.total_items > 1000);
          assert.equal(body.total_pages, Math.ceil(body.total_items / 30));
          assert.equal(body.first_page, false);
          for (const record of body.contents) assert.ok(v[schema](record), `${kind} ${record.id}: ${problems(v[schema])}`);
        }
      });

      test('a record by its id, the same on the list and on its own; unknown ids are 404', async () => {
        const { body: list } = await json('/api/v1/hsds/service_at_locations?per_page=1');
        const sal = list.contents[0];
        assert.match(sal.id, UUID);
        assert.equal(sal.service.id, sal.service_id);
        assert.equal(sal.location.id, sal.location_id);
        const one = await json(`/api/v1/hsds/service_at_locations/${sal.id}`);
        assert.deepEqual(one.body, sal);
        const service = await json(`/api/v1/hsds/services/${sal.service_id}`);
        assert.equal(service.body.service_at_locations[0].id, sal.id);
        const org = await json(`/api/v1/hsds/organizations/${service.body.organization_id}`);
        assert.equal(org.body.name, service.body.organization.name);
        // A service id is not an organization id, and nonsense is not an id at all.
        assert.equal((await t.app.request(`/api/v1/hsds/organizations/${sal.service_id}`)).status, 404);
        const missing = await json('/api/v1/hsds/services/not-a-uuid');
        assert.equal(missing.res.status, 404);
        assert.equal(missing.body.error.code, 'not_found');
      });

      test('the taxonomy of SAMHSA service codes and its terms, with plain labels', async () => {
        const v = hsdsValidators();
        const { body: taxonomies } = await json('/api/v1/hsds/taxonomies');
        assert.equal(taxonomies.total_items, 1);
        const taxonomy = taxonomies.contents[0];
        assert.ok(v.taxonomy(taxonomy), problems(v.taxonomy));
        const { body: terms } = await json('/api/v1/hsds/taxonomy_terms?per_page=100');
        assert.ok(terms.total_items > 300);
        for (const term of terms.contents) {
          assert.ok(v.taxonomy_term(term), problems(v.taxonomy_term));
          assert.equal(term.taxonomy_id, taxonomy.id);
        }
        const one = await json(`/api/v1/hsds/taxonomy_terms/${hsdsId('taxonomy_term', 'SS')}`);
        assert.equal(one.body.name, 'Sliding fee scale (price based on income)');
        assert.equal((await json(`/api/v1/hsds/taxonomies/${taxonomy.id}`)).body.id, taxonomy.id);
      });

      test('bad paging is a 400 that names the parameter', async () => {
        for (const [query, field] of [
          ['per_page=500', 'per_page'],
          ['page=0', 'page'],
          ['page=x', 'page'],
          ['full_service=maybe', 'full_service'],
        ]) {
          const { res, body } = await json(`/api/v1/hsds/services?${query}`);
          assert.equal(res.status, 400, query);
          assert.equal(body.error.code, 'invalid_query');
          assert.ok(body.error.fields[field as string], query);
        }
      });

      test('the mapping is explained in plain words, and linked from the API page', async () => {
        const res = await t.app.request('/open-data/hsds');
        assert.equal(res.status, 200);
        const page = parseHtml(await res.text());
        const text = page.text();
        assert.ok(text.includes('No code is turned into a separate service'));
        assert.ok(text.includes('eligibility_description'));
        assert.ok(text.includes('Human Services Data Specification, an Open Referral resource'));
        const api = parseHtml(await (await t.app.request('/api')).text());
        assert.ok(api.links('main').some((l) => l.href === '/open-data/hsds' && l.text.startsWith('How our data maps to HSDS')));
      });
    });

    // Validating every record of the 20,000-place directory against the official schemas takes a minute or two and
    // checks how records are written, which does not depend on the database: on SQLite only. The pages above read
    // the same records from PostgreSQL too.
    if (database.dialect === 'sqlite')
      describe('the whole directory in HSDS 3.0', () => {
        test('every service, organization, location, service_at_location, taxonomy and term validates against the official schemas', async () => {
          const v = hsdsValidators();
          const counts = {
            service: 0,
            organization: 0,
            location: 0,
            service_at_location: 0,
            taxonomy: 0,
            taxonomy_term: 0,
            nested: 0,
          };
          const ids = new Set<string>();
          for await (const h of t.deps.hsds.all()) {
            for (const [name, record] of [
              ['service', h.service],
              ['organization', h.organization],
              ['location', h.location],
              ['service_at_location', { ...h.serviceAtLocation }],
            ] as const) {
              assert.ok(v[name](record), `${name} ${String(record.id)}: ${problems(v[name])}`);
              counts[name]++;
            }
            assert.ok(!ids.has(h.service.id as string), 'service ids are unique');
            ids.add(h.service.id as string);
            counts.nested += (JSON.stringify(h.service).match(/"id":/g) ?? []).length;
          }
          for (const taxonomy of await t.deps.hsds.taxonomies()) {
            assert.ok(v.taxonomy(taxonomy), problems(v.taxonomy));
            counts.taxonomy++;
          }
          const terms = await t.deps.hsds.terms(1, 10_000);
          for (const term of terms.contents) {
            assert.ok(v.taxonomy_term(term), problems(v.taxonomy_term));
            counts.taxonomy_term++;
          }
          assert.ok(counts.service > 15_000);
          console.log(`Validated against HSDS 3.0: ${JSON.stringify(counts)}`);
        });
      });
  },
  { emptyEachTest: false },
);
