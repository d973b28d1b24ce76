import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_newsletter.ts';
import * as m0002 from './0002_rate_limits.ts';
import * as m0003 from './0003_editors.ts';
import * as m0004 from './0004_reports_and_corrections.ts';
import * as m0005 from './0005_subscriber_language.ts';

/**
 * Every migration, in order. Listed by hand rather than read from the folder, so nothing depends on how
 * files are found or loaded at run time. To change the schema, add a new file and a new line here; never
 * edit or rename one that has been released (the name is what the database remembers).
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_newsletter': m0001,
  '0002_rate_limits': m0002,
  '0003_editors': m0003,
  '0004_reports_and_corrections': m0004,
  '0005_subscriber_language': m0005,
};

export const appMigrations: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
