import type { AppDb } from '../../db/app-db.ts';
import type { SubscriberLanguage } from '../../db/app-schema.ts';
import { enqueueMail, hasQueuedMail } from './mail-queue.repository.ts';
import type { SignupInput } from './newsletter.schema.ts';
import {
  activateSubscriber,
  deleteSubscriber,
  findSubscriberByEmailForUpdate,
  findToken,
  insertPendingSubscriber,
  setLastNotice,
  updatePendingSignup,
} from './subscriber.repository.ts';
import { hashToken } from './tokens.ts';

/** At most one sign-up email to the same address in this time, however many times the form is sent. */
export const NOTICE_EVERY_MS = 10 * 60_000;

export type ConfirmState = 'valid' | 'expired' | 'invalid';
export type UnsubscribeState = 'valid' | 'invalid';

export interface NewsletterServiceOptions {
  appDb: AppDb;
  now?: () => Date;
  /** Called after a message is queued, so the worker sends it now rather than at its next poll. */
  onQueued?: () => void;
}

/**
 * The newsletter's rules, with no HTTP in sight.
 *
 * Sign-up never says whether an address is known: every case ends the same way for the caller, and any
 * email goes out later from the queue, so even the response time does not depend on the mail server.
 *
 * Leaving deletes the subscriber row, with its tokens and queued mail. Because we only ever write to an
 * address after its owner clicked a link we sent to it, nothing needs to be kept to honour an
 * unsubscribe: coming back means confirming again, from their own inbox.
 */
export function createNewsletterService(options: NewsletterServiceOptions) {
  const now = options.now ?? (() => new Date());

  /** Signs up `input.email`; `language` is the page's, so their emails are in it. */
  async function subscribe(input: SignupInput, language: SubscriberLanguage = 'en'): Promise<void> {
    const db = await options.appDb.ready();
    const at = now();
    // Two sign-ups for the same address at once (two instances, or two connections of one) take turns:
    // the subscriber row is locked for the transaction, and a new address is inserted by exactly one of
    // them; the other then finds it, locked, and sees the email already queued.
    const queued = await db.transaction().execute(async (trx) => {
      let existing = await findSubscriberByEmailForUpdate(trx, input.email);
      let id = existing?.id;
      if (!existing) {
        id = await insertPendingSubscriber(trx, {
          email: input.email,
          firstName: input.first_name,
          at: at.toISOString(),
          language,
        });
        if (id === undefined) {
          existing = await findSubscriberByEmailForUpdate(trx, input.email);
          id = existing?.id;
        }
      }
      // Only if it was inserted and deleted (unsubscribed) in the same instant: nothing to send to.
      if (id === undefined) return false;
      if (existing) await updatePendingSignup(trx, existing.id, { firstName: input.first_name, language });
      // Someone sending the form again and again must not be able to flood a stranger's inbox.
      const recentlyMailed = existing?.lastNoticeAt && at.getTime() - Date.parse(existing.lastNoticeAt) < NOTICE_EVERY_MS;
      if (recentlyMailed || (existing && (await hasQueuedMail(trx, id)))) return false;
      await enqueueMail(trx, {
        subscriberId: id,
        kind: existing?.status === 'active' ? 'already-subscribed' : 'confirm',
        at: at.toISOString(),
      });
      await setLastNotice(trx, id, at.toISOString());
      return true;
    });
    if (queued) options.onQueued?.();
  }

  /** Looks only: a GET of the confirm link must change nothing, because mail scanners open links too. */
  async function checkConfirmToken(token: string): Promise<ConfirmState> {
    const db = await options.appDb.ready();
    const match = await findToken(db, hashToken(token), 'confirm');
    if (!match) return 'invalid';
    if (match.status === 'active') return 'valid';
    return match.expiresAt && match.expiresAt <= now().toISOString() ? 'expired' : 'valid';
  }

  /** Activates the subscription. Confirming twice is fine: the second time just says so again. */
  async function confirm(token: string): Promise<ConfirmState> {
    const db = await options.appDb.ready();
    const state = await checkConfirmToken(token);
    if (state !== 'valid') return state;
    const match = await findToken(db, hashToken(token), 'confirm');
    if (!match) return 'invalid';
    await activateSubscriber(db, match.subscriberId, now().toISOString());
    return 'valid';
  }

  async function checkUnsubscribeToken(token: string): Promise<UnsubscribeState> {
    const db = await options.appDb.ready();
    return (await findToken(db, hashToken(token), 'unsubscribe')) ? 'valid' : 'invalid';
  }

  async function unsubscribe(token: string): Promise<UnsubscribeState> {
    const db = await options.appDb.ready();
    const match = await findToken(db, hashToken(token), 'unsubscribe');
    if (!match) return 'invalid';
    await deleteSubscriber(db, match.subscriberId);
    return 'valid';
  }

  return { subscribe, checkConfirmToken, confirm, checkUnsubscribeToken, unsubscribe };
}

export type NewsletterService = ReturnType<typeof createNewsletterService>;
