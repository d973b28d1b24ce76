import type { Context, MiddlewareHandler } from 'hono';
import { madeBySend } from './send.ts';

/**
 * Nothing is cached unless a route says so. A URL on this site can hold a ZIP code, a filter that says
 * "pregnant", or a facility someone looked at, so the safe default is `no-store` everywhere, set in this one
 * place; pages and files that hold nothing about the visitor opt in with `cacheFor`.
 *
 * A page or JSON made by send() carries its Cache-Control in the plain header object the Node adapter writes
 * directly (see ./send.ts); any other response gets it here, on the finished response's own headers (never
 * with `c.header()` after `next()`, which would make the adapter rebuild the whole response).
 */
export function noStoreByDefault(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (madeBySend(c.res)) return;
    const headers = c.res.headers;
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', cacheControlOf(c));
  };
}

/** How long each kind of cacheable response may be kept. */
export const CACHE_POLICIES = {
  /** Guides and information pages: the same for everyone, changed by a deploy or a rebuild. */
  page: 'public, max-age=300',
  /** Open data that changes only when the directory is rebuilt (the code legend, the OpenAPI document). */
  data: 'public, max-age=3600',
  /** A file whose URL carries its content hash. */
  immutable: 'public, max-age=31536000, immutable',
  /** A file asked for without its hash. */
  file: 'public, max-age=300',
} as const;

/** Opts this response in to caching (call before the response is made). */
export function cacheFor(c: Context, policy: keyof typeof CACHE_POLICIES): void {
  c.set('cacheControl', CACHE_POLICIES[policy]);
}

/** The Cache-Control this response gets: what the route opted in to, else `no-store`. */
export const cacheControlOf = (c: Context): string => (c.get('cacheControl') as string | undefined) ?? 'no-store';
