import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { notFound } from '../../lib/errors.ts';
import { safeJson } from '../../lib/json.ts';
import { type ApiRoute, honoPath } from '../../lib/openapi.ts';
import { parseQuery } from '../../lib/query.ts';
import { paths } from '../../ui/paths.ts';
import { HSDS_LIST_KINDS, HSDS_LISTS, HSDS_TAXONOMIES, HSDS_TERMS, hsdsAbout, listQuery, recordQuery } from './hsds.contract.ts';
import { pageOf } from './hsds.service.ts';
import { HsdsDocsPage } from './hsds-docs.view.tsx';

const BAD_PAGING = 'Some paging parameters are not valid.';

/**
 * The directory in Open Referral HSDS 3.0, as the HSDS API reference lays it out: paged lists of services,
 * organizations and service_at_locations (each record fully nested), single records by id, the one taxonomy
 * and its terms. Every API route is declared in
 * hsds.contract.ts, which the OpenAPI document is made from.
 */
/**
 * The page on how our data maps to HSDS, /open-data/hsds (and /es/open-data/hsds): a page, so the app mounts it
 * with the other pages in each language. Its body is not translated yet (a technical page for developers).
 */
export function hsdsDocsRoutes(deps: Pick<Deps, 'config'>) {
  const app = new Hono();
  app.get(paths.openData.hsdsDocs(), (c) => {
    cacheFor(c, 'page');
    return c.render(<HsdsDocsPage publicUrl={deps.config.publicUrl} />);
  });
  return app;
}

export function openDataRoutes(deps: Pick<Deps, 'hsds' | 'config'>) {
  const app = new Hono();
  const path = (route: ApiRoute) => honoPath(route);

  app.get(path(hsdsAbout), (c) => {
    cacheFor(c, 'data');
    return safeJson(c, {
      version: '3.0',
      profile: `${deps.config.publicUrl}${paths.openData.hsdsDocs()}`,
      openapi_url: `${deps.config.publicUrl}${paths.api.openApi()}`,
    });
  });

  for (const kind of HSDS_LIST_KINDS) {
    const { list, record } = HSDS_LISTS[kind];
    app.get(path(list), async (c) => {
      const q = parseQuery(c.req.url, listQuery, BAD_PAGING);
      cacheFor(c, 'data');
      return safeJson(c, await deps.hsds.list(kind, q.page, q.per_page, { fullService: q.full_service === 'true' }));
    });
    app.get(path(record), async (c) => {
      const q = parseQuery(c.req.url, recordQuery, BAD_PAGING);
      const found = await deps.hsds.get(kind, c.req.param('id') ?? '', { fullService: q.full_service === 'true' });
      if (!found) throw notFound(kind.replace(/s$/, '').replaceAll('_', ' '));
      cacheFor(c, 'data');
      return safeJson(c, found);
    });
  }

  app.get(path(HSDS_TAXONOMIES.list), async (c) => {
    const q = parseQuery(c.req.url, listQuery, BAD_PAGING);
    const all = await deps.hsds.taxonomies();
    cacheFor(c, 'data');
    return safeJson(c, pageOf(all.slice((q.page - 1) * q.per_page, q.page * q.per_page), all.length, q.page, q.per_page));
  });
  app.get(path(HSDS_TAXONOMIES.record), async (c) => {
    const found = await deps.hsds.taxonomy(c.req.param('id') ?? '');
    if (!found) throw notFound('taxonomy');
    cacheFor(c, 'data');
    return safeJson(c, found);
  });
  app.get(path(HSDS_TERMS.list), async (c) => {
    const q = parseQuery(c.req.url, listQuery, BAD_PAGING);
    cacheFor(c, 'data');
    return safeJson(c, await deps.hsds.terms(q.page, q.per_page));
  });
  app.get(path(HSDS_TERMS.record), async (c) => {
    const found = await deps.hsds.term(c.req.param('id') ?? '');
    if (!found) throw notFound('taxonomy term');
    cacheFor(c, 'data');
    return safeJson(c, found);
  });

  return app;
}
