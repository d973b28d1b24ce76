import { z } from 'zod';
import { CONCEPTS, FILTER_GROUPS, GROUP_LABELS } from '../../domain/concepts.ts';
import { DEFAULT_RADIUS, INCLUDE_VALUES, MAX_PER_PAGE, RADII } from '../../domain/search-query.ts';
import {
  directoryResponseSchema,
  errorResponseSchema,
  facilitySchema,
  searchResponseSchema,
  servicesResponseSchema,
} from './api.schemas.ts';

const SCHEMAS = [facilitySchema, searchResponseSchema, servicesResponseSchema, directoryResponseSchema, errorResponseSchema];

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
  '400': json('Error', 'The request is not valid; `fields` says which parameter and why.'),
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
    description: `${GROUP_LABELS[group].legend}. Repeat for several values: OR within a parameter, AND across parameters. ${GROUP_LABELS[group].hint}${aliasNote(group)}`,
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
        'Where to search: a 5-digit ZIP code, "City, ST", or "latitude,longitude". Resolved on our server; never sent elsewhere.',
      schema: { type: 'string', maxLength: 100 },
      examples: { zip: { value: '21201' }, city: { value: 'Baltimore, MD' }, point: { value: '39.29,-76.61' } },
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
    { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
    {
      name: 'per_page',
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: 20 },
    },
  ];
}

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
          responses: { '200': json('SearchResponse', 'Facilities within the radius, nearest first.'), ...errors },
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
          responses: { '200': json('Facility', 'The facility.'), '404': json('Error', 'No facility has this id.') },
        },
      },
      '/api/v1/services': {
        get: {
          operationId: 'listServices',
          summary: 'The service code legend and the filter concepts built on it',
          responses: { '200': json('ServicesResponse', 'Codes with plain labels, and what each filter value means in codes.') },
        },
      },
      '/api/v1/directory': {
        get: {
          operationId: 'describeDirectory',
          summary: 'What the directory holds and where it came from',
          responses: { '200': json('DirectoryResponse', 'Counts, sources with years and licences, and the build time.') },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
