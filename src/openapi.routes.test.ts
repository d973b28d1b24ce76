import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { z } from 'zod';
import { forEachDatabase } from '../test/support/databases.ts';
import { placeSearchQuerySchema } from './domain/search-query.ts';
import { API_ROUTES, apiInfo, searchFacilities } from './features/api/api.contract.ts';
import { HSDS_ROUTES } from './features/open-data/hsds.contract.ts';
import { openApiDocument } from './lib/openapi.ts';

type Operation = { operationId: string; parameters?: { name: string; in: string; required: boolean }[] };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

forEachDatabase(
  (database) => {
    describe('GET /api/openapi.json', () => {
      const t = database.useTestApp();

      test('is a valid OpenAPI 3.1 document', async () => {
        const validator = new Validator();
        const result = await validator.validate(await t.json<Parameters<Validator['validate']>[0]>('/api/openapi.json'));
        assert.equal(validator.version, '3.1');
        assert.deepEqual(result.errors ?? [], []);
        assert.equal(result.valid, true);
      });

      test('describes exactly the API routes the app serves, the HSDS ones included', async () => {
        const doc = await t.json<Doc>('/api/openapi.json');
        const documented = Object.entries(doc.paths)
          .flatMap(([path, ops]) =>
            Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
          )
          .sort();
        const served = [
          ...new Set(
            t.app.routes.filter((r) => r.path.startsWith('/api/v1') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
          ),
        ].sort();
        assert.deepEqual(documented, served);
        assert.ok(doc.paths['/api/v1/hsds/organizations']?.get, 'the HSDS paths stay in the document');
        assert.deepEqual(Object.keys(doc.components.schemas), [
          'Check',
          'Correction',
          'CorrectionsResponse',
          'DirectoryResponse',
          'Error',
          'Facility',
          'FacilitySources',
          'SearchResponse',
          'SearchResultFacility',
          'ServicesResponse',
        ]);
      });

      test('the search parameters are the search schema’s fields, one for one', async () => {
        const doc = await t.json<Doc>('/api/openapi.json');
        for (const path of ['/api/v1/facilities', '/api/v1/facilities.geojson', '/api/v1/facilities.csv']) {
          const names = (doc.paths[path]?.get?.parameters ?? []).map((p) => p.name);
          assert.deepEqual(names, Object.keys(placeSearchQuerySchema.shape), path);
        }
        const care = (doc.paths['/api/v1/facilities']?.get?.parameters ?? []).find((p) => p.name === 'care') as unknown as {
          schema: { items: { enum: string[] } };
        };
        assert.deepEqual(care.schema.items.enum, ['detox', 'hospital', 'residential', 'partial', 'intensive', 'outpatient']);
        const checked = (doc.paths['/api/v1/facilities']?.get?.parameters ?? []).find((p) => p.name === 'checked') as unknown as {
          schema: { enum: string[] };
        };
        assert.deepEqual(checked.schema.enum, ['12-months']);
      });

      test('a field added to the search schema is in the document, with nothing else edited', () => {
        const extended = {
          ...searchFacilities,
          query: placeSearchQuerySchema.extend({ open_now: z.enum(['true', 'false']).optional() }),
        };
        const routes = API_ROUTES.map((r) => (r === searchFacilities ? extended : r));
        const doc = openApiDocument({ ...apiInfo('https://example.org'), routes: [...routes, ...HSDS_ROUTES] }) as Doc;
        const names = (doc.paths['/api/v1/facilities']?.get?.parameters ?? []).map((p) => p.name);
        assert.deepEqual(names, [...Object.keys(placeSearchQuerySchema.shape), 'open_now']);
      });
    });
  },
  { emptyEachTest: false },
);
