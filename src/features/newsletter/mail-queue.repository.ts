import type { Kysely } from 'kysely';
import type { AppDatabase, MailKind, SubscriberLanguage, SubscriberStatus } from '../../db/app-schema.ts';
import { claimRows } from '../../db/dialect.ts';

/** A queued message with what is needed to send it; the address is read at send time, never copied. */
export interface MailJob {
  id: number;
  kind: MailKind;
  subscriberId: number;
  email: string;
  status: SubscriberStatus;
  /** The language they signed up in: the email is written in it. */
  language: SubscriberLanguage;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
}

type Db = Kysely<AppDatabase>;

export async function enqueueMail(db: Db, values: { subscriberId: number; kind: MailKind; at: string }): Promise<void> {
  await db
    .insertInto('mail_queue')
    .values({ subscriber_id: values.subscriberId, kind: values.kind, created_at: values.at, next_attempt_at: values.at })
    .execute();
}

export async function hasQueuedMail(db: Db, subscriberId: number): Promise<boolean> {
  const row = await db.selectFrom('mail_queue').select('id').where('subscriber_id', '=', subscriberId).executeTakeFirst();
  return row !== undefined;
}

/**
 * Takes up to `limit` due messages for this worker, however many workers share the queue (several instances,
 * or an old and a new process during a restart): each message is claimed by exactly one of them (see
 * claimRows). Claiming moves its due time to `leaseUntil`, only if it still has the due time we read, so a
 * worker that dies mid-send leaves the message to be retried by anyone once the lease ends.
 */
export async function claimDueMail(db: Db, now: string, leaseUntil: string, limit: number): Promise<MailJob[]> {
  const rows = await claimRows(db, {
    select: (d) =>
      d
        .selectFrom('mail_queue')
        .innerJoin('subscribers', 'subscribers.id', 'mail_queue.subscriber_id')
        .select([
          'mail_queue.id',
          'mail_queue.kind',
          'mail_queue.subscriber_id',
          'mail_queue.created_at',
          'mail_queue.attempts',
          'mail_queue.next_attempt_at',
          'subscribers.email',
          'subscribers.status',
          'subscribers.language',
        ])
        .where('mail_queue.next_attempt_at', '<=', now)
        .orderBy('mail_queue.next_attempt_at')
        .orderBy('mail_queue.id')
        .limit(limit),
    lockTable: 'mail_queue',
    claim: async (d, row) => {
      const result = await d
        .updateTable('mail_queue')
        .set({ next_attempt_at: leaseUntil })
        .where('id', '=', row.id)
        .where('next_attempt_at', '=', row.next_attempt_at)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    subscriberId: row.subscriber_id,
    email: row.email,
    status: row.status,
    language: row.language,
    createdAt: row.created_at,
    attempts: row.attempts,
    nextAttemptAt: leaseUntil,
  }));
}

/** Sent or given up: either way the row goes, so the queue only ever holds what is still to send. */
export async function removeMail(db: Db, id: number): Promise<void> {
  await db.deleteFrom('mail_queue').where('id', '=', id).execute();
}

export async function rescheduleMail(
  db: Db,
  id: number,
  values: { attempts: number; nextAttemptAt: string; error: string },
): Promise<void> {
  await db
    .updateTable('mail_queue')
    .set({ attempts: values.attempts, next_attempt_at: values.nextAttemptAt, last_error: values.error })
    .where('id', '=', id)
    .execute();
}
