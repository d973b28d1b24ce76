import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';

/** Plain information pages: privacy, accessibility, editorial policy. (To be built: issue 4.) */
export function pagesRoutes(_deps: Deps) {
  return new Hono();
}
