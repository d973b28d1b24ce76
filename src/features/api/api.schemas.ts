import { z } from 'zod';
import { FILTER_GROUPS } from '../../domain/concepts.ts';
import { CORRECTION_FIELDS, EVIDENCE_KINDS } from '../../domain/corrections.ts';
import { SERVES_ONLY } from '../../domain/serves-only.ts';

/**
 * The JSON API's response shapes, as zod schemas: the OpenAPI document is generated from these, and route
 * tests parse real responses with them, so the documentation cannot drift from what the API returns.
 */

const sourceKey = z.string().meta({ description: 'A key from GET /api/v1/directory `sources[].key`.' });

export const facilitySourcesSchema = z
  .object({
    listed_in: z.array(sourceKey).meta({ description: 'Every source list the facility appears in, newest first.' }),
    address: sourceKey,
    location: z
      .string()
      .nullable()
      .meta({ description: 'Where the coordinates came from (a source, or a ZIP/city centroid table).' }),
    location_method: z.enum(['source', 'zip-centroid', 'city-centroid', 'none']),
    phone: sourceKey
      .nullable()
      .meta({ description: 'A source key, or `our-team` when our editors checked the number with the place (see `checks`).' }),
    phone_listed_as: z
      .string()
      .nullable()
      .meta({ description: 'The name the phone’s source printed beside the number (it can differ from `name`).' }),
    services: z
      .record(z.string(), z.array(z.string()))
      .meta({ description: 'Source key -> the service codes that source vouches for.' }),
  })
  .meta({ id: 'FacilitySources' });

const evidence = z.enum(EVIDENCE_KINDS).meta({
  description:
    'How our team checked: `called` (called the facility), `website` (the facility’s own website), `samhsa-import` (a newer SAMHSA listing).',
});

export const checkSchema = z
  .object({
    field: z.enum(CORRECTION_FIELDS),
    concept: z.string().nullable().meta({ description: 'For `service`: the concept ("group:value") that was checked.' }),
    checked_on: z.string().meta({ example: '2026-12-03' }),
    evidence,
  })
  .meta({ id: 'Check' });

export const facilitySchema = z
  .object({
    id: z.string().meta({ description: 'Stable id: the same across rebuilds from the same data.', example: 'ctbz96nvef' }),
    name: z.string(),
    name2: z.string().nullable(),
    address: z.object({
      street: z.string(),
      street2: z.string().nullable(),
      city: z.string(),
      state: z.string(),
      zip: z.string(),
    }),
    phone: z.string().nullable().meta({ example: '410-225-9185' }),
    intake_phone: z.string().nullable(),
    central_intake_lines: z.array(z.string()).meta({
      description:
        'Numbers (from `phone` and `intake_phone`) that other places share: a chain’s or county’s central intake line, not this place’s own desk.',
    }),
    website: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    services: z.array(z.string()).meta({
      description:
        'SAMHSA service codes; see GET /api/v1/services for labels and concepts. Codes a newer source contradicts are left out.',
    }),
    concepts: z.array(z.string()).meta({
      description:
        'The filter concepts the place offers, as "group:value" (for example "medication:methadone"): one answer per question, decided from all sources.',
      example: ['care:outpatient', 'medication:methadone'],
    }),
    sources_disagree: z.array(z.string()).meta({
      description: 'Concepts ("group:value") the sources disagree about: offered, but ask the place to be sure.',
    }),
    serves_only: z.array(z.enum(SERVES_ONLY)).meta({
      description:
        'Who the place is only for. `custody`: treatment inside a jail, prison or detention center, for people held there (left out of searches unless `include=custody`); `veterans`: a VA program; `dui-dwi`: only people with a DUI or DWI; `adolescents`: only teens.',
    }),
    status: z.enum(['confirmed', 'unconfirmed']).meta({
      description: '`unconfirmed`: seen only in the 2015 or 2017 directories; it may have closed.',
    }),
    last_seen_year: z.number().int(),
    closed: z.boolean().meta({
      description: 'true: our team found that the place has closed. Closed places are left out of searches; the record stays.',
    }),
    last_checked: z.string().nullable().meta({
      description:
        'The day (YYYY-MM-DD) our team last checked this listing with the place itself (HSDS `assured_date`); null if never.',
      example: '2026-12-03',
    }),
    checks: z.array(checkSchema).meta({ description: 'Each fact our team checked, with the day and how. Empty if none.' }),
    sources: facilitySourcesSchema,
    url: z.string().meta({ description: 'The facility page on this site.' }),
  })
  .meta({ id: 'Facility' });

const filterValue = z.string().meta({ description: 'A filter value as "group:value".', example: 'payment:medicaid' });

