import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';

/** Guides: /guides, /guides/:slug, /sitemap.xml. (To be built: issue 4.) */
export function guidesRoutes(_deps: Deps) {
  return new Hono();
}
