import type { Context } from 'hono';
import { Hono } from 'hono';
import { correctionHistory } from '../../db/corrections.repository.ts';
import { directoryInfo } from '../../db/directory-info.repository.ts';
import type { Deps } from '../../deps.ts';
import { CONCEPT_LABELS_ES } from '../../domain/concepts.es.ts';
import { CONCEPTS, conceptKey } from '../../domain/concepts.ts';
import { LEGEND_LABELS_ES } from '../../domain/legend.es.ts';
import { NEAR_HINT, parseSearchQuery } from '../../domain/search-query.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { safeJson, safeJsonText } from '../../lib/json.ts';
import { honoPath } from '../../lib/openapi.ts';
import { parseQuery, searchParamsOf } from '../../lib/query.ts';
import { madeBySend, send } from '../../lib/send.ts';
import { paths } from '../../ui/paths.ts';
import {
  describeDirectory,
  facilityParams,
  getFacility,
  listCorrections,
  listCorrectionsCsv,
  listServices,
  searchFacilities,
  searchFacilitiesCsv,
  searchFacilitiesGeoJson,
  servicesQuerySchema,
} from './api.contract.ts';
import type { ApiCorrection } from './api.schemas.ts';
import { toApiCorrection } from './corrections.mapper.ts';
import { correctionsCsv, facilitiesCsv } from './csv.ts';
import { apiFacilityJsonHeads, toApiFacility } from './facility.mapper.ts';
import { searchFacilityObjects, searchJsonBytes, searchMeta } from './search-json.ts';

type ApiDeps = Pick<Deps, 'directory' | 'locator' | 'config' | 'openApi' | 'appDb' | 'corrections'>;
type SearchResult = Awaited<ReturnType<ApiDeps['locator']['search']>>;

/** Every correction our team made, as open data, with the facility ids of today. */
async function corrections(deps: ApiDeps) {
  const [rows, set] = await Promise.all([deps.appDb.ready().then(correctionHistory), deps.corrections.current()]);
  const list = rows
    .map((r) => toApiCorrection(r, set.resolve, deps.config.publicUrl))
    .filter((c): c is ApiCorrection => c !== undefined);
  return { total: list.length, checked_facilities: set.byFacility.size, corrections: list };
}

/**
 * Parses (with the schema the route declares) and runs a search from the query string, for all three formats:
 * at once, without a promise, when the directory is in memory (see LocatorService.searchNow).
 */
function runSearch(c: Context, deps: ApiDeps): SearchResult | Promise<SearchResult> {
  const parsed = parseSearchQuery(searchParamsOf(c.req.url), searchFacilities.query);
  if (!parsed.ok) {
    const { near: _, ...others } = parsed.fields;
    // No place at all is its own error (unless something else is wrong too); a wrong place is an invalid parameter.
    if (parsed.raw.near !== undefined)
      throw new AppError(400, 'invalid_query', 'Some search parameters are not valid.', parsed.fields);
    if (Object.keys(others).length > 0) throw new AppError(400, 'invalid_query', 'Some search parameters are not valid.', others);
    throw new AppError(400, 'missing_near', 'Say where to search with near=.', { near: NEAR_HINT });
  }
  const { query } = parsed;
  return deps.locator.searchNow({ ...query, near: query.near as string });
}

/**
 * The open JSON API: the same searches as the site, in JSON, GeoJSON and CSV, plus single facilities, the code
 * legend, what the directory holds, and an OpenAPI 3.1 description. No key; queries are never logged or stored.
 * Every route is declared in api.contract.ts (its path, parameters and responses), which the OpenAPI document
 * (made by the composition root, with the open-data routes) is generated from. Mounted at /api.
 */
