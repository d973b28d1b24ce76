import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';

/** The self-check questionnaire, /crisis and "How the self-check works". (To be built: issue 5.) */
export function selfCheckRoutes(_deps: Deps) {
  return new Hono();
}
