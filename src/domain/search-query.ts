import { z } from 'zod';
import { CONCEPTS, conceptAliases, conceptValues, FILTER_GROUPS, type FilterGroup, GROUP_LABELS } from './concepts.ts';

/** How to say where to search; shown beside the field and in the API's error. */
export const NEAR_HINT = 'Enter a 5-digit ZIP code, or a city and state like “Dayton, OH”.';

export const RADII = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;
export const HTML_PAGE_SIZE = 20;
export const MAX_PER_PAGE = 100;

/** "Also accepted: asl (= deaf-hard-of-hearing)." for groups whose values have older names. */
function aliasNote(group: FilterGroup): string {
  const aliases = CONCEPTS.filter((c) => c.group === group).flatMap((c) => (c.aliases ?? []).map((a) => `${a} (= ${c.value})`));
  return aliases.length > 0 ? ` Also accepted: ${aliases.join(', ')}.` : '';
}

const filterArray = (group: FilterGroup) => {
  const values = conceptValues(group) as [string, ...string[]];
  // Older names of a value ("language=asl") still work, and become today's name.
  const aliases = conceptAliases(group);
  return z
    .array(
      z.preprocess(
        (v) => (typeof v === 'string' ? (aliases.get(v) ?? v) : v),
        z.enum(values, {
          error: (issue) =>
            `“${String(issue.input).slice(0, 40)}” is not a ${group} filter we know. Use one of: ${values.join(', ')}.`,
        }),
      ),
    )
    .max(values.length, `Choose each ${group} filter once.`)
    .transform((v) => [...new Set(v)])
    .default([])
    .meta({
      description: `${GROUP_LABELS[group].legend}. Repeat for several values: OR within a parameter, AND across parameters. ${GROUP_LABELS[group].hint}${aliasNote(group)} A place whose listing doesn’t record these values is not treated as a “no”: it follows every match, with \`match: "maybe"\` and \`unknown_filters\`.`,
    });
};

/**
 * What a search leaves out unless asked: `unconfirmed` places (seen only in 2015 or 2017) and `custody`
 * settings (treatment inside jails, prisons and detention centres, only for people held there).
 */
export const INCLUDE_VALUES = ['unconfirmed', 'custody'] as const;
export type IncludeValue = (typeof INCLUDE_VALUES)[number];

const near = z
  .string()
  .trim()
  .max(100, 'That place is too long. Enter a ZIP code or a city and state.')
  .meta({
    description:
      'Where to search: a ZIP code ("21201", "21201-1234", "Billings, MT 59101" use the ZIP), "City, ST", a city alone (the likeliest match; `origin.alternatives` lists the others), or "latitude,longitude". Resolved on our server; never sent elsewhere. A place we cannot find is a 400 `unknown_place` error whose `suggestions` name close matches.',
    examples: {
      zip: { value: '21201' },
      city: { value: 'Baltimore, MD' },
      cityOnly: { value: 'St. Louis' },
      point: { value: '39.29,-76.61' },
    },
  });

/**
 * `checked=12-months`: only places our team checked with the place itself in the last 12 months (see
 * src/domain/corrections.ts). One value today; the parameter leaves room for other windows.
 */
export const CHECKED_VALUES = ['12-months'] as const;
export type CheckedValue = (typeof CHECKED_VALUES)[number];

/**
 * The one public search vocabulary, used by the HTML form, its URLs and the JSON API (whose OpenAPI parameters
 * are generated from it: a field added here is documented there). Filters repeat (`care=detox&care=residential`):
 * values within a filter are OR'd, filters are AND'd together.
 */
