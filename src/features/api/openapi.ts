import { z } from 'zod';
import { CONCEPTS, FILTER_GROUPS, GROUP_LABELS } from '../../domain/concepts.ts';
import { CHECKED_VALUES, DEFAULT_RADIUS, INCLUDE_VALUES, MAX_PER_PAGE, RADII } from '../../domain/search-query.ts';
import {
  correctionsResponseSchema,
  directoryResponseSchema,
  errorResponseSchema,
  facilitySchema,
  searchResponseSchema,
  servicesResponseSchema,
} from './api.schemas.ts';

const SCHEMAS = [
  facilitySchema,
  searchResponseSchema,
  servicesResponseSchema,
  directoryResponseSchema,
  correctionsResponseSchema,
  errorResponseSchema,
];

/** The component schemas, generated from the same zod schemas the routes use. */
function componentSchemas(): Record<string, unknown> {
  // Touch the schemas so they are registered (and not tree-shaken) before the registry is read.
  if (SCHEMAS.length === 0) throw new Error('no schemas');
  const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas;
  const out: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(all)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const errors = {
  '400': json(
    'Error',
    'The request is not valid; `fields` says which parameter and why, and `suggestions` offers values to try (a place with a close name, for example).',
  ),
};

/** "Also accepted: asl (= deaf-hard-of-hearing)." for groups whose values have older names. */
function aliasNote(group: (typeof FILTER_GROUPS)[number]): string {
  const aliases = CONCEPTS.filter((c) => c.group === group).flatMap((c) => (c.aliases ?? []).map((a) => `${a} (= ${c.value})`));
  return aliases.length > 0 ? ` Also accepted: ${aliases.join(', ')}.` : '';
}

function searchParameters() {
  const filterParams = FILTER_GROUPS.map((group) => ({
    name: group,
    in: 'query',
    required: false,
    description: `${GROUP_LABELS[group].legend}. Repeat for several values: OR within a parameter, AND across parameters. ${GROUP_LABELS[group].hint}${aliasNote(group)} A place whose listing doesn’t record these values is not treated as a “no”: it follows every match, with \`match: "maybe"\` and \`unknown_filters\`.`,
    style: 'form',
    explode: true,
    schema: {
      type: 'array',
      items: {
        type: 'string',
        enum: CONCEPTS.filter((c) => c.group === group).flatMap((c) => [c.value, ...(c.aliases ?? [])]),
      },
    },
  }));
  return [
    {
      name: 'near',
      in: 'query',
      required: true,
      description:
        'Where to search: a ZIP code ("21201", "21201-1234", "Billings, MT 59101" use the ZIP), "City, ST", a city alone (the likeliest match; `origin.alternatives` lists the others), or "latitude,longitude". Resolved on our server; never sent elsewhere. A place we cannot find is a 400 `unknown_place` error whose `suggestions` name close matches.',
      schema: { type: 'string', maxLength: 100 },
      examples: {
        zip: { value: '21201' },
        city: { value: 'Baltimore, MD' },
        cityOnly: { value: 'St. Louis' },
        point: { value: '39.29,-76.61' },
      },
    },
    {
      name: 'radius',
      in: 'query',
      required: false,
      description: 'Miles, straight-line.',
      schema: { type: 'integer', enum: [...RADII], default: DEFAULT_RADIUS },
    },
    ...filterParams,
    {
      name: 'include',
      in: 'query',
      required: false,
      description:
        '`unconfirmed` adds facilities seen only in the 2015/2017 directories; `custody` adds treatment inside jails, prisons and detention centers (only for people held there; `serves_only` says so).',
      style: 'form',
      explode: true,
      schema: { type: 'array', items: { type: 'string', enum: [...INCLUDE_VALUES] } },
    },
    {
      name: 'checked',
      in: 'query',
      required: false,
      description:
        '`12-months`: only places our team checked with the place itself in the last 12 months (their `last_checked` is within a year).',
      schema: { type: 'string', enum: [...CHECKED_VALUES] },
    },
    { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
    {
      name: 'per_page',
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: 20 },
    },
  ];
}

/**
 * The Open Referral HSDS 3.0 endpoints (src/features/open-data/), as plain data. Records follow the official HSDS
 * 3.0 schemas (see `externalDocs`); lists are the HSDS API's Page with `contents`. Kept here as data so the
 * document can later be generated from route schemas without touching the routes.
 */
const HSDS_SCHEMA = 'https://github.com/openreferral/specification/tree/3.0/schema';
const hsdsJson = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object', externalDocs: { url: HSDS_SCHEMA } } } },
});
const hsdsPaging = [
  { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'per_page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
];
const hsdsId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'An HSDS id (a UUID).',
  schema: { type: 'string', format: 'uuid' },
};
const fullService = {
  name: 'full_service',
  in: 'query',
  required: false,
  description: 'true: each organization lists its services in full.',
  schema: { type: 'boolean', default: false },
};
function hsdsList(kind: string, summary: string, extra: object[] = []) {
  return {
    [`/api/v1/hsds/${kind}`]: {
      get: {
        operationId: `hsdsList_${kind}`,
        tags: ['HSDS 3.0'],
        summary,
        parameters: [...hsdsPaging, ...extra],
        responses: {
          '200': hsdsJson(
            'An HSDS Page: total_items, total_pages, page_number, size, first_page, last_page, empty, and contents.',
          ),
          ...errors,
        },
      },
    },
    [`/api/v1/hsds/${kind}/{id}`]: {
      get: {
        operationId: `hsdsGet_${kind}`,
        tags: ['HSDS 3.0'],
        summary: `One record from ${kind}, by id`,
        parameters: [hsdsId, ...extra],
        responses: { '200': hsdsJson('The record, fully nested.'), '404': json('Error', 'No record has this id.') },
      },
    },
  };
}
export const HSDS_PATHS = {
  '/api/v1/hsds': {
    get: {
      operationId: 'hsdsAbout',
      tags: ['HSDS 3.0'],
      summary: 'Which HSDS version this API speaks (3.0), and where its profile and description are',
      responses: { '200': hsdsJson('{ version, profile, openapi_url }') },
    },
  },
  ...hsdsList('service_at_locations', 'Every place as a service_at_location, with its service and location nested'),
  ...hsdsList('services', 'Every place as a fully nested service'),
  ...hsdsList('organizations', 'The organizations (one per place: SAMHSA lists places, not operators)', [fullService]),
  ...hsdsList('taxonomies', 'The one taxonomy: SAMHSA treatment facility service codes'),
  ...hsdsList('taxonomy_terms', 'Its terms: one per service code, with a plain label'),
};

