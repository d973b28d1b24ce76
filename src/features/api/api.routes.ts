import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';

/** The JSON API under /api. (To be built: issue 3.) */
export function apiRoutes(_deps: Deps) {
  return new Hono();
}