export const searchQuerySchema = z.object({
  near: near.optional(),
  radius: z
    .enum(RADII.map(String) as [string, ...string[]], { error: `Choose a distance of ${RADII.join(', ')} miles.` })
    .default(String(DEFAULT_RADIUS))
    .transform(Number)
    .meta({ description: 'Miles, straight-line.' }),
  care: filterArray('care'),
  medication: filterArray('medication'),
  payment: filterArray('payment'),
  population: filterArray('population'),
  language: filterArray('language'),
  approach: filterArray('approach'),
  include: z
    .array(z.enum(INCLUDE_VALUES, { error: 'You can include “unconfirmed” or “custody”.' }))
    .max(INCLUDE_VALUES.length, 'Include each of “unconfirmed” and “custody” once.')
    .transform((v) => [...new Set(v)])
    .default([])
    .meta({
      description:
        '`unconfirmed` adds facilities seen only in the 2015/2017 directories; `custody` adds treatment inside jails, prisons and detention centers (only for people held there; `serves_only` says so).',
    }),
  checked: z.enum(CHECKED_VALUES, { error: 'To see only places our team checked, use checked=12-months.' }).optional().meta({
    description:
      '`12-months`: only places our team checked with the place itself in the last 12 months (their `last_checked` is within a year).',
  }),
  page: z.coerce
    .number({ error: 'The page must be a number.' })
    .int('The page must be a whole number.')
    .min(1, 'The page must be 1 or more.')
    .max(10_000, 'That page is too far.')
    .default(1),
  per_page: z.coerce
    .number({ error: 'per_page must be a number.' })
    .int('per_page must be a whole number.')
    .min(1, 'per_page must be at least 1.')
    .max(MAX_PER_PAGE, `per_page can be at most ${MAX_PER_PAGE}.`)
    .default(HTML_PAGE_SIZE),
});

export type SearchQuery = z.output<typeof searchQuerySchema>;

/**
 * A search from a place with the schema's defaults for everything not given (no filters, 25 miles, page 1), for
 * code that searches without a request: the CLI, a closed place's alternatives, tests and benchmarks. Each call
 * makes fresh arrays, so a caller may change its own.
 */
export function searchFrom(near: string, more: Partial<SearchQuery> = {}): SearchQuery & { near: string } {
  return { ...searchQuerySchema.parse({}), ...more, near };
}

/** The same vocabulary where a place is required (the JSON API): no `near`, no search. */
export const placeSearchQuerySchema = searchQuerySchema.extend({ near });
export type Filters = Pick<SearchQuery, FilterGroup>;

const SINGLE = ['near', 'radius', 'checked', 'page', 'per_page'] as const;
const MULTI = [...FILTER_GROUPS, 'include'] as const;

export type ParsedQuery =
  | { ok: true; query: SearchQuery }
  | { ok: false; fields: Record<string, string>; raw: Record<string, string | string[]> };

/**
 * Reads a query string into a SearchQuery. Repeated single-value parameters take their first value; unknown
 * parameters are ignored (so a shared link with extra tracking junk still works). Problems come back per field.
 */
export function parseSearchQuery(params: URLSearchParams, schema: z.ZodType<SearchQuery> = searchQuerySchema): ParsedQuery {
  const raw = rawQuery(params);
  const plain =
    schema === searchQuerySchema || schema === placeSearchQuerySchema
      ? plainSearchQuery(raw, schema === placeSearchQuerySchema)
      : undefined;
  if (plain !== undefined) return { ok: true, query: plain };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'query');
    fields[field] ??= issue.message;
  }
  return { ok: false, fields, raw };
}

/** The parameters the search schema reads: single ones by their first value, lists whole; empty ones left out. */
export function rawQuery(params: URLSearchParams): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of SINGLE) {
    const value = params.get(key);
    if (value !== null && value !== '') raw[key] = value;
  }
  for (const key of MULTI) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 0) raw[key] = values;
  }
  return raw;
}

