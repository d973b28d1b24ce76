/**
 * `npm test`: starts a throwaway PostgreSQL (scripts/postgres.ts) for the tests that run on both databases,
 * builds the directory the tests read (from the bundled sources, as a user would), then runs every
 * *.test.ts(x) under src/ and test/ with Node's test runner, and stops PostgreSQL. Node 20's runner does not
 * expand globs, so the files are listed here. Pass file paths to run only those:
 * `npm run test:only -- src/features/locator`.
 *
 * It installs nothing: when Chromium or PostgreSQL is missing it stops at once with the command that installs
 * them (scripts/install-test-tools.sh). TEST_DATABASE_URL=postgres://… uses that server instead of a cluster.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../src/config.ts';
import { buildTestDirectory, publishTestDirectory, TEST_VAR_DIR } from '../test/support/directory.ts';
import { createTemplate, dropDatabase, PG_TEMPLATE_ENV, PG_URL_ENV, withDatabase } from '../test/support/postgres.ts';
import { buildServerBundles } from './build-server.ts';
import { type PostgresCluster, postgresProblem, startPostgres } from './postgres.ts';

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? findTests(path.join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    )
    .sort();
}

const filters = process.argv.slice(2);
const all = [...findTests(path.join(ROOT, 'src')), ...findTests(path.join(ROOT, 'test'))];
const files =
  filters.length === 0 ? all : all.filter((f) => filters.some((x) => f.includes(path.resolve(ROOT, x)) || f.includes(x)));
if (files.length === 0) {
  console.error(`No test files match ${filters.join(' ')}`);
  process.exit(1);
}

// System packages are installed by scripts/install-test-tools.sh (which .ci/run uses), never from here.
const INSTALL = 'bash scripts/install-test-tools.sh';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Only the browser journeys need it, so `npm run test:only -- src/db` works on a machine without Chromium.
const needsBrowser = files.some(
  (f) => f.includes(`${path.sep}e2e${path.sep}`) || /support\/(browser|site)\.ts/.test(fs.readFileSync(f, 'utf8')),
);
if (needsBrowser && !fs.existsSync(chromium)) {
  console.error(`${chromium} is missing. Install Debian's Chromium with: ${INSTALL}`);
  console.error('  (or: sudo apt-get install -y chromium fonts-liberation)');
  process.exit(1);
}

// Repository tests run on SQLite and on PostgreSQL: a throwaway cluster for this run, unless TEST_DATABASE_URL
// names a server to use (its user must be allowed to create databases; each suite makes and drops its own).
let cluster: PostgresCluster | undefined;
const stopCluster = () => cluster?.stop();
process.on('SIGINT', () => {
  stopCluster();
  process.exit(130);
});
process.on('SIGTERM', () => {
  stopCluster();
  process.exit(143);
});
let pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) {
  const problem = postgresProblem();
  if (problem) {
    console.error(`${problem}\n  (or install everything the tests need with: ${INSTALL})`);
    process.exit(1);
  }
  const began = Date.now();
  cluster = await startPostgres();
  pgUrl = cluster.url;
  console.log(`Started PostgreSQL for the tests on port ${cluster.port} in ${((Date.now() - began) / 1000).toFixed(1)} s.`);
}
let template: string;
try {
  template = await createTemplate(pgUrl);
} catch (error) {
  console.error((error as Error).message);
  stopCluster();
  process.exit(1);
}

console.log('Building the test directory from data/sources, and the server bundle…');
const started = Date.now();
await Promise.all([buildTestDirectory({ force: true }), buildServerBundles()]);
// Every PostgreSQL test database is a copy of the template: publish the test directory there once.
await publishTestDirectory(withDatabase(pgUrl, template));
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s. Running ${files.length} test files.`);

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-timeout=180000', '--test-reporter=spec', ...files.map((f) => path.relative(ROOT, f))],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'test',
      OT_TEST_VAR_DIR: TEST_VAR_DIR,
      OT_SERVER_BUNDLE_BUILT: '1',
      [PG_URL_ENV]: pgUrl,
      [PG_TEMPLATE_ENV]: template,
    },
  },
);
await dropDatabase(pgUrl, template).catch(() => {});
stopCluster();
process.exit(result.status ?? 1);
