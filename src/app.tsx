import { Hono } from 'hono';
import { RequestContext } from 'hono/jsx-renderer';
import type { Deps } from './deps.ts';
import { errorHandler, notFoundHandler } from './error-pages.tsx';
import { apiRoutes } from './features/api/api.routes.tsx';
import { apiDocsRoutes } from './features/api/api-docs.routes.tsx';
import { editorRoutes } from './features/editor/editor.routes.tsx';
import { guidesRoutes } from './features/guides/guides.routes.tsx';
import { locatorRoutes } from './features/locator/locator.routes.tsx';
import { newsletterRoutes } from './features/newsletter/newsletter.routes.tsx';
import { hsdsDocsRoutes, openDataRoutes } from './features/open-data/open-data.routes.tsx';
import { pagesRoutes } from './features/pages/pages.routes.tsx';
import { reportsRoutes } from './features/reports/reports.routes.tsx';
import { selfCheckRoutes } from './features/self-check/self-check.routes.tsx';
import { siteRoutes } from './features/site/site.routes.tsx';
import { noStoreByDefault } from './lib/cache-control.ts';
import { requestLog } from './lib/request-log.ts';
import { securityHeaders } from './lib/security.ts';
import { HTML, type SendEnv, send } from './lib/send.ts';
import { assetRoutes } from './ui/asset.routes.ts';
import type { Assets } from './ui/assets.ts';
import { localeOfPath } from './ui/locale.ts';
import { runInLocale } from './ui/locale-context.ts';
import { fillPageCss, pageCssWritten } from './ui/page-css.ts';

export type AppEnv = {
  Variables: { publicUrl: string; assets: Assets; secureHeadersNonce?: string } & SendEnv['Variables'];
};

/** The app as a list: middleware first, then one route group per feature, then the error pages. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  app.use(noStoreByDefault());
  // The page's language comes from its path only (/es/… is Spanish): everything below reads it.
  app.use((c, next) => runInLocale(localeOfPath(c.req.path), next));
  app.use(async (c, next) => {
    c.set('publicUrl', deps.config.publicUrl);
    c.set('compressPages', deps.config.compressPages);
    c.set('assets', deps.assets);
    // Pages render to one primitive string, sent (and compressed) by send(): see src/lib/send.ts. (A results page
    // is written as bytes by its route instead, see resultsPageBytes in src/features/locator/results.view.tsx.)
    c.setRenderer(async (content) => {
      const page = <RequestContext.Provider value={c}>{content}</RequestContext.Provider>;
      const html = `<!DOCTYPE html>${await page.toString()}`;
      // A page whose layout chose its CSS (a results page) has no slot to fill: it is sent as it is.
      if (pageCssWritten.has(c)) return send(c, html, HTML);
      return send(c, fillPageCss(html, c.get('secureHeadersNonce'), deps.assets.pageCss), HTML);
    });
    await next();
  });
  app.route('/assets', assetRoutes(deps));
  app.route('/api', apiRoutes(deps));
  app.route('/', openDataRoutes(deps));
  app.route('/', guidesRoutes(deps));
  // Every page, in English at its path and in Spanish under /es: the same routes, one table. (Guides have
  // Spanish slugs, so the guides feature serves /es/guias itself.)
  for (const pages of [
    siteRoutes(deps),
    locatorRoutes(deps),
    apiDocsRoutes(deps),
    hsdsDocsRoutes(deps),
    pagesRoutes(deps),
    selfCheckRoutes(deps),
    newsletterRoutes(deps),
    reportsRoutes(deps),
  ]) {
    app.route('/', pages);
    app.route('/es', pages);
  }
  // English only: the editors' pages (staff).
  app.route('/', editorRoutes(deps));
  app.notFound(notFoundHandler);
  app.onError(errorHandler(deps));
  return app;
}

export type App = ReturnType<typeof createApp>;
