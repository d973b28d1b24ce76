import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { paths } from '../../ui/paths.ts';
import { ApiDocsPage } from './api-docs.view.tsx';

/**
 * The API's documentation page, /api (and /es/api in Spanish). Apart from the JSON routes (api.routes.tsx)
 * because it is a page: the app mounts it with every other page, in each language, while the API itself
 * stays at /api/v1 in English.
 */
export function apiDocsRoutes(deps: Pick<Deps, 'config'>) {
  const app = new Hono();
  app.get(paths.api.docs(), (c) => {
    cacheFor(c, 'page');
    return c.render(<ApiDocsPage publicUrl={deps.config.publicUrl} />);
  });
  return app;
}
