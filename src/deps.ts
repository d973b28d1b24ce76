import type { Config } from './config.ts';
import { DirectoryHandle } from './db/directory-connection.ts';
import { LocatorService } from './features/locator/locator.service.ts';
import { createNewsletterDeps } from './features/newsletter/newsletter.deps.ts';
import { HsdsService } from './features/open-data/hsds.service.ts';
import { createLogger, type Logger } from './lib/logger.ts';

/**
 * The composition root: config -> logger -> databases -> services. Everything a route needs is made here
 * and passed in by hand, so a test can build the app with exactly the parts it wants. Each feature that
 * needs more than the directory has its own `create…Deps` in its folder.
 */
export function createDeps(config: Readonly<Config>, options: { logger?: Logger } = {}) {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const directory = new DirectoryHandle(config.directoryPath);
  const locator = new LocatorService(directory);
  const newsletter = createNewsletterDeps(config, logger);
  const hsds = new HsdsService(directory, config.publicUrl);
  return {
    config,
    logger,
    directory,
    locator,
    newsletter,
    hsds,
    async close() {
      await newsletter.close();
      directory.close();
    },
  };
}

export type Deps = ReturnType<typeof createDeps>;
