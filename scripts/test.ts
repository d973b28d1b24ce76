/**
 * `npm test`: builds the directory the tests read (from the bundled sources, as a user would), then runs
 * every *.test.ts(x) under src/ and test/ with Node's test runner. Node 20's runner does not expand globs,
 * so the files are listed here. Pass file paths to run only those: `npm test -- src/features/locator`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../src/config.ts';
import { buildTestDirectory, TEST_VAR_DIR } from '../test/support/directory.ts';
import { buildServerBundles } from './build-server.ts';

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

// The browser journeys drive Debian's Chromium. On a fresh machine, install it (as .ci/run does) rather than
// failing with a missing executable; never download a browser from anywhere else.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.log(`${chromium} is missing: installing Debian's chromium package…`);
  const root = process.getuid?.() === 0;
  const apt = (...args: string[]) =>
    spawnSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt('update', '-qq');
  const installed = apt('install', '-y', '-qq', 'chromium', 'fonts-liberation');
  if (installed.status !== 0 || !fs.existsSync(chromium)) {
    console.error('Could not install Chromium. Install it with: sudo apt-get install -y chromium fonts-liberation');
    process.exit(1);
  }
}

console.log('Building the test directory from data/sources, and the server bundle…');
const started = Date.now();
await Promise.all([buildTestDirectory({ force: true }), buildServerBundles()]);
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s. Running ${files.length} test files.`);

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-timeout=180000', '--test-reporter=spec', ...files.map((f) => path.relative(ROOT, f))],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', OT_TEST_VAR_DIR: TEST_VAR_DIR } },
);
process.exit(result.status ?? 1);