/** Per list parameter: each value and older name it accepts -> today's value, and how many values it has. */
const LIST_VALUES = new Map<string, { known: Map<string, string>; max: number }>([
  ...FILTER_GROUPS.map((group) => {
    const values = conceptValues(group);
    const known = new Map([...values.map((v) => [v, v] as const), ...conceptAliases(group)]);
    return [group, { known, max: values.length }] as const;
  }),
  ['include', { known: new Map(INCLUDE_VALUES.map((v) => [v, v])), max: INCLUDE_VALUES.length }],
]);
const RADIUS_TEXT = new Set(RADII.map(String));
/** 1 to 10,000 written plainly: what `z.coerce.number().int().min(1)` accepts that a link or form sends. */
const WHOLE = /^[1-9]\d{0,4}$/;

/**
 * What the schema makes of a query string that is plainly valid, without zod (whose check was a tenth of an
 * API search's time): every value known, numbers written plainly and in range. Anything else, right or
 * wrong, is left to the schema (undefined), so every message for bad input is the schema's own. A test
 * compares the two over thousands of query strings. `nearRequired`: as placeSearchQuerySchema (the API).
 */
export function plainSearchQuery(raw: Record<string, string | string[]>, nearRequired: boolean): SearchQuery | undefined {
  const near = typeof raw.near === 'string' ? raw.near.trim() : undefined;
  if (near === '' || (near !== undefined && near.length > 100) || (nearRequired && near === undefined)) return undefined;
  const radius = raw.radius ?? String(DEFAULT_RADIUS);
  if (typeof radius !== 'string' || !RADIUS_TEXT.has(radius)) return undefined;
  // `checked` is rare: the schema reads it.
  if (raw.checked !== undefined) return undefined;
  const page = raw.page ?? '1';
  const perPage = raw.per_page ?? String(HTML_PAGE_SIZE);
  if (typeof page !== 'string' || typeof perPage !== 'string' || !WHOLE.test(page) || !WHOLE.test(perPage)) return undefined;
  if (Number(page) > 10_000 || Number(perPage) > MAX_PER_PAGE) return undefined;
  const care = plainList(raw, 'care');
  const medication = plainList(raw, 'medication');
  const payment = plainList(raw, 'payment');
  const population = plainList(raw, 'population');
  const language = plainList(raw, 'language');
  const approach = plainList(raw, 'approach');
  const include = plainList(raw, 'include') as SearchQuery['include'] | undefined;
  if (!care || !medication || !payment || !population || !language || !approach || !include) return undefined;
  // In the schema's order of fields, as it writes them.
  const rest = { care, medication, payment, population, language, approach, include };
  return near === undefined
    ? { radius: Number(radius), ...rest, page: Number(page), per_page: Number(perPage) }
    : { near, radius: Number(radius), ...rest, page: Number(page), per_page: Number(perPage) };
}

/** A list parameter's values as the schema makes them (older names renamed, each once), or undefined. */
function plainList(raw: Record<string, string | string[]>, key: (typeof MULTI)[number]): string[] | undefined {
  const given = raw[key];
  if (given === undefined) return [];
  const { known, max } = LIST_VALUES.get(key) as { known: Map<string, string>; max: number };
  if (!Array.isArray(given) || given.length > max) return undefined;
  const values: string[] = [];
  for (const v of given) {
    const value = known.get(v);
    if (value === undefined) return undefined;
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

/** The query string for a search, in a stable order, for links (pagination, "widen the radius"). */
export function searchUrl(
  path: string,
  q: Partial<SearchQuery> & { near?: string | undefined },
  overrides: Partial<SearchQuery> = {},
): string {
  const merged = { ...q, ...overrides };
  const params = new URLSearchParams();
  if (merged.near) params.set('near', merged.near);
  if (merged.radius && merged.radius !== DEFAULT_RADIUS) params.set('radius', String(merged.radius));
  for (const group of FILTER_GROUPS) for (const v of merged[group] ?? []) params.append(group, v);
  for (const v of merged.include ?? []) params.append('include', v);
  if (merged.checked) params.set('checked', merged.checked);
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  if (merged.per_page && merged.per_page !== HTML_PAGE_SIZE) params.set('per_page', String(merged.per_page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
