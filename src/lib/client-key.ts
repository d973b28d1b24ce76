import { createHmac, randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Used when the connecting address is unknown (as under `app.request()` in tests): everyone shares one bucket. */
export const UNKNOWN_CLIENT = 'unknown-client';

/**
 * An opaque key for "this client": an HMAC-SHA256 of the connecting address with a server-side secret
 * (RATE_LIMIT_SECRET, or a random one per process). The key is what the database keeps; without the
 * secret it cannot be turned back into an address, and the secret is never stored with it.
 *
 * Behind a reverse proxy every request comes from the proxy; with `trustProxy` the right-most
 * X-Forwarded-For entry (the one our own proxy added) is used instead. Only turn it on behind a proxy
 * that sets that header, or anyone could pick their own key.
 */
export function clientKey(c: Context, secret: Buffer | string, trustProxy = false): string {
  let address: string | undefined;
  if (trustProxy) {
    address = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() || undefined;
  }
  if (!address) {
    try {
      address = getConnInfo(c).remote.address;
    } catch {
      // No Node socket (app.request() in tests, or another runtime): fall back to the shared key.
    }
  }
  if (!address) return UNKNOWN_CLIENT;
  return createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22);
}

/** A secret for clientKey when none is configured: fine for one instance, not shared with any other. */
export const newSecret = (): Buffer => randomBytes(32);
