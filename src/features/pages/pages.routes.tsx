import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { paths } from '../../ui/paths.ts';
import { AccessibilityPage } from './accessibility.view.tsx';
import { EditorialPolicyPage } from './editorial-policy.view.tsx';
import { PrivacyPage } from './privacy.view.tsx';

/** Plain information pages: privacy, accessibility, editorial policy. */
export function pagesRoutes(deps: Pick<Deps, 'config' | 'sponsor'>) {
  const app = new Hono();
  // The same for everyone, so each opts in to caching.
  app.get(paths.about.privacy(), (c) => {
    cacheFor(c, 'page');
    return c.render(<PrivacyPage issuesUrl={deps.config.issuesUrl} />);
  });
  app.get(paths.about.accessibility(), (c) => {
    cacheFor(c, 'page');
    return c.render(<AccessibilityPage issuesUrl={deps.config.issuesUrl} />);
  });
  app.get(paths.about.editorialPolicy(), (c) => {
    cacheFor(c, 'page');
    return c.render(<EditorialPolicyPage sponsor={deps.sponsor} issuesUrl={deps.config.issuesUrl} />);
  });
  return app;
}
