/**
 * The app database: the site's own small, writable store (the newsletter, shared rate limits, reports about
 * listings, editors and their audit log, and the corrections laid over the directory). Unlike the directory,
 * it holds data people gave us, so it is changed by migrations (see ./migrations) and never rebuilt.
 *
 * Times are ISO 8601 strings in UTC (`Date#toISOString`), so they sort and compare as text.
 */

import type { Generated } from 'kysely';

export type SubscriberStatus = 'pending' | 'active';
export type TokenPurpose = 'confirm' | 'unsubscribe';
export type MailKind = 'confirm' | 'already-subscribed';
/** The language of the page a subscriber signed up on: their emails are in it. */
export type SubscriberLanguage = 'en' | 'es';

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
  /** The language they signed up in (migration 0005; `en` for everyone before it). */
  language: Generated<SubscriberLanguage>;
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

export interface EditorsTable {
  id: Generated<number>;
  /** Trimmed and lower-cased. */
  email: string;
  /** argon2id (PHC string); null until the editor follows their setup link. */
  password_hash: string | null;
  /** Base32 TOTP secret, once the editor has turned on a second step; null otherwise. */
  totp_secret: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totp_last_step: number | null;
  created_at: string;
  /** Failed sign-ins in a row; reset by a good one. */
  failed_logins: Generated<number>;
  locked_until: string | null;
  disabled_at: string | null;
}

export interface EditorSetupTokensTable {
  /** sha-256 (hex) of the one-time token printed by `npm run editor -- add`. */
  token_hash: string;
  editor_id: number;
  created_at: string;
  expires_at: string;
}

export interface EditorSessionsTable {
  /** sha-256 (hex) of the session token in the editor's cookie. */
  id_hash: string;
  editor_id: number;
  /** The token every form of this session must send back. */
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** Append-only (triggers refuse UPDATE and DELETE): who decided what, and when. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  editor_id: number | null;
  action: string;
  facility_id: string | null;
  report_id: number | null;
  correction_id: number | null;
  detail: string;
}

export const REPORT_KINDS = ['closed', 'phone', 'moved', 'service-missing', 'service-extra', 'serves-only', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATES = ['open', 'accepted', 'rejected', 'merged'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export interface ReportsTable {
  id: Generated<number>;
  facility_id: string;
  kind: ReportKind;
  value: string | null;
  /** Personal data: emptied 90 days after the report is closed. */
  note: string | null;
  /** Personal data: emptied 90 days after the report is closed. */
  reply_email: string | null;
  state: ReportState;
  created_at: string;
  closed_at: string | null;
  decided_by: number | null;
  decision_reason: string | null;
  merged_into: number | null;
}

export type CorrectionState = 'active' | 'superseded' | 'withdrawn';

export interface CorrectionsTable {
  id: Generated<number>;
  facility_id: string;
  slot: string;
  /** JSON: src/domain/corrections.ts correctionChangeSchema. */
  change: string;
  base: string;
  evidence: 'called' | 'website' | 'samhsa-import';
  checked_on: string;
  report_id: number | null;
  editor_id: number;
  created_at: string;
  state: CorrectionState;
  ended_at: string | null;
}

export interface CorrectionsVersionTable {
  id: number;
  version: number;
  changed_at: string;
}

export interface FacilityAliasesTable {
  old_id: string;
  new_id: string;
  created_at: string;
}

export interface AppDatabase {
  subscribers: SubscribersTable;
  newsletter_tokens: NewsletterTokensTable;
  mail_queue: MailQueueTable;
  rate_limit_hits: RateLimitHitsTable;
  editors: EditorsTable;
  editor_setup_tokens: EditorSetupTokensTable;
  editor_sessions: EditorSessionsTable;
  audit_log: AuditLogTable;
  reports: ReportsTable;
  corrections: CorrectionsTable;
  corrections_version: CorrectionsVersionTable;
  facility_aliases: FacilityAliasesTable;
}
