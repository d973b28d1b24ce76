import type { Context } from 'hono';
import type { Config } from '../../config.ts';
import type { AppDb } from '../../db/app-db.ts';
import type { Logger } from '../../lib/logger.ts';
import { startMailWorker } from './mail-queue.worker.ts';
import { createMailer } from './mailer.ts';
import { createNewsletterService } from './newsletter.service.ts';
import { clientKey, newSecret, RateLimiter } from './rate-limit.ts';

/** Sign-ups allowed per client in the window; generous for a person, useless for a script. */
export const SIGNUPS_PER_WINDOW = 5;
export const SIGNUP_WINDOW_MS = 10 * 60_000;

export interface NewsletterOptions {
  /** How often the mail worker looks at the queue (ms). Default: config (MAIL_QUEUE_POLL_MS). */
  pollMs?: number;
  /** The first retry delay after a failed send (ms). Default: config (MAIL_RETRY_BASE_MS). */
  retryBaseMs?: number;
  /** Use the right-most X-Forwarded-For address for rate limiting (only behind your own proxy). */
  trustProxy?: boolean;
  now?: () => Date;
}

/**
 * Everything the newsletter needs on top of the shared app database (opened once by src/deps.ts): the mailer,
 * the queue worker, the service and the sign-up rate limit. The worker starts here and `close()` stops it;
 * the database belongs to the caller, which closes it after.
 */
export function createNewsletterDeps(config: Readonly<Config>, logger: Logger, appDb: AppDb, options: NewsletterOptions = {}) {
  const pollMs = options.pollMs ?? config.mailQueuePollMs;
  const retryBaseMs = options.retryBaseMs ?? config.mailRetryBaseMs;
  const trustProxy = options.trustProxy ?? config.trustProxy;
  const now = options.now ?? (() => new Date());

  const mailer = createMailer(config);
  if (mailer.mode === 'outbox') logger.info(`Newsletter email is written to ${config.outboxDir} (SMTP_URL is not set).`);
  const worker = startMailWorker({ appDb, mailer, logger, publicUrl: config.publicUrl, pollMs, retryBaseMs, now });
  const service = createNewsletterService({ appDb, now, onQueued: () => worker.wake() });
  const signupLimiter = new RateLimiter({
    appDb,
    bucket: 'newsletter-signup',
    limit: SIGNUPS_PER_WINDOW,
    windowMs: SIGNUP_WINDOW_MS,
    now: () => now().getTime(),
  });
  // Never stored with the keys it makes, so a key in the database cannot be turned back into an address.
  const secret = config.rateLimitSecret ?? newSecret();
  if (!config.rateLimitSecret && config.databaseUrl) {
    logger.warn('RATE_LIMIT_SECRET is not set: this instance counts sign-ups on its own. Give every instance the same secret.');
  }

  return {
    service,
    signupLimiter,
    clientKey: (c: Context) => clientKey(c, secret, trustProxy),
    worker,
    mailer,
    async close() {
      await worker.close();
      mailer.close();
    },
  };
}

export type NewsletterDeps = ReturnType<typeof createNewsletterDeps>;
