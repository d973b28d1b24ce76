import { createHash } from 'node:crypto';
import type { AppDb } from '../../db/app-db.ts';
import { deleteExpiredHits } from '../../db/rate-limits.repository.ts';
import type { Logger } from '../../lib/logger.ts';
import { runInLocale } from '../../ui/locale-context.ts';
import { paths } from '../../ui/paths.ts';
import { claimDueMail, type MailJob, removeMail, rescheduleMail } from './mail-queue.repository.ts';
import { describeMailError, type Mailer } from './mailer.ts';
import { CONFIRM_HOURS, renderEmail } from './newsletter.email.ts';
import { deleteTokens, insertToken, purgeStale } from './subscriber.repository.ts';
import { newToken } from './tokens.ts';

const HOUR = 3_600_000;
/** A sign-up email still unsent after this long is dropped: whoever asked has long since moved on. */
export const GIVE_UP_AFTER_MS = 48 * HOUR;
/** Retries wait base, 2×base, 4×base… but never more than this. */
const MAX_BACKOFF_MS = HOUR;
/** How long a claimed message is reserved for the worker sending it (longer than any SMTP timeout). */
const LEASE_MS = 5 * 60_000;
const BATCH = 20;
const HOUSEKEEPING_EVERY_MS = HOUR;

export interface MailWorkerOptions {
  appDb: AppDb;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
  /** How often to look for due messages (new messages also wake the worker at once). */
  pollMs: number;
  /** The first retry delay; each later one doubles, up to an hour. */
  retryBaseMs: number;
  now?: () => Date;
}

/**
 * The Message-ID of a queued message: made from its queue row (id and the time it was queued), so every
 * attempt at it carries the same one. If a send reached the mail server but the worker stopped before it
 * could remove the row, the retry is then the same message to the receiving side, not a second one. Hashed,
 * so it says nothing about how many messages we send; the host is the site's own.
 */
export function messageIdFor(job: Pick<MailJob, 'id' | 'createdAt'>, publicUrl: string): string {
  const hash = createHash('sha256').update(`open-treatment mail_queue ${job.id} ${job.createdAt}`).digest('hex');
  return `<${hash.slice(0, 32)}@${new URL(publicUrl).hostname}>`;
}

export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), Math.max(MAX_BACKOFF_MS, baseMs));
}

/**
 * Sends what the queue holds. The queue is a table in the app database, so a message waits out a mail
 * server that is down, and survives a restart: the next worker to start picks it up. Any number of
 * workers (one per instance) can share the queue: each message is claimed by one of them (claimDueMail).
 *
 * Links are made here, at send time, not when the message is queued: the database then never holds a
 * token that would work, only hashes, and a confirm link's 48 hours start when the email actually leaves.
 * Logs say which queued message and what kind of error, never to whom.
 */
