import { createHash, randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * A sliding-window limit kept in memory only: a restart forgets it, and nothing about a visitor is ever
 * written down. Keys are opaque strings (see clientKey), never addresses.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly options: { limit: number; windowMs: number; now?: () => number; maxKeys?: number }) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.hits.delete(key);
    else this.hits.set(key, list);
    return list;
  }

  /** Would one more attempt go over the limit? Looking does not count as an attempt. */
  isLimited(key: string): boolean {
    return this.recent(key).length >= this.options.limit;
  }

  /** Seconds until the oldest attempt in the window drops out (for Retry-After). */
  retryAfterSeconds(key: string): number {
    const oldest = this.recent(key)[0];
    if (oldest === undefined) return 0;
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - this.now()) / 1000));
  }

  hit(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    // Delete and re-add, so the Map's order is least-recently-used first and the cap drops the stalest key.
    this.hits.delete(key);
    this.hits.set(key, list);
    const maxKeys = this.options.maxKeys ?? 10_000;
    while (this.hits.size > maxKeys) {
      const stalest = this.hits.keys().next().value;
      if (stalest === undefined) break;
      this.hits.delete(stalest);
    }
  }
}

/** Used when the connecting address is unknown (as under `app.request()` in tests): everyone shares one bucket. */
export const UNKNOWN_CLIENT = 'unknown-client';

/**
 * An opaque key for "this client": a salted hash of the connecting address. The salt is random per
 * process and kept in memory, so the key cannot be turned back into an address, not even by us.
 *
 * Behind a reverse proxy every request comes from the proxy; with `trustProxy` the right-most
 * X-Forwarded-For entry (the one our own proxy added) is used instead. Only turn it on behind a proxy
 * that sets that header, or anyone could pick their own key.
 */
export function clientKey(c: Context, salt: Buffer, trustProxy = false): string {
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
  return createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22);
}

export const newSalt = (): Buffer => randomBytes(32);
