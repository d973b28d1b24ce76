/**
 * The app database: the site's own small, writable store (today the newsletter and shared rate limits). Unlike the directory,
 * it holds data people gave us, so it is changed by migrations (see ./migrations) and never rebuilt.
 *
 * Times are ISO 8601 strings in UTC (`Date#toISOString`), so they sort and compare as text.
 */

import type { Generated } from 'kysely';

export type SubscriberStatus = 'pending' | 'active';
export type TokenPurpose = 'confirm' | 'unsubscribe';
export type MailKind = 'confirm' | 'already-subscribed';

export interface SubscribersTable {
  id: Generated<number>;
  /** Trimmed and lower-cased, so one mailbox is one row. */
  email: string;
  first_name: string | null;
  /** There is no "unsubscribed": leaving deletes the row (see newsletter.service.ts). */
  status: SubscriberStatus;
  created_at: string;
  confirmed_at: string | null;
  /** When we last queued an email to this address because of a sign-up; limits how often a form can mail it. */
  last_notice_at: string | null;
}

export interface NewsletterTokensTable {
  /** sha-256 (hex) of the random token; the token itself is only ever in the email we sent. */
  token_hash: string;
  subscriber_id: number;
  purpose: TokenPurpose;
  created_at: string;
  /** null: valid as long as the subscription exists (unsubscribe links must keep working). */
  expires_at: string | null;
}

export interface MailQueueTable {
  id: Generated<number>;
  subscriber_id: number;
  kind: MailKind;
  created_at: string;
  attempts: Generated<number>;
  /** Due time; while a worker is sending, a lease a few minutes ahead so no other worker takes it too. */
  next_attempt_at: string;
  /** A short error code from the last failed attempt, never the server's text (it can quote the address). */
  last_error: string | null;
}

/** One counted attempt (say, a sign-up) by one client; several instances on one database count together. */
export interface RateLimitHitsTable {
  id: Generated<number>;
  /** Which limit this counts towards, e.g. 'newsletter-signup'. */
  bucket: string;
  /** An HMAC of the client's network address with a server-side secret: never the address itself. */
  client_key: string;
  /** When this attempt stops counting; the row is deleted some time after. */
  expires_at: string;
}

export interface AppDatabase {
  subscribers: SubscribersTable;
  newsletter_tokens: NewsletterTokensTable;
  mail_queue: MailQueueTable;
  rate_limit_hits: RateLimitHitsTable;
}
