import type { AppDb } from '../../db/app-db.ts';
import { insertReport } from '../../db/reports.repository.ts';
import type { ParsedReport } from './reports.schema.ts';

/**
 * Keeps a report for the editors' queue. Nothing here logs or sends anything: a report's contents stay in the
 * app database, for editors only, and its note and email are emptied 90 days after it is closed.
 */
export function createReportsService(options: { appDb: AppDb; now: () => Date }) {
  return {
    async submit(facilityId: string, report: ParsedReport): Promise<number> {
      const db = await options.appDb.ready();
      return insertReport(db, { facilityId, ...report, at: options.now().toISOString() });
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
