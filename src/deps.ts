import type { Context } from 'hono';
import type { Config } from './config.ts';
import { type AppDb, appDbLocation, openAppDb } from './db/app-db.ts';
import { CorrectionsFeed } from './db/corrections-feed.ts';
import { openDirectory } from './db/directory-connection.ts';
import { createEditorDeps } from './features/editor/editor.deps.ts';
import { LocatorService } from './features/locator/locator.service.ts';
import { createNewsletterDeps } from './features/newsletter/newsletter.deps.ts';
import { HsdsService } from './features/open-data/hsds.service.ts';
import { createReportsDeps } from './features/reports/reports.deps.ts';
import { clientKey, newSecret } from './lib/client-key.ts';
import { createLogger, type Logger } from './lib/logger.ts';

/** The app database, opened once and shared by every feature that writes (see src/db/app-db.ts). */
export function createAppDb(config: Readonly<Config>): AppDb {
  return openAppDb(appDbLocation(config));
}

/**
 * The composition root: config -> logger -> databases -> services. Everything a route needs is made here
 * and passed in by hand, so a test can build the app with exactly the parts it wants. Each feature that
 * needs more than the directory has its own `create…Deps` in its folder.
 */
export function createDeps(config: Readonly<Config>, options: { logger?: Logger } = {}) {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  // The SQLite file, or with DATABASE_URL the directory published in PostgreSQL (await directory.ready()).
  const directory = openDirectory(config, {
    onError: (error) =>
      logger.warn({ code: (error as { code?: string }).code }, 'the directory could not be checked for a new version'),
  });
  const appDb = createAppDb(config);
  // Our team's corrections, laid over the directory by the locator and the open data (see corrections-feed.ts).
  const corrections = new CorrectionsFeed(appDb, {
    onError: (error) =>
      logger.warn({ code: (error as { code?: string }).code }, 'corrections could not be read; keeping the last ones'),
  });
  const locator = new LocatorService(directory, { corrections, engine: config.searchEngine });
  const newsletter = createNewsletterDeps(config, logger, { appDb });
  const hsds = new HsdsService(directory, config.publicUrl, corrections);
  // Rate-limit keys for the report form and editor sign-ins: an HMAC of the client address, never the address.
  const keySecret = config.rateLimitSecret ?? newSecret();
  const keyOf = (c: Context) => clientKey(c, keySecret, config.trustProxy);
  const reports = createReportsDeps({ appDb, logger, clientKey: keyOf });
  const editor = createEditorDeps({
    appDb,
    publicUrl: config.publicUrl,
    directory,
    shown: locator,
    feed: corrections,
    clientKey: keyOf,
  });
  return {
    config,
    logger,
    directory,
    appDb,
    corrections,
    locator,
    newsletter,
    hsds,
    reports,
    editor,
    async close() {
      reports.close();
      await newsletter.close();
      await appDb.close();
      directory.close();
    },
  };
}

export type Deps = ReturnType<typeof createDeps>;
