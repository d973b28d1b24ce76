import type { Config } from '../../config.ts';
import type { Logger } from '../../lib/logger.ts';

/** Everything the newsletter needs (database, mailer, queue). (To be built: issue 4.) */
export function createNewsletterDeps(_config: Readonly<Config>, _logger: Logger) {
  return { close: async () => {} };
}
