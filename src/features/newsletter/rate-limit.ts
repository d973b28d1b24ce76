/**
 * The rate limiter and client keys moved down (src/db/rate-limiter.ts, src/lib/client-key.ts) so that reports
 * and editor sign-ins can use them too; this file keeps the newsletter's imports working.
 */
export { RateLimiter } from '../../db/rate-limiter.ts';
export { clientKey, newSecret, UNKNOWN_CLIENT } from '../../lib/client-key.ts';