export const searchResultFacilitySchema = facilitySchema
  .extend({
    distance_miles: z.number(),
    match: z.enum(['yes', 'maybe']).meta({
      description:
        '`yes`: the place offers a chosen value of every filter. `maybe`: for some filter it offers none of the chosen values, but its listing doesn’t record them (see `unknown_filters`): ask. All `yes` results come before any `maybe` result, each nearest first.',
    }),
    matched_filters: z
      .array(filterValue)
      .meta({ description: 'The chosen filter values the place offers.', example: ['medication:buprenorphine'] }),
    unknown_filters: z.array(filterValue).meta({
      description:
        'For a `maybe` result: the chosen values its listing doesn’t record (our lists say nothing either way). Empty when `match` is `yes`.',
      example: ['payment:medicaid'],
    }),
  })
  .meta({ id: 'SearchResultFacility' });

const placeChoice = z.object({
  near: z.string().meta({ description: 'Send this as `near` to search there.', example: 'St. Louis, MI' }),
  label: z.string().meta({ description: 'How to show the place.', example: 'St. Louis, MI' }),
});

export const searchResponseSchema = z
  .object({
    origin: z.object({
      latitude: z.number(),
      longitude: z.number(),
      label: z.string().meta({ example: 'St. Louis, MO' }),
      alternatives: z.array(placeChoice).meta({
        description:
          'For a city given without its state ("St. Louis"), the same name in other states, likeliest first; we searched the first match, shown in `label`. Empty otherwise.',
      }),
    }),
    radius_miles: z.number(),
    total: z.number().int().meta({ description: 'Places found: those that match every filter, then those that may match.' }),
    total_matched: z.number().int().meta({ description: 'How many of `total` match every filter (`match: "yes"`).' }),
    page: z.number().int(),
    per_page: z.number().int(),
    facilities: z.array(searchResultFacilitySchema),
  })
  .meta({ id: 'SearchResponse' });

export const servicesResponseSchema = z
  .object({
    legend: z.array(z.object({ code: z.string(), category: z.string(), label: z.string(), plain_label: z.string() })),
    concepts: z.array(
      z.object({
        group: z.enum(FILTER_GROUPS),
        value: z.string(),
        label: z.string(),
        hint: z.string(),
        codes: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ServicesResponse' });

export const directoryResponseSchema = z
  .object({
    facilities: z.object({
      total: z.number().int(),
      confirmed: z.number().int(),
      unconfirmed: z.number().int(),
      with_phone: z.number().int(),
      with_services: z.number().int(),
    }),
    sources: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(['facilities', 'reference']),
        name: z.string(),
        publisher: z.string(),
        year: z.number().int(),
        rows: z.number().int(),
        licence: z.string(),
        attribution: z.string(),
      }),
    ),
    built_at: z.string(),
  })
  .meta({ id: 'DirectoryResponse' });

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'invalid_query' }),
      message: z.string(),
      fields: z.record(z.string(), z.string()).meta({ description: 'Parameter -> what is wrong with it.' }),
      suggestions: z
        .array(
          z.object({
            field: z.string().meta({ example: 'near' }),
            value: z.string().meta({ example: 'Baltimore, MD' }),
            label: z.string().meta({ example: 'Baltimore, MD' }),
          }),
        )
        .meta({
          description:
            'Values that would probably work instead, best first: for a place we could not find (`unknown_place`), known places with a close name ("Did you mean Baltimore, MD?"). Send `value` as the parameter named by `field` to try one. Often empty.',
        }),
    }),
  })
  .meta({ id: 'Error' });

export const correctionSchema = z
  .object({
    id: z.number().int(),
    facility_id: z
      .string()
      .meta({ description: 'The facility’s id today (an id an import changed is followed to the new one).' }),
    facility_url: z.string(),
    field: z.enum(CORRECTION_FIELDS),
    concept: z.string().nullable().meta({ description: 'For `service`: which concept ("group:value").' }),
    value: z.string().meta({
      description:
        'What our team found: a phone number ("" for no working number), an address, `offered` or `not offered`, `closed` or `open`, or who the place only serves (space-separated; "" for everyone).',
    }),
    checked_on: z.string().meta({ description: 'The day our team checked (YYYY-MM-DD).' }),
    evidence,
    accepted_on: z.string().meta({ description: 'The day the correction was published (YYYY-MM-DD).' }),
    status: z.enum(['active', 'superseded', 'withdrawn']).meta({
      description:
        '`active`: shown on the site now; `superseded`: replaced by a newer check of the same fact; `withdrawn`: an editor went back to the directory’s value.',
    }),
    ended_on: z.string().nullable(),
  })
  .meta({ id: 'Correction' });

export const correctionsResponseSchema = z
  .object({
    total: z.number().int(),
    checked_facilities: z.number().int().meta({ description: 'How many listings have at least one active correction.' }),
    corrections: z.array(correctionSchema),
  })
  .meta({ id: 'CorrectionsResponse' });

export type ApiFacility = z.infer<typeof facilitySchema>;
export type ApiSearchResultFacility = z.infer<typeof searchResultFacilitySchema>;
export type ApiCorrection = z.infer<typeof correctionSchema>;
