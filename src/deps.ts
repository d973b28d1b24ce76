import type { Config } from './config.ts';
import { DirectoryHandle } from './db/directory-connection.ts';
import { createLogger, type Logger } from './lib/logger.ts';

/**
 * The composition root: config -> logger -> databases -> services. Everything a route needs is made here
 * and passed in by hand, so a test can build the app with exactly the parts it wants.
 */
export function createDeps(config: Readonly<Config>, options: { logger?: Logger } = {}) {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const directory = new DirectoryHandle(config.directoryPath);
  return { config, logger, directory };
}

export type Deps = ReturnType<typeof createDeps>;
