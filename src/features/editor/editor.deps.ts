import type { Context } from 'hono';
import type { AppDb } from '../../db/app-db.ts';
import type { CorrectionsFeed } from '../../db/corrections-feed.ts';
import type { DirectoryHandle } from '../../db/directory-connection.ts';
import { RateLimiter } from '../../db/rate-limiter.ts';
import { createAuthService } from './auth.service.ts';
import { createReviewService, type ShownFacilities } from './review.service.ts';

/** Sign-in attempts one client may make in the window, whichever accounts they try. */
export const LOGINS_PER_CLIENT = 20;
export const LOGIN_WINDOW_MS = 15 * 60_000;

/** Everything the editors' pages need: accounts and sessions, the review, and the sign-in rate limit. */
export function createEditorDeps(options: {
  appDb: AppDb;
  publicUrl: string;
  directory: DirectoryHandle;
  /** The locator: facilities as the site shows them, and the service code legend. */
  shown: ShownFacilities & { legend(): Promise<Map<string, { plainLabel: string }>> };
  feed: Pick<CorrectionsFeed, 'current' | 'changed'>;
  clientKey: (c: Context) => string;
  now?: () => Date;
}) {
  const now = options.now ?? (() => new Date());
  return {
    auth: createAuthService({ appDb: options.appDb, now }),
    review: createReviewService({
      appDb: options.appDb,
      directory: options.directory,
      shown: options.shown,
      feed: options.feed,
      now,
    }),
    loginLimiter: new RateLimiter({
      appDb: options.appDb,
      bucket: 'editor-login',
      limit: LOGINS_PER_CLIENT,
      windowMs: LOGIN_WINDOW_MS,
      now: () => now().getTime(),
    }),
    clientKey: options.clientKey,
    legend: () => options.shown.legend(),
    /** Cookies are Secure when the site is served over HTTPS (PUBLIC_URL https://). */
    httpsOnly: options.publicUrl.startsWith('https:'),
    now,
  };
}

export type EditorDeps = ReturnType<typeof createEditorDeps>;
