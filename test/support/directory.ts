import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, ROOT } from '../../src/config.ts';
import { buildDirectory } from '../../src/features/directory/build.ts';

/** Where tests keep the shared directory: built once per `npm test` run, read by every test file. */
export const TEST_VAR_DIR = process.env.OT_TEST_VAR_DIR ?? path.join(ROOT, 'var', 'test');
export const TEST_DIRECTORY = path.join(TEST_VAR_DIR, 'directory.sqlite');

/** Builds the shared test directory if it is missing (or always, with force). */
export async function buildTestDirectory(options: { force?: boolean } = {}): Promise<string> {
  if (options.force || !fs.existsSync(TEST_DIRECTORY)) {
    const config = loadConfig({ VAR_DIR: TEST_VAR_DIR });
    await buildDirectory({ sourcesDir: config.sourcesDir, outPath: TEST_DIRECTORY });
  }
  return TEST_DIRECTORY;
}
