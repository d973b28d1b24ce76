import type { AppDb } from '../../db/app-db.ts';
import { eraseReportText } from '../../db/reports.repository.ts';

/** A closed report keeps its note and reply email this long, so an editor can still answer, then loses both. */
export const RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/** Empties the note and reply email of every report closed at least RETENTION_DAYS before `now`. */
export async function eraseExpiredReportText(appDb: AppDb, now: Date): Promise<number> {
  const db = await appDb.ready();
  return eraseReportText(db, new Date(now.getTime() - RETENTION_DAYS * DAY_MS).toISOString());
}

export interface RetentionJob {
  /** Runs the job now (as the timer does); resolves with how many reports it emptied. */
  runOnce(): Promise<number>;
  /** Resolves once any run in progress has finished. */
  idle(): Promise<void>;
  close(): void;
}

/**
 * The scheduled job that deletes what people wrote in their reports once it is no longer needed: it runs soon
 * after start and then every `everyMs` (an hour by default) on every instance. Each run is one UPDATE, so
 * several instances running it at once do no harm. It never logs a report, only that a run failed.
 */
export function startRetentionJob(options: {
  appDb: AppDb;
  now: () => Date;
  everyMs?: number;
  onError?: (error: unknown) => void;
}): RetentionJob {
  let running: Promise<number> = Promise.resolve(0);
  const runOnce = () => {
    running = running
      .catch(() => 0)
      .then(() => eraseExpiredReportText(options.appDb, options.now()))
      .catch((error: unknown) => {
        options.onError?.(error);
        return 0;
      });
    return running;
  };
  const everyMs = options.everyMs ?? 60 * 60_000;
  const first = setTimeout(() => void runOnce(), Math.min(everyMs, 5_000));
  const timer = setInterval(() => void runOnce(), everyMs);
  first.unref();
  timer.unref();
  return {
    runOnce,
    idle: async () => {
      await running.catch(() => 0);
    },
    close() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
