/**
 * @module hsds.contract
 * The Open Referral HSDS 3.0 routes as data: paths, the paging and `full_service` schemas the handlers parse
 * with, and responses. open-data.routes.tsx registers each route from here; the composition root hands the
 * same list to the API feature, which puts it in the OpenAPI document. Records follow the official HSDS 3.0
 * schemas (vendored in data/hsds-3.0 and validated in tests), so the document points to them rather than
 * copying them.
 */
import { z } from 'zod';
import { type ApiRoute, apiRoute } from '../../lib/openapi.ts';
import { paths } from '../../ui/paths.ts';

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_LIST_KINDS = ['service_at_locations', 'services', 'organizations'] as const;
export type HsdsListKind = (typeof HSDS_LIST_KINDS)[number];

const page = z.coerce
  .number({ error: 'page must be a number.' })
  .int('page must be a whole number.')
  .min(1, 'page must be 1 or more.')
  .max(100_000, 'That page is too far.')
  .default(1);

const perPage = z.coerce
  .number({ error: 'per_page must be a number.' })
  .int('per_page must be a whole number.')
  .min(1, 'per_page must be at least 1.')
  .max(HSDS_MAX_PER_PAGE, `per_page can be at most ${HSDS_MAX_PER_PAGE}.`)
  .default(25);

const fullService = z
  .enum(['true', 'false'], { error: 'full_service is true or false.' })
  .default('false')
  .meta({ description: 'true: each organization lists its services in full (organizations only).' });

/** A page of any list (`full_service` matters only for organizations). */
export const listQuery = z.object({ page, per_page: perPage, full_service: fullService });
/** One record by id. */
export const recordQuery = z.object({ full_service: fullService });

const HSDS_SCHEMA = 'https://github.com/openreferral/specification/tree/3.0/schema';
const hsds = (description: string) => ({ description, json: { type: 'object', externalDocs: { url: HSDS_SCHEMA } } });
const idParam = z.object({ id: z.string().meta({ description: 'An HSDS id (a UUID).', format: 'uuid' }) });
const tags = ['HSDS 3.0'];

export const hsdsAbout = apiRoute({
  method: 'get',
  path: paths.openData.hsds(),
  operationId: 'hsdsAbout',
  tags,
  summary: 'Which HSDS version this API speaks (3.0), and where its profile and description are',
  responses: { 200: hsds('{ version, profile, openapi_url }') },
});

const SUMMARIES: Record<HsdsListKind | 'taxonomies' | 'taxonomy_terms', string> = {
  service_at_locations: 'Every place as a service_at_location, with its service and location nested',
  services: 'Every place as a fully nested service',
  organizations: 'The organizations (one per place: SAMHSA lists places, not operators)',
  taxonomies: 'The one taxonomy: SAMHSA treatment facility service codes',
  taxonomy_terms: 'Its terms: one per service code, with a plain label',
};

/** GET …/{kind} (a page) and GET …/{kind}/{id} (one record). */
function listAndRecord(kind: keyof typeof SUMMARIES) {
  // The taxonomy and its terms are not organizations or services: their records take no options.
  const isDirectory = (HSDS_LIST_KINDS as readonly string[]).includes(kind);
  return {
    list: apiRoute({
      method: 'get',
      path: paths.openData.hsds(kind),
      operationId: `hsdsList_${kind}`,
      tags,
      summary: SUMMARIES[kind],
      query: listQuery,
      responses: {
        200: hsds('An HSDS Page: total_items, total_pages, page_number, size, first_page, last_page, empty, and contents.'),
        400: {
          description: 'A paging parameter is not valid; `fields` says which and why.',
          json: { $ref: '#/components/schemas/Error' },
        },
      },
    }),
    record: apiRoute({
      method: 'get',
      path: paths.openData.hsds(`${kind}/{id}`),
      operationId: `hsdsGet_${kind}`,
      tags,
      summary: `One record from ${kind}, by id`,
      params: idParam,
      ...(isDirectory ? { query: recordQuery } : {}),
      responses: {
        200: hsds('The record, fully nested.'),
        404: { description: 'No record has this id.', json: { $ref: '#/components/schemas/Error' } },
      },
    }),
  };
}

export const HSDS_LISTS = Object.fromEntries(HSDS_LIST_KINDS.map((kind) => [kind, listAndRecord(kind)])) as Record<
  HsdsListKind,
  ReturnType<typeof listAndRecord>
>;
export const HSDS_TAXONOMIES = listAndRecord('taxonomies');
export const HSDS_TERMS = listAndRecord('taxonomy_terms');

/** Every HSDS route, in the order the document lists them. */
export const HSDS_ROUTES: readonly ApiRoute[] = [
  hsdsAbout,
  ...[...HSDS_LIST_KINDS.map((k) => HSDS_LISTS[k]), HSDS_TAXONOMIES, HSDS_TERMS].flatMap((r) => [r.list, r.record]),
];
