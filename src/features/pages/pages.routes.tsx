import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { InformationPage } from '../../ui/content-page.view.tsx';
import { paths } from '../../ui/paths.ts';

/** Plain information pages: privacy, accessibility, editorial policy. Their words are in content/pages. */
export function pagesRoutes(deps: Pick<Deps, 'pages'>) {
  const app = new Hono();
  for (const [slug, canonicalPath] of [
    ['privacy', paths.about.privacy()],
    ['accessibility', paths.about.accessibility()],
    ['editorial-policy', paths.about.editorialPolicy()],
  ] as const) {
    deps.pages.get(slug); // fails now, not on a visit, if the page is missing
    app.get(canonicalPath, (c) => {
      // The same for everyone, so each opts in to caching.
      cacheFor(c, 'page');
      return c.render(<InformationPage page={deps.pages.get(slug)} canonicalPath={c.req.path} />);
    });
  }
  return app;
}
