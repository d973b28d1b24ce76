import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { cacheFor } from '../../lib/cache-control.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { safeJson } from '../../lib/json.ts';
import { type HsdsListKind, type HsdsService, pageOf } from './hsds.service.ts';
import { HsdsDocsPage } from './hsds-docs.view.tsx';

export const HSDS_MAX_PER_PAGE = 100;

const listQuery = z.object({
  page: z.coerce
    .number({ error: 'page must be a number.' })
    .int('page must be a whole number.')
    .min(1, 'page must be 1 or more.')
    .max(100_000, 'That page is too far.')
    .default(1),
  per_page: z.coerce
    .number({ error: 'per_page must be a number.' })
    .int('per_page must be a whole number.')
    .min(1, 'per_page must be at least 1.')
    .max(HSDS_MAX_PER_PAGE, `per_page can be at most ${HSDS_MAX_PER_PAGE}.`)
    .default(25),
  full_service: z.enum(['true', 'false'], { error: 'full_service is true or false.' }).default('false'),
});

function parseList(c: Context) {
  const params = new URL(c.req.url).searchParams;
  const raw = Object.fromEntries(
    ['page', 'per_page', 'full_service'].flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])),
  );
  const parsed = listQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'query')] ??= issue.message;
  throw new AppError(400, 'invalid_query', 'Some paging parameters are not valid.', fields);
}

/**
 * The directory in Open Referral HSDS 3.0, as the HSDS API reference lays it out: paged lists of services,
 * organizations and service_at_locations (each record fully nested), single records by id, the one taxonomy
 * and its terms. Plus a page in plain words on how our data maps to HSDS.
 */
export function openDataRoutes(deps: { hsds: HsdsService; config: { publicUrl: string } }) {
  const app = new Hono();
  const base = '/api/v1/hsds';

  app.get('/open-data/hsds', (c) => {
    cacheFor(c, 'page');
    return c.render(<HsdsDocsPage publicUrl={deps.config.publicUrl} />);
  });

  app.get(base, (c) => {
    cacheFor(c, 'data');
    return safeJson(c, {
      version: '3.0',
      profile: `${deps.config.publicUrl}/open-data/hsds`,
      openapi_url: `${deps.config.publicUrl}/api/openapi.json`,
    });
  });

  for (const kind of ['services', 'organizations', 'service_at_locations'] as const satisfies HsdsListKind[]) {
    app.get(`${base}/${kind}`, async (c) => {
      const q = parseList(c);
      cacheFor(c, 'data');
      return safeJson(c, await deps.hsds.list(kind, q.page, q.per_page, { fullService: q.full_service === 'true' }));
    });
    app.get(`${base}/${kind}/:id`, async (c) => {
      const q = parseList(c);
      const record = await deps.hsds.get(kind, c.req.param('id'), { fullService: q.full_service === 'true' });
      if (!record) throw notFound(kind.replace(/s$/, '').replaceAll('_', ' '));
      cacheFor(c, 'data');
      return safeJson(c, record);
    });
  }

  app.get(`${base}/taxonomies`, async (c) => {
    const q = parseList(c);
    const all = await deps.hsds.taxonomies();
    cacheFor(c, 'data');
    return safeJson(c, pageOf(all.slice((q.page - 1) * q.per_page, q.page * q.per_page), all.length, q.page, q.per_page));
  });
  app.get(`${base}/taxonomies/:id`, async (c) => {
    const record = await deps.hsds.taxonomy(c.req.param('id'));
    if (!record) throw notFound('taxonomy');
    cacheFor(c, 'data');
    return safeJson(c, record);
  });
  app.get(`${base}/taxonomy_terms`, async (c) => {
    const q = parseList(c);
    cacheFor(c, 'data');
    return safeJson(c, await deps.hsds.terms(q.page, q.per_page));
  });
  app.get(`${base}/taxonomy_terms/:id`, async (c) => {
    const record = await deps.hsds.term(c.req.param('id'));
    if (!record) throw notFound('taxonomy term');
    cacheFor(c, 'data');
    return safeJson(c, record);
  });

  return app;
}
