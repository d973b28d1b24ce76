import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { madeBySend } from './send.ts';

/**
 * Headers that keep every page to our own host. The Content-Security-Policy allows scripts only with this
 * response's nonce, styles from 'self' or with the nonce (each page's inline first-screen styles, see
 * src/ui/site-css.ts; never 'unsafe-inline'), and everything else only from 'self', so even a mistake in a template cannot load a
 * tracker or send a search to another site. No referrer ever leaves, and nothing is framed.
 *
 * The same headers hono/secure-headers wrote for our options, written out once: its middleware built them and
 * set them one by one on a web `Headers` object for every response (a tenth of an API request's time). Pages
 * and JSON made by send() (./send.ts) carry them in the plain header object the Node adapter writes directly;
 * anything else (redirects, static files, a body a route made itself) gets them here after `next()`.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  // "Use my location" needs geolocation on our own pages; nothing else is wanted.
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
});

/** The Content-Security-Policy for a response whose inline scripts and styles carry `nonce`. */
export const contentSecurityPolicy = (nonce: string): string =>
  `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const NONCE_BYTES = 16;
const POOL_NONCES = 256;
let pool = Buffer.alloc(0);
let used = 0;

/**
 * 128 random bits, base64, for one response. The bytes come from the system's secure random source in one
 * read per 256 responses (one read each cost 2% of a request), and each slice is used once.
 */
export function newNonce(): string {
  if (used + NONCE_BYTES > pool.length) {
    pool = randomBytes(NONCE_BYTES * POOL_NONCES);
    used = 0;
  }
  const nonce = pool.toString('base64', used, used + NONCE_BYTES);
  used += NONCE_BYTES;
  return nonce;
}

/** Gives each response its nonce (`secureHeadersNonce`, read by the layout) and the headers above. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const nonce = newNonce();
    c.set('secureHeadersNonce', nonce);
    await next();
    if (madeBySend(c.res)) return;
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
  };
}
