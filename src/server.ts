import { serve } from '@hono/node-server';
import { createApp } from './app.tsx';
import { loadConfig } from './config.ts';
import { directoryProblem } from './db/directory-connection.ts';
import { createDeps } from './deps.ts';
import { createLogger } from './lib/logger.ts';

const config = loadConfig();
const logger = createLogger({ level: config.logLevel });

// The directory is built before this process starts (`npm start` runs `directory ensure` first); a missing or
// outdated one is refused here, with the command that fixes it, rather than built while visitors wait.
const problem = directoryProblem(config.directoryPath);
if (problem) {
  logger.fatal(`Cannot start: ${problem}. Run \`npm run directory -- ensure\` (npm start does this for you).`);
  process.exit(1);
}

const deps = createDeps(config, { logger });
await deps.locator.warm();
const app = createApp(deps);
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(`Open Treatment is running at http://localhost:${info.port}`);
});

function shutdown(signal: string) {
  logger.info(`${signal} received, closing.`);
  server.close(() => {
    deps.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
