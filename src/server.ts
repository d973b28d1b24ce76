import { serve } from '@hono/node-server';
import { createApp } from './app.tsx';
import { loadConfig } from './config.ts';
import { directoryProblemFor } from './db/directory-connection.ts';
import { createDeps } from './deps.ts';
import { createLogger } from './lib/logger.ts';

const config = loadConfig();
const logger = createLogger({ level: config.logLevel });

// The directory is built before this process starts (`npm start` runs `directory ensure` first); a missing or
// outdated one is refused here, with the command that fixes it, rather than built while visitors wait.
const problem = await directoryProblemFor(config);
if (problem) {
  logger.fatal(`Cannot start: ${problem}. Run \`npm run directory -- ensure\` (npm start does this for you).`);
  process.exit(1);
}

const deps = createDeps(config, { logger });
await deps.directory.ready();
await deps.locator.warm({ fillCache: true });
const app = createApp(deps);
// Slow clients: a request must send its headers within HTTP_HEADERS_TIMEOUT_MS and all of itself within
// HTTP_REQUEST_TIMEOUT_MS (else 408 and the connection closes), checked every second rather than Node's 30,
// so a client that trickles bytes cannot hold a connection open for long. An idle keep-alive connection is
// closed after HTTP_KEEP_ALIVE_TIMEOUT_MS (longer than the proxy's own idle timeout, behind a proxy).
const serverOptions = {
  headersTimeout: config.http.headersTimeoutMs,
  requestTimeout: config.http.requestTimeoutMs,
  keepAliveTimeout: config.http.keepAliveTimeoutMs,
  connectionsCheckingInterval: 1000,
};
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, serverOptions }, (info) => {
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