export function startMailWorker(options: MailWorkerOptions) {
  const now = options.now ?? (() => new Date());
  const log = options.logger;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let turn: Promise<unknown> = Promise.resolve();
  let again = false;
  let closed = false;
  let lastHousekeeping = 0;

  async function deliver(job: MailJob): Promise<void> {
    const db = await options.appDb.ready();
    const at = now();
    if (job.kind === 'confirm' && job.status === 'active') {
      // Confirmed with an earlier link while this one waited: nothing left to ask.
      await removeMail(db, job.id);
      return;
    }
    if (at.getTime() - Date.parse(job.createdAt) > GIVE_UP_AFTER_MS) {
      await removeMail(db, job.id);
      log.warn({ job: job.id, kind: job.kind, attempts: job.attempts }, 'newsletter email dropped: undelivered for 48 hours');
      return;
    }
    const unsubscribe = newToken();
    const confirm = job.kind === 'confirm' ? newToken() : undefined;
    await db.transaction().execute(async (trx) => {
      await insertToken(trx, {
        hash: unsubscribe.hash,
        subscriberId: job.subscriberId,
        purpose: 'unsubscribe',
        at: at.toISOString(),
        expiresAt: undefined,
      });
      if (confirm) {
        const expiresAt = new Date(at.getTime() + CONFIRM_HOURS * HOUR).toISOString();
        await insertToken(trx, {
          hash: confirm.hash,
          subscriberId: job.subscriberId,
          purpose: 'confirm',
          at: at.toISOString(),
          expiresAt,
        });
      }
    });
    const base = options.publicUrl;
    // In the subscriber's language: the words, and the links to the pages (/es/… for Spanish).
    const { unsubscribeUrl, content } = runInLocale(job.language, () => {
      const unsubscribeUrl = `${base}${paths.newsletter.unsubscribe()}?token=${unsubscribe.token}`;
      const content = renderEmail(job.kind, {
        publicUrl: paths.home() === '/' ? base : `${base}${paths.home()}`,
        confirmUrl: confirm ? `${base}${paths.newsletter.confirm()}?token=${confirm.token}` : undefined,
        unsubscribeUrl,
      });
      return { unsubscribeUrl, content };
    });
    try {
      await options.mailer.send({ to: job.email, ...content, unsubscribeUrl, messageId: messageIdFor(job, base) });
    } catch (error) {
      // Nobody ever saw these links, so they go; the next attempt makes new ones.
      await deleteTokens(db, [unsubscribe.hash, ...(confirm ? [confirm.hash] : [])]);
      const { code, permanent } = describeMailError(error);
      const attempts = job.attempts + 1;
      if (permanent) {
        await removeMail(db, job.id);
        log.warn({ job: job.id, kind: job.kind, attempts, error: code }, 'newsletter email refused by the mail server; dropped');
        return;
      }
      const nextAttemptAt = new Date(now().getTime() + backoffMs(attempts, options.retryBaseMs)).toISOString();
      await rescheduleMail(db, job.id, { attempts, nextAttemptAt, error: code });
      log.warn({ job: job.id, kind: job.kind, attempts, error: code }, 'newsletter email not sent; will retry');
      return;
    }
    await removeMail(db, job.id);
    log.info({ job: job.id, kind: job.kind, attempts: job.attempts + 1, via: options.mailer.mode }, 'newsletter email sent');
  }

  async function housekeeping(): Promise<void> {
    const at = now().getTime();
    if (at - lastHousekeeping < HOUSEKEEPING_EVERY_MS) return;
    lastHousekeeping = at;
    const db = await options.appDb.ready();
    const purged = await purgeStale(db, {
      tokensExpiredBefore: new Date(at - 7 * 24 * HOUR).toISOString(),
      pendingNoticeBefore: new Date(at - 14 * 24 * HOUR).toISOString(),
    });
    if (purged.tokens || purged.subscribers) log.info(purged, 'newsletter: removed expired links and unconfirmed sign-ups');
    // Sign-up limit counts are also swept at sign-up time; this catches the last ones when sign-ups stop.
    await deleteExpiredHits(db, new Date(at).toISOString());
  }

  /**
   * Sends every message that is due now. Returns how many it tried. Passes of one worker take turns: a call
   * made while the poller's pass is under way waits for it and then looks again, so when it resolves,
   * everything that was due has been tried (other workers share the queue through claimDueMail).
   */
  function runOnce(): Promise<number> {
    const pass = turn.then(sendDue);
    turn = pass.catch(() => {});
    return pass;
  }

  async function sendDue(): Promise<number> {
    await housekeeping();
    const db = await options.appDb.ready();
    let tried = 0;
    for (;;) {
      if (closed) break;
      const at = now();
      const jobs = await claimDueMail(db, at.toISOString(), new Date(at.getTime() + LEASE_MS).toISOString(), BATCH);
      for (const job of jobs) {
        if (closed) break;
        await deliver(job);
        tried++;
      }
      if (jobs.length < BATCH) break;
    }
    return tried;
  }

  function schedule(ms: number): void {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    // Never keep a process alive just to poll: the server has its own reasons to live, tests do not.
    timer.unref();
  }

  function tick(): void {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .then(() => undefined)
      .catch((error: unknown) => {
        const e = error as { name?: string; code?: string };
        log.error({ err: { name: e?.name, code: e?.code } }, 'newsletter mail worker failed; will try again');
      })
      .finally(() => {
        running = undefined;
        schedule(again ? 0 : options.pollMs);
        again = false;
      });
  }

  schedule(0);

  return {
    /** Look at the queue now (a message was just added). */
    wake: () => schedule(0),
    runOnce,
    /** Stops polling and waits for a send in progress; anything left stays queued for next time. */
    async close(): Promise<void> {
      closed = true;
      clearTimeout(timer);
      await running;
      await turn;
    },
  };
}

export type MailWorker = ReturnType<typeof startMailWorker>;
