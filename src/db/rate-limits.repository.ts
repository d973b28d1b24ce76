import type { Kysely } from 'kysely';
import type { AppDatabase } from './app-schema.ts';

/**
 * The rate-limit counts every instance shares (see migrations/0002_rate_limits.ts). Shared by any feature
 * that limits how often a client may do something, so it lives here rather than in one feature.
 */
type Db = Kysely<AppDatabase>;

/** The attempts still counting at `now`: how many, and when the oldest of them stops counting. */
export async function countHits(
  db: Db,
  bucket: string,
  clientKey: string,
  now: string,
): Promise<{ count: number; firstExpiry: string | undefined }> {
  const row = await db
    .selectFrom('rate_limit_hits')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.min('expires_at').as('first_expiry')])
    .where('bucket', '=', bucket)
    .where('client_key', '=', clientKey)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  // PostgreSQL's count() is a bigint, which pg hands over as a string.
  return { count: Number(row.count), firstExpiry: row.first_expiry ?? undefined };
}

export async function insertHit(db: Db, values: { bucket: string; clientKey: string; expiresAt: string }): Promise<void> {
  await db
    .insertInto('rate_limit_hits')
    .values({ bucket: values.bucket, client_key: values.clientKey, expires_at: values.expiresAt })
    .execute();
}

/** Deletes every attempt (of any bucket) that no longer counts. Returns how many went. */
export async function deleteExpiredHits(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('rate_limit_hits').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
