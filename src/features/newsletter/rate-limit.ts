import { createHmac, randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppDb } from '../../db/app-db.ts';
import { countHits, deleteExpiredHits, insertHit } from '../../db/rate-limits.repository.ts';

/** How often one limiter sweeps attempts that stopped counting out of the table. */
const SWEEP_EVERY_MS = 60_000;

/**
 * A sliding-window limit kept in the app database, so every instance on one database counts together and
 * a restart does not reset it. Each attempt is a row that stops counting `windowMs` after it was made;
 * rows that stopped counting are deleted at most a minute later (by whichever instance sees a new attempt).
 * Keys are opaque strings (see clientKey), never addresses.
 */
export class RateLimiter {
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: { appDb: AppDb; bucket: string; limit: number; windowMs: number; now?: () => number }) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private async count(key: string) {
    const db = await this.options.appDb.ready();
    return countHits(db, this.options.bucket, key, new Date(this.now()).toISOString());
  }

  /** Would one more attempt go over the limit? Looking does not count as an attempt. */
  async isLimited(key: string): Promise<boolean> {
    return (await this.count(key)).count >= this.options.limit;
  }

  /** Seconds until the oldest attempt in the window drops out (for Retry-After). */
  async retryAfterSeconds(key: string): Promise<number> {
    const { firstExpiry } = await this.count(key);
    if (firstExpiry === undefined) return 0;
    return Math.max(1, Math.ceil((Date.parse(firstExpiry) - this.now()) / 1000));
  }

  async hit(key: string): Promise<void> {
    const db = await this.options.appDb.ready();
    const now = this.now();
    await insertHit(db, {
      bucket: this.options.bucket,
      clientKey: key,
      expiresAt: new Date(now + this.options.windowMs).toISOString(),
    });
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      await deleteExpiredHits(db, new Date(now).toISOString());
    }
  }
}

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
