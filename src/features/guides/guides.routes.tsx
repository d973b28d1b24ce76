import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { notFound } from '../../lib/errors.ts';
import { send } from '../../lib/send.ts';
import { paths } from '../../ui/paths.ts';
import { guideJsonLd } from './guide.jsonld.ts';
import { GuidePage } from './guide.view.tsx';
import { expiredFacts, isOverdue, todayIso } from './guides.service.ts';
import { GuidesIndexPage } from './guides-index.view.tsx';
import { buildSitemap } from './sitemap.ts';

/**
 * Guides: /guides, /guides/:slug and /sitemap.xml. The guides were loaded and checked by the composition root
 * (src/deps.ts), so bad content stops the server before it listens, naming the file and field to fix.
 */
export function guidesRoutes(deps: Pick<Deps, 'config' | 'guides' | 'sponsor'>) {
  const { config, guides } = deps;
  const app = new Hono();

  app.get(paths.guides(), (c) => {
    // Today is worked out per request: a long-running server must notice a guide falling due.
    const today = todayIso();
    cacheFor(c, 'page');
    return c.render(<GuidesIndexPage guides={guides.list()} isOverdue={(g) => isOverdue(g, today)} />);
  });

  app.get('/guides/:slug', (c) => {
    const guide = guides.get(c.req.param('slug'));
    if (!guide) throw notFound('guide');
    cacheFor(c, 'page');
    const today = todayIso();
    return c.render(
      <GuidePage
        guide={guide}
        related={guides.related(guide)}
        overdue={isOverdue(guide, today)}
        expired={expiredFacts(guide, today)}
        jsonLd={guideJsonLd(guide, config.publicUrl)}
        sponsor={deps.sponsor}
      />,
    );
  });

  app.get(paths.sitemap(), (c) => {
    cacheFor(c, 'page');
    return send(c, buildSitemap(config.publicUrl, guides.list()), 'application/xml; charset=utf-8');
  });

  return app;
}