export function apiRoutes(deps: ApiDeps) {
  const app = new Hono();
  const path = (route: Parameters<typeof honoPath>[0]) => honoPath(route, paths.api.docs());
  // A server that fills its row cache (npm start) builds every facility's JSON with it, not during searches.
  const publicUrl = deps.config.publicUrl;
  void deps.locator.prepareEach(`api json ${publicUrl}`, apiFacilityJsonHeads(publicUrl));

  // Searches are never cached (the default): their URLs hold a place.
  // Without a promise of its own when the search needs none: each costs (the locale's async hooks see them).
  // Made before the middleware below, so that the middleware, and the promises of one more step, are not run
  // for it (the API's busiest route): it says itself that any site may read it, and every response it gives,
  // its errors too (the app's onError), is made by send(), which then writes the CORS header.
  const searchJson = (c: Context, result: SearchResult) =>
    send(c, searchJsonBytes(result, deps.config.publicUrl), 'application/json; charset=utf-8', 200, { own: {} });
  app.get(path(searchFacilities), (c): Response | Promise<Response> => {
    c.set('openToAll', true);
    const searched = runSearch(c, deps);
    return searched instanceof Promise ? searched.then((result) => searchJson(c, result)) : searchJson(c, searched);
  });

  app.use('/v1/*', async (c, next) => {
    // Open data: any site may read it. There are no cookies or credentials to protect. send() writes the
    // header with the others; any other response gets it on its finished headers (c.header() after next()
    // would make the Node adapter rebuild the response).
    c.set('openToAll', true);
    await next();
    if (!madeBySend(c.res)) c.res.headers.set('Access-Control-Allow-Origin', '*');
  });

  app.get(path({ path: paths.api.openApi() }), (c) => {
    cacheFor(c, 'data');
    return safeJson(c, deps.openApi);
  });

  app.get(path(searchFacilitiesGeoJson), async (c) => {
    const result = await runSearch(c, deps);
    const facilities = searchFacilityObjects(result.results, deps.config.publicUrl);
    const body = {
      type: 'FeatureCollection',
      ...searchMeta(result),
      features: facilities.map(({ latitude, longitude, ...properties }) => ({
        type: 'Feature',
        id: properties.id,
        geometry: latitude !== null && longitude !== null ? { type: 'Point', coordinates: [longitude, latitude] } : null,
        properties,
      })),
    };
    return send(c, safeJsonText(body), 'application/geo+json; charset=utf-8', 200, { own: {} });
  });

  app.get(path(searchFacilitiesCsv), async (c) => {
    const facilities = searchFacilityObjects((await runSearch(c, deps)).results, deps.config.publicUrl);
    const own = { 'Content-Disposition': 'attachment; filename="open-treatment-facilities.csv"' };
    return send(c, facilitiesCsv(facilities), 'text/csv; charset=utf-8', 200, { own });
  });

  app.get(path(getFacility), async (c) => {
    const id = facilityParams.safeParse(c.req.param());
    const found = id.success ? await deps.locator.facility(id.data.id) : undefined;
    if (!found) {
      // An id a later import changed: 301 to the id the facility has now.
      const now = id.success ? (await deps.corrections.current()).resolve(id.data.id) : undefined;
      if (id.success && now !== undefined && now !== id.data.id) return c.redirect(paths.api.v1(`facilities/${now}`), 301);
      throw notFound('facility');
    }
    cacheFor(c, 'data');
    return safeJson(c, toApiFacility(found, deps.config.publicUrl));
  });

  // What our team checked and corrected: never cached, so a new correction is there at once.
  app.get(path(listCorrections), async (c) => safeJson(c, await corrections(deps)));

  app.get(path(listCorrectionsCsv), async (c) => {
    c.header('Content-Disposition', 'attachment; filename="open-treatment-corrections.csv"');
    return send(c, correctionsCsv((await corrections(deps)).corrections), 'text/csv; charset=utf-8');
  });

  app.get(path(listServices), async (c) => {
    const { lang } = parseQuery(c.req.url, servicesQuerySchema, 'Some parameters are not valid.');
    const legend = await deps.locator.legend();
    const es = lang === 'es';
    cacheFor(c, 'data');
    return safeJson(c, {
      legend: [...legend.values()].map((e) => ({
        code: e.code,
        category: e.category,
        label: e.label,
        plain_label: (es ? LEGEND_LABELS_ES[e.code] : undefined) ?? e.plainLabel,
      })),
      concepts: CONCEPTS.map((x) => {
        const words = (es ? CONCEPT_LABELS_ES[conceptKey(x)] : undefined) ?? x;
        return { group: x.group, value: x.value, label: words.label, hint: words.hint, codes: [...x.codes] };
      }),
    });
  });

  app.get(path(describeDirectory), async (c) => {
    const info = await directoryInfo(deps.directory.snapshot());
    cacheFor(c, 'data');
    return safeJson(c, {
      facilities: {
        total: info.facilities.total,
        confirmed: info.facilities.confirmed,
        unconfirmed: info.facilities.unconfirmed,
        with_phone: info.facilities.withPhone,
        with_services: info.facilities.withServices,
      },
      sources: info.sources,
      built_at: info.builtAt,
    });
  });

  return app;
}
