import type { AppDb } from './app-db.ts';
import { countHits, deleteExpiredHits, insertHit } from './rate-limits.repository.ts';

/** How often one limiter sweeps attempts that stopped counting out of the table. */
const SWEEP_EVERY_MS = 60_000;

/**
 * A sliding-window limit kept in the app database, so every instance on one database counts together and
 * a restart does not reset it. Each attempt is a row that stops counting `windowMs` after it was made;
 * rows that stopped counting are deleted at most a minute later (by whichever instance sees a new attempt).
 * Keys are opaque strings (see src/lib/client-key.ts), never addresses. Shared by every form that limits how
 * often a client may send it (newsletter sign-ups, reports about a listing, editor sign-ins).
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
