import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';

/** Newsletter sign-up, confirmation and unsubscribe. (To be built: issue 4.) */
export function newsletterRoutes(_deps: Deps) {
  return new Hono();
}
