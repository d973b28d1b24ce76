/**
 * The whole app in process, for route tests through `app.request()` (no port, no browser).
 *
 * @example
 * const t = useTestApp();                         // made before this file's tests, closed after them
 * test('the privacy page', async () => {
 *   const page = await t.page('/about/privacy');  // status, headers and the parsed HTML (see ./html.ts)
 *   assert.equal(page.heading(), 'Privacy');
 * });
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { createApp } from '../../src/app.tsx';
import { type Config, loadConfig } from '../../src/config.ts';
import { createDeps, type DepsOptions } from '../../src/deps.ts';
import { createLogger } from '../../src/lib/logger.ts';
import { buildTestDirectory, TEST_DIRECTORY } from './directory.ts';
import { type Page, parsePage } from './html.ts';

/** A fresh, empty folder for one test's writable state (app database, outbox, imports). */
export function tempDir(prefix = 'open-treatment-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Config for tests: the shared test directory, and a private temporary folder for everything written. */
export function testConfig(env: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', VAR_DIR: tempDir(), DIRECTORY_PATH: TEST_DIRECTORY, ...env });
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: ReturnType<typeof createDeps>;
  config: Readonly<Config>;
  /** Every log line the app wrote, so a test can check that nothing private was. */
  logs: string[];
  /** `app.request()`. */
  request(url: string, init?: RequestInit): Promise<Response>;
  /** Requests a page and parses its HTML. */
  page(url: string, init?: RequestInit): Promise<Page>;
  /** Requests JSON, checking the status (200 unless given). */
  json<T = unknown>(url: string, status?: number): Promise<T>;
  close(): Promise<void>;
}

/**
 * The whole app, made now, with `env` on top of the test settings. Close it when done (`t.after(() =>
 * made.close())`), or use `useTestApp()`, which does both for a whole file.
 */
export function createTestApp(env: Record<string, string> = {}, options: Omit<DepsOptions, 'logger'> = {}): TestApp {
  const config = testConfig(env);
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } });
  const deps = createDeps(config, { ...options, logger });
  const app = createApp(deps);
  const request = async (url: string, init?: RequestInit) => app.request(url, init);
  return {
    app,
    deps,
    config,
    logs,
    request,
    page: async (url, init) => parsePage(await request(url, init)),
    async json<T>(url: string, status = 200) {
      const res = await request(url);
      if (res.status !== status) throw new Error(`${url}: expected ${status}, got ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    },
    close: () => deps.close(),
  };
}

/**
 * A real listing of the test directory, by name and ZIP: A New Beginning (Florence, AL) unless told. With
 * DATABASE_URL the directory is the one published in PostgreSQL, so this waits until the app has found it.
 */
export async function listingNamed(t: Pick<TestApp, 'deps'>, name = 'A New Beginning', zip = '35630') {
  await t.deps.directory.ready();
  return t.deps.directory
    .snapshot()
    .db.selectFrom('facilities')
    .selectAll()
    .where('name', '=', name)
    .where('zip', '=', zip)
    .executeTakeFirstOrThrow();
}

/**
 * One app for a whole test file (or `describe` block): built before its tests, on the shared test directory,
 * and closed after them. Read its fields inside tests and hooks (they are set once `before` has run). `env` may
 * be a function, read when the app is made, for settings known only then (a test database's URL).
 */
export function useTestApp(
  env: Record<string, string> | (() => Record<string, string>) = {},
  options: Omit<DepsOptions, 'logger'> = {},
): TestApp {
  const made = {} as TestApp;
  before(async () => {
    await buildTestDirectory();
    Object.assign(made, createTestApp(typeof env === 'function' ? env() : env, options));
    // With DATABASE_URL the directory is the one published in PostgreSQL, found by the handle in a moment.
    await made.deps.directory.ready();
  });
  after(async () => {
    await made.close?.();
  });
  return made;
}
