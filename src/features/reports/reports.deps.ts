import type { Context } from 'hono';
import type { AppDb } from '../../db/app-db.ts';
import { RateLimiter } from '../../db/rate-limiter.ts';
import type { Logger } from '../../lib/logger.ts';
import { createReportsService } from './reports.service.ts';
import { startRetentionJob } from './retention.job.ts';

/** Reports one client may send in the window: plenty for a person, useless for a script. */
export const REPORTS_PER_CLIENT = 5;
/** Reports everyone together may send in the window, so a flood from many addresses cannot bury the queue. */
export const REPORTS_PER_WINDOW_ALL = 300;
export const REPORT_WINDOW_MS = 60 * 60_000;
/** Every client counts towards the global limit under this one key. */
export const EVERYONE = 'everyone';

/** The report form's service, its two rate limits and the retention job (started here; close() stops it). */
export function createReportsDeps(options: {
  appDb: AppDb;
  logger: Logger;
  clientKey: (c: Context) => string;
  now?: () => Date;
  retentionEveryMs?: number;
}) {
  const now = options.now ?? (() => new Date());
  const limiter = (bucket: string, limit: number) =>
    new RateLimiter({ appDb: options.appDb, bucket, limit, windowMs: REPORT_WINDOW_MS, now: () => now().getTime() });
  const retention = startRetentionJob({
    appDb: options.appDb,
    now,
    everyMs: options.retentionEveryMs,
    onError: (error) => options.logger.warn({ code: (error as { code?: string }).code }, 'report retention job failed'),
  });
  return {
    service: createReportsService({ appDb: options.appDb, now }),
    perClient: limiter('report', REPORTS_PER_CLIENT),
    everyone: limiter('report-all', REPORTS_PER_WINDOW_ALL),
    clientKey: options.clientKey,
    retention,
    close() {
      retention.close();
    },
  };
}

export type ReportsDeps = ReturnType<typeof createReportsDeps>;
