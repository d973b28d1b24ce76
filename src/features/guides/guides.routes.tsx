import { type Context, Hono } from 'hono';
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
 * Guides: /guides, /guides/:slug, the Spanish guides at /es/guias and /es/guias/:slug, and /sitemap.xml. The guides were loaded and checked by the composition root
 * (src/deps.ts), so bad content stops the server before it listens, naming the file and field to fix.
 */
export function guidesRoutes(deps: Pick<Deps, 'config' | 'guides' | 'sponsor'>) {
  const { config, guides } = deps;
  const app = new Hono();

  const index = (lang: 'en' | 'es') => (c: Context) => {
    // Today is worked out per request: a long-running server must notice a guide falling due.
    const today = todayIso();
    cacheFor(c, 'page');
    return c.render(<GuidesIndexPage guides={guides.list(lang)} isOverdue={(g) => isOverdue(g, today)} />);
  };
  const page = (lang: 'en' | 'es') => (c: Context) => {
    const guide = guides.get(c.req.param('slug') ?? '', lang);
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
  };

  app.get('/guides', index('en'));
  app.get('/guides/:slug', page('en'));
  // Spanish guides have Spanish slugs (content/guides/es): /es/guias and /es/guias/:slug.
  app.get('/es/guias', index('es'));
  app.get('/es/guias/:slug', page('es'));

  app.get(paths.sitemap(), (c) => {
    cacheFor(c, 'page');
    return send(
      c,
      buildSitemap(config.publicUrl, [...guides.list('en'), ...guides.list('es')]),
      'application/xml; charset=utf-8',
    );
  });

  return app;
}
