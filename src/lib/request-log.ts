import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from './logger.ts';

/**
 * Logs one line per request with the method, the route *pattern* (`/facilities/:id`, never the id or the
 * query string), the status and the time taken. Client addresses, query strings and bodies are never read
 * here, because a URL on this site can say what someone searched for.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const pattern = routePath(c, -1);
    const route = pattern && pattern !== '*' && pattern !== '/*' ? pattern : '(no route)';
    logger.info({ method: c.req.method, route, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
