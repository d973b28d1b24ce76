import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';

/** Home, /find and /facilities/:id. (To be built: issue 3.) */
export function locatorRoutes(_deps: Deps) {
  return new Hono();
}
