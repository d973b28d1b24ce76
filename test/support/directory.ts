import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, ROOT } from '../../src/config.ts';
import { SqliteDirectoryHandle } from '../../src/db/directory-connection.ts';
import { type Publication, publishDirectory } from '../../src/db/directory-postgres.ts';
import { searchPoints } from '../../src/features/locator/search-points.ts';
import { buildDirectory } from '../../src/pipeline/build.ts';

/** Where tests keep the shared directory: built once per `npm test` run, read by every test file. */
export const TEST_VAR_DIR = process.env.OT_TEST_VAR_DIR ?? path.join(ROOT, 'var', 'test');
export const TEST_DIRECTORY = path.join(TEST_VAR_DIR, 'directory.sqlite');

/** The newest modification time of any file under these folders (or of these files). */
function newestChange(paths: string[]): number {
  let newest = 0;
  for (const dir of paths) {
    if (fs.statSync(dir).isFile()) {
      newest = Math.max(newest, fs.statSync(dir).mtimeMs);
      continue;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Whether the shared test directory is missing or older than the code and data it is built from. */
export function testDirectoryStale(): boolean {
  return (
    !fs.existsSync(TEST_DIRECTORY) ||
    fs.statSync(TEST_DIRECTORY).mtimeMs <
      newestChange([
        path.join(ROOT, 'src', 'pipeline'),
        path.join(ROOT, 'src', 'domain'),
        path.join(ROOT, 'src', 'db', 'directory-schema.ts'),
        path.join(ROOT, 'data', 'sources'),
      ])
  );
}

/**
 * Builds the shared test directory when it is missing or older than the code and data it is built from (or
 * always, with force), so running one test file on its own never reads a stale directory.
 */
export async function buildTestDirectory(options: { force?: boolean } = {}): Promise<string> {
  if (options.force || testDirectoryStale()) {
    const config = loadConfig({ VAR_DIR: TEST_VAR_DIR });
    await buildDirectory({ sourcesDir: config.sourcesDir, outPath: TEST_DIRECTORY });
  }
  return TEST_DIRECTORY;
}

/**
 * Publishes a directory file (the shared test directory by default) into a PostgreSQL database, as
 * `npm run directory -- build` does with DATABASE_URL, search table included. scripts/test.ts publishes the
 * shared one into the template every test database is copied from, so each starts with it.
 */
export async function publishTestDirectory(url: string, file = TEST_DIRECTORY, graceMs?: number): Promise<Publication> {
  const handle = new SqliteDirectoryHandle(file);
  try {
    const snapshot = handle.snapshot();
    const points = await searchPoints(snapshot);
    return await publishDirectory(url, file, { searchPoints: points, ...(graceMs === undefined ? {} : { graceMs }) });
  } finally {
    handle.close();
  }
}

/** A directory built from the fixture rows (data/fixtures/sources) into `outPath`: a small, quick build. */
export async function buildFixtureDirectory(outPath: string): Promise<string> {
  const { FIXTURE_SOURCES } = await import('./source-rows.ts');
  await buildDirectory({ sourcesDir: FIXTURE_SOURCES, outPath });
  return outPath;
}
