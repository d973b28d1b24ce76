import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.tsx';
import { type Config, loadConfig } from '../../src/config.ts';
import { createDeps } from '../../src/deps.ts';
import { createLogger } from '../../src/lib/logger.ts';
import { TEST_DIRECTORY } from './directory.ts';

/** A fresh, empty folder for one test's writable state (app database, outbox, imports). */
export function tempDir(prefix = 'open-treatment-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Config for tests: the shared test directory, and a private temporary folder for everything written. */
export function testConfig(env: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', VAR_DIR: tempDir(), DIRECTORY_PATH: TEST_DIRECTORY, ...env });
}

/**
 * The whole app, in process, for `app.request()` route tests. Every log line is kept in `logs` so a test
 * can check that nothing private was written.
 */
export function createTestApp(env: Record<string, string> = {}) {
  const config = testConfig(env);
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } });
  const deps = createDeps(config, { logger });
  const app = createApp(deps);
  return { app, deps, config, logs };
}