/** The OpenAPI 3.1 description of the API. */
export function openApiDocument(publicUrl: string) {
  const params = searchParameters();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Open Treatment API',
      version: '1.0.0',
      summary: 'Substance use treatment facilities in the US, from public SAMHSA data, with the source of every fact.',
      description:
        'No key, no tracking, no logging of queries. Facility data is US government work (public domain); ZIP and city data contain data from GeoNames (CC BY 4.0). Results are sorted by straight-line distance; there is no paid placement.',
      license: { name: 'Data: public domain (SAMHSA) and CC BY 4.0 (GeoNames)', url: `${publicUrl}/about/data` },
    },
    servers: [{ url: publicUrl }],
    paths: {
      '/api/v1/facilities': {
        get: {
          operationId: 'searchFacilities',
          summary: 'Search facilities near a place',
          parameters: params,
          responses: {
            '200': json(
              'SearchResponse',
              'Facilities within the radius: those that match every filter, then those whose listing doesn’t say (`match`), each nearest first.',
            ),
            ...errors,
          },
        },
      },
      '/api/v1/facilities.geojson': {
        get: {
          operationId: 'searchFacilitiesGeoJson',
          summary: 'The same search as a GeoJSON FeatureCollection',
          parameters: params,
          responses: {
            '200': {
              description: 'A FeatureCollection of Point features; properties as in SearchResultFacility.',
              content: { 'application/geo+json': { schema: { type: 'object' } } },
            },
            ...errors,
          },
        },
      },
      '/api/v1/facilities.csv': {
        get: {
          operationId: 'searchFacilitiesCsv',
          summary: 'The same search as CSV',
          parameters: params,
          responses: {
            '200': { description: 'One row per facility.', content: { 'text/csv': { schema: { type: 'string' } } } },
            ...errors,
          },
        },
      },
      '/api/v1/facilities/{id}': {
        get: {
          operationId: 'getFacility',
          summary: 'One facility',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json('Facility', 'The facility.'),
            '301': { description: 'The id changed in a later import: `Location` is the facility under its id of today.' },
            '404': json('Error', 'No facility has this id.'),
          },
        },
      },
      '/api/v1/services': {
        get: {
          operationId: 'listServices',
          summary: 'The service code legend and the filter concepts built on it',
          responses: { '200': json('ServicesResponse', 'Codes with plain labels, and what each filter value means in codes.') },
        },
      },
      '/api/v1/corrections': {
        get: {
          operationId: 'listCorrections',
          summary: 'Every correction our team made after checking with a place, with dates and how it was checked',
          responses: {
            '200': json(
              'CorrectionsResponse',
              'All corrections, oldest first, including ones later replaced or withdrawn. Nothing about who reported or who checked.',
            ),
          },
        },
      },
      '/api/v1/corrections.csv': {
        get: {
          operationId: 'listCorrectionsCsv',
          summary: 'The same corrections as CSV',
          responses: {
            '200': {
              description: 'One row per correction; columns as in Correction.',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/api/v1/directory': {
        get: {
          operationId: 'describeDirectory',
          summary: 'What the directory holds and where it came from',
          responses: { '200': json('DirectoryResponse', 'Counts, sources with years and licences, and the build time.') },
        },
      },
      ...HSDS_PATHS,
    },
    components: { schemas: componentSchemas() },
  };
}
