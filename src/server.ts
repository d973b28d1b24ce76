import { serve } from '@hono/node-server';
import { createApp } from './app.tsx';
import { loadConfig } from './config.ts';
import { directoryProblem } from './db/directory-connection.ts';
import { createDeps } from './deps.ts';
import { createLogger } from './lib/logger.ts';
import { buildDirectory } from './pipeline/build.ts';
import { formatReport } from './pipeline/report.ts';
import { savedImport } from './pipeline/saved-import.ts';

const config = loadConfig();
const logger = createLogger({ level: config.logLevel });

// A fresh checkout has no directory yet (and an upgrade may need a new one): build it from the bundled
// sources, with no network needed.
const problem = directoryProblem(config.directoryPath);
if (problem) {
  logger.info(`Building the directory from data/sources, because ${problem} (this takes a few seconds).`);
  const result = await buildDirectory({
    sourcesDir: config.sourcesDir,
    outPath: config.directoryPath,
    importFile: savedImport(config.importsDir),
  });
  logger.info(`Directory built.\n${formatReport(result.report)}`);
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
