/**
 * @module api.contract
 * The JSON API's routes as data: path, parameters (the zod schemas the handlers parse with) and responses
 * (the zod schemas in api.schemas.ts, which route tests also parse real responses with). api.routes.tsx
 * registers each route from here, and the OpenAPI document (/api/openapi.json) is generated from the same
 * objects, so the two cannot drift apart.
 */
import { z } from 'zod';
import { FACILITY_ID } from '../../domain/facility-id.ts';
import { placeSearchQuerySchema } from '../../domain/search-query.ts';
import { type ApiRoute, apiRoute, type OpenApiInput } from '../../lib/openapi.ts';
import { paths } from '../../ui/paths.ts';
import {
  correctionsResponseSchema,
  directoryResponseSchema,
  errorResponseSchema,
  facilitySchema,
  searchResponseSchema,
  servicesResponseSchema,
} from './api.schemas.ts';

const badRequest = {
  400: {
    description:
      'The request is not valid; `fields` says which parameter and why, and `suggestions` offers values to try (a place with a close name, for example).',
    json: errorResponseSchema,
  },
};

export const searchFacilities = apiRoute({
  method: 'get',
  path: paths.api.v1('facilities'),
  operationId: 'searchFacilities',
  summary: 'Search facilities near a place',
  query: placeSearchQuerySchema,
  responses: {
    200: {
      description:
        'Facilities within the radius: those that match every filter, then those whose listing doesn’t say (`match`), each nearest first.',
      json: searchResponseSchema,
    },
    ...badRequest,
  },
});

export const searchFacilitiesGeoJson = apiRoute({
  ...searchFacilities,
  path: paths.api.v1('facilities.geojson'),
  operationId: 'searchFacilitiesGeoJson',
  summary: 'The same search as a GeoJSON FeatureCollection',
  responses: {
    200: {
      description: 'A FeatureCollection of Point features; properties as in SearchResultFacility.',
      content: { 'application/geo+json': { type: 'object' } },
    },
    ...badRequest,
  },
});

export const searchFacilitiesCsv = apiRoute({
  ...searchFacilities,
  path: paths.api.v1('facilities.csv'),
  operationId: 'searchFacilitiesCsv',
  summary: 'The same search as CSV',
  responses: {
    200: { description: 'One row per facility.', content: { 'text/csv': { type: 'string' } } },
    ...badRequest,
  },
});

export const facilityParams = z.object({
  id: z.string().regex(FACILITY_ID).meta({ description: 'The facility’s id.', example: 'ctbz96nvef' }),
});

export const getFacility = apiRoute({
  method: 'get',
  path: paths.api.v1('facilities/{id}'),
  operationId: 'getFacility',
  summary: 'One facility',
  params: facilityParams,
  responses: {
    200: { description: 'The facility.', json: facilitySchema },
    301: { description: 'The id changed in a later import: `Location` is the facility under its id of today.' },
    404: { description: 'No facility has this id.', json: errorResponseSchema },
  },
});

/** A GET with no parameters that answers with one JSON shape. */
const getJson = (rest: string, operationId: string, summary: string, description: string, json: z.ZodType) =>
  apiRoute({ method: 'get', path: paths.api.v1(rest), operationId, summary, responses: { 200: { description, json } } });

/** `?lang=es`: the labels in Spanish. Field names, codes, groups and values stay English in every language. */
export const servicesQuerySchema = z.object({
  lang: z.enum(['en', 'es'], { error: 'The language must be "en" or "es".' }).default('en').meta({
    description:
      'The language of the words: `en` (default) or `es` (Spanish). With `es`, each `plain_label` and each concept’s `label` and `hint` are Spanish (a code without Spanish words yet keeps its English `plain_label`); `label` stays the legend’s own English wording, and field names, codes, groups and values never change.',
    example: 'es',
  }),
});

export const listServices = apiRoute({
  method: 'get',
  path: paths.api.v1('services'),
  operationId: 'listServices',
  summary: 'The service code legend and the filter concepts built on it',
  query: servicesQuerySchema,
  responses: {
    200: {
      description: 'Codes with plain labels, and what each filter value means in codes, in the language asked for.',
      json: servicesResponseSchema,
    },
    ...badRequest,
  },
});

export const describeDirectory = getJson(
  'directory',
  'describeDirectory',
  'What the directory holds and where it came from',
  'Counts, sources with years and licences, and the build time.',
  directoryResponseSchema,
);

export const listCorrections = getJson(
  'corrections',
  'listCorrections',
  'Every correction our team made after checking with a place, with dates and how it was checked',
  'All corrections, oldest first, including ones later replaced or withdrawn. Nothing about who reported or who checked.',
  correctionsResponseSchema,
);

export const listCorrectionsCsv = apiRoute({
  method: 'get',
  path: paths.api.v1('corrections.csv'),
  operationId: 'listCorrectionsCsv',
  summary: 'The same corrections as CSV',
  responses: {
    200: { description: 'One row per correction; columns as in Correction.', content: { 'text/csv': { type: 'string' } } },
  },
});

/** The API's own routes, in the order the document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [
  searchFacilities,
  searchFacilitiesGeoJson,
  searchFacilitiesCsv,
  getFacility,
  listServices,
  listCorrections,
  listCorrectionsCsv,
  describeDirectory,
];

/** What the document says about the API as a whole. */
export function apiInfo(publicUrl: string): Omit<OpenApiInput, 'routes'> {
  return {
    info: {
      title: 'Open Treatment API',
      version: '1.0.0',
      summary: 'Substance use treatment facilities in the US, from public SAMHSA data, with the source of every fact.',
      description:
        'No key, no tracking, no logging of queries. Facility data is US government work (public domain); ZIP and city data contain data from GeoNames (CC BY 4.0). Results are sorted by straight-line distance; there is no paid placement.',
      license: { name: 'Data: public domain (SAMHSA) and CC BY 4.0 (GeoNames)', url: `${publicUrl}${paths.about.data()}` },
    },
    servers: [{ url: publicUrl }],
  };
}
