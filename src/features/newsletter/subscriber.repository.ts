import type { Kysely, Selectable } from 'kysely';
import type { AppDatabase, SubscriberLanguage, SubscriberStatus, SubscribersTable, TokenPurpose } from '../../db/app-schema.ts';
import { forUpdate } from '../../db/dialect.ts';

/** A subscriber as the rest of the feature sees it. */
export interface Subscriber {
  id: number;
  email: string;
  firstName: string | undefined;
  status: SubscriberStatus;
  createdAt: string;
  confirmedAt: string | undefined;
  lastNoticeAt: string | undefined;
  language: SubscriberLanguage;
}

export interface TokenMatch {
  subscriberId: number;
  status: SubscriberStatus;
  expiresAt: string | undefined;
}

type Db = Kysely<AppDatabase>;

function toSubscriber(row: Selectable<SubscribersTable>): Subscriber {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name ?? undefined,
    status: row.status,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at ?? undefined,
    lastNoticeAt: row.last_notice_at ?? undefined,
    language: row.language,
  };
}

/**
 * The subscriber with this address, with the row locked until the transaction ends, so that two sign-ups
 * for one address take turns deciding whether to send it an email.
 */
export async function findSubscriberByEmailForUpdate(db: Db, email: string): Promise<Subscriber | undefined> {
  const query = db.selectFrom('subscribers').selectAll().where('email', '=', email);
  const row = await forUpdate(db, query).executeTakeFirst();
  return row ? toSubscriber(row) : undefined;
}

/**
 * Adds a pending subscriber and returns its id, or undefined when the address is already there (another
 * sign-up for it, on another connection, got there first): never a unique-constraint error.
 */
export async function insertPendingSubscriber(
  db: Db,
  values: { email: string; firstName: string | undefined; at: string; language: SubscriberLanguage },
): Promise<number | undefined> {
  const row = await db
    .insertInto('subscribers')
    .values({
      email: values.email,
      first_name: values.firstName ?? null,
      status: 'pending',
      created_at: values.at,
      language: values.language,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Only a still-unconfirmed sign-up may have its name and language changed from the form (the latest sign-up
 * wins); a confirmed one is theirs.
 */
export async function updatePendingSignup(
  db: Db,
  id: number,
  values: { firstName: string | undefined; language: SubscriberLanguage },
): Promise<void> {
  await db
    .updateTable('subscribers')
    .set({ first_name: values.firstName ?? null, language: values.language })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export async function setLastNotice(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('subscribers').set({ last_notice_at: at }).where('id', '=', id).execute();
}

/** Pending -> active. Returns false if it was already active (a second click on the button). */
export async function activateSubscriber(db: Db, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('subscribers')
    .set({ status: 'active', confirmed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes the subscriber; their tokens and any queued mail go with them (ON DELETE CASCADE). */
export async function deleteSubscriber(db: Db, id: number): Promise<void> {
  await db.deleteFrom('subscribers').where('id', '=', id).execute();
}

export async function insertToken(
  db: Db,
  values: { hash: string; subscriberId: number; purpose: TokenPurpose; at: string; expiresAt: string | undefined },
): Promise<void> {
  await db
    .insertInto('newsletter_tokens')
    .values({
      token_hash: values.hash,
      subscriber_id: values.subscriberId,
      purpose: values.purpose,
      created_at: values.at,
      expires_at: values.expiresAt ?? null,
    })
    .execute();
}

export async function findToken(db: Db, hash: string, purpose: TokenPurpose): Promise<TokenMatch | undefined> {
  const row = await db
    .selectFrom('newsletter_tokens')
    .innerJoin('subscribers', 'subscribers.id', 'newsletter_tokens.subscriber_id')
    .select(['newsletter_tokens.subscriber_id', 'newsletter_tokens.expires_at', 'subscribers.status'])
    .where('newsletter_tokens.token_hash', '=', hash)
    .where('newsletter_tokens.purpose', '=', purpose)
    .executeTakeFirst();
  return row ? { subscriberId: row.subscriber_id, status: row.status, expiresAt: row.expires_at ?? undefined } : undefined;
}

export async function deleteTokens(db: Db, hashes: string[]): Promise<void> {
  if (hashes.length === 0) return;
  await db.deleteFrom('newsletter_tokens').where('token_hash', 'in', hashes).execute();
}

/**
 * Forgets what is no longer needed: confirm links that expired before `tokensExpiredBefore`, and
 * sign-ups never confirmed whose last email went out before `pendingNoticeBefore`.
 */
export async function purgeStale(
  db: Db,
  cutoffs: { tokensExpiredBefore: string; pendingNoticeBefore: string },
): Promise<{ tokens: number; subscribers: number }> {
  const tokens = await db
    .deleteFrom('newsletter_tokens')
    .where('purpose', '=', 'confirm')
    .where('expires_at', '<', cutoffs.tokensExpiredBefore)
    .executeTakeFirst();
  const subscribers = await db
    .deleteFrom('subscribers')
    .where('status', '=', 'pending')
    .where((eb) => eb.fn.coalesce('last_notice_at', 'created_at'), '<', cutoffs.pendingNoticeBefore)
    .executeTakeFirst();
  return { tokens: Number(tokens.numDeletedRows), subscribers: Number(subscribers.numDeletedRows) };
}
