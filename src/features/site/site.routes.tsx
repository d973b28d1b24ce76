import { Hono } from 'hono';
import { directoryInfo } from '../../db/directory-info.repository.ts';
import type { Deps } from '../../deps.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { paths } from '../../ui/paths.ts';
import { AboutDataPage } from './about-data.view.tsx';

export function siteRoutes(deps: Pick<Deps, 'directory' | 'config' | 'corrections'>) {
  const app = new Hono();

  /** For load balancers and people: is the site up, and how big and how old is its directory? */
  app.get('/healthz', async (c) => {
    const info = await directoryInfo(deps.directory.snapshot());
    return c.json({ status: 'ok', directory: { facilities: info.facilities.total, built_at: info.builtAt } });
  });

  app.get(paths.about.data(), async (c) => {
    const [info, corrections] = await Promise.all([directoryInfo(deps.directory.snapshot()), deps.corrections.current()]);
    cacheFor(c, 'page');
    return c.render(<AboutDataPage info={info} checkedListings={corrections.byFacility.size} />);
  });

  app.get('/robots.txt', (c) => {
    cacheFor(c, 'page');
    return c.text(`User-agent: *\nDisallow: /find?\nDisallow: /api/v1/\nSitemap: ${deps.config.publicUrl}${paths.sitemap()}\n`);
  });

  return app;
}
