/**
 * The test runner, in tiers that run in order and stop at the first that fails:
 *
 *   static   type check (tsc) and lint (Biome), side by side
 *   unit     everything that needs neither the app nor a browser (repository tests run on SQLite and PostgreSQL)
 *   routes   the app in process through `app.request()`, and the real server where a test needs one
 *   browser  journeys in Debian's Chromium, with JavaScript on and off, with axe
 *
 * `npm test` runs them all; `npm run test:static`, `test:unit`, `test:routes` and `test:browser` run one;
 * `npm run test:only -- <path or substring>…` runs the matching files, tier by tier. A file's tier comes from
 * what it uses (see `tierOf`), so a new test lands in the right tier with no list to edit.
 *
 * What the tiers share is made once per run, and only when a selected file needs it: the test directory (built
 * from data/sources into var/test when missing or older than its sources), a throwaway PostgreSQL for the
 * dual-dialect repository tests (scripts/postgres.ts; TEST_DATABASE_URL=postgres://… uses that server instead),
 * the server bundle, and for the browser tier one Chromium and one running site that every journey may share.
 * The static checks run while these are made.
 *
 * Node's runner would start one process per file, each paying again for tsx, the app's modules and the test
 * directory. Each tier instead runs a few worker processes (`CONCURRENCY`; TEST_CONCURRENCY overrides it for
 * every tier) that take the tier's files from one queue, heaviest first by the last run's times (var/test/
 * file-times.json), and run each inside a suite of its own (test/support/worker.ts). At the end of a tier it
 * names its slowest files.
 *
 * It installs nothing: when Chromium or PostgreSQL is missing it stops at once with the command that installs
 * them (scripts/install-test-tools.sh).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ROOT } from '../src/config.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, SHARED_BROWSER_ENV } from '../test/support/browser.ts';
import { buildTestDirectory, TEST_VAR_DIR } from '../test/support/directory.ts';
import { createTemplate, dropDatabase, fillTemplate, PG_TEMPLATE_ENV, PG_URL_ENV } from '../test/support/postgres.ts';
import { claimsDir, QUEUE_ENV, timesFile } from '../test/support/queue.ts';
import { SHARED_SITE_ENV, startServer } from '../test/support/server.ts';
import { buildServerBundles } from './build-server.ts';
import { type PostgresCluster, postgresProblem, startPostgres } from './postgres.ts';

const TIERS = ['unit', 'routes', 'browser'] as const;
type Tier = (typeof TIERS)[number];

/**
 * Worker processes per tier (see test/support/worker.ts), each running files one after another: on two cores, one
 * more than the cores, since the command-line, server and browser tests spend much of their time waiting.
 */
const CONCURRENCY: Record<Tier, number> = { unit: 3, routes: 3, browser: 3 };

const INSTALL = 'bash scripts/install-test-tools.sh';

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? findTests(path.join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    )
    .sort();
}

/** What a test file uses decides its tier: a browser, else the app or the server, else nothing of the kind. */
export function tierOf(file: string, source: string): Tier {
  if (file.includes(`${path.sep}e2e${path.sep}`) || /support\/(browser|site)\.ts/.test(source)) return 'browser';
  if (/\b(create\w*TestApp|useTestApp|startServer)\b/.test(source)) return 'routes';
  return 'unit';
}

/** How long each test file took in the last run that ran it (written by recordTimes), to put the heaviest first. */
const TIMES_FILE = path.join(TEST_VAR_DIR, 'file-times.json');
const QUEUE_DIR = path.join(TEST_VAR_DIR, 'queues');

interface Queue {
  file: string;
  /** One entry file per worker process (see test/support/worker.ts). */
  workers: string[];
}

function lastTimes(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(TIMES_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * The tier's files as a queue for `workers` worker processes, heaviest first: by how long each took last time,
 * else (a new clone, a new file) by its size, a rough stand-in.
 */
function writeQueue(tier: Tier, files: string[], workers: number): Queue {
  const times = lastTimes();
  const weight = (f: string) => times[path.relative(ROOT, f)] ?? fs.statSync(f).size;
  const ordered = [...files].sort((a, b) => weight(b) - weight(a));
  fs.mkdirSync(QUEUE_DIR, { recursive: true });
  const file = path.join(QUEUE_DIR, `${tier}.json`);
  fs.rmSync(claimsDir(file), { recursive: true, force: true });
  for (const old of fs.readdirSync(QUEUE_DIR))
    if (old.startsWith(`${tier}.json.`)) fs.rmSync(path.join(QUEUE_DIR, old), { force: true });
  fs.mkdirSync(claimsDir(file));
  fs.writeFileSync(file, JSON.stringify(ordered));
  const worker = path.join(ROOT, 'test', 'support', 'worker.ts');
  const entries = Array.from({ length: workers }, (_, i) => {
    const entry = path.join(QUEUE_DIR, `${tier}-${i + 1}.ts`);
    fs.writeFileSync(entry, `import ${JSON.stringify(worker)};\n`);
    return entry;
  });
  return { file, workers: entries };
}

/** Keeps how long each file took for the next run's queue; returns the slowest few of this tier. */
function recordTimes(queue: Queue): [string, number][] {
  const times = lastTimes();
  const now: Record<string, number> = {};
  for (const entry of queue.workers) {
    const written = timesFile(queue.file, path.basename(entry));
    if (fs.existsSync(written)) Object.assign(now, JSON.parse(fs.readFileSync(written, 'utf8')));
  }
  fs.writeFileSync(TIMES_FILE, JSON.stringify({ ...times, ...now }, null, 1));
  return Object.entries(now)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 5);
}

const { values, positionals: filters } = parseArgs({
  allowPositionals: true,
  options: { tier: { type: 'string', multiple: true }, all: { type: 'boolean', default: false } },
});
const chosen = new Set(values.all ? ['static', ...TIERS] : (values.tier ?? (filters.length ? TIERS : ['static', ...TIERS])));
for (const t of chosen) {
  if (t !== 'static' && !TIERS.includes(t as Tier)) {
    console.error(`Unknown tier "${t}": use static, ${TIERS.join(', ')}`);
    process.exit(2);
  }
}

const all = [...findTests(path.join(ROOT, 'src')), ...findTests(path.join(ROOT, 'test'))];
const matching =
  filters.length === 0 ? all : all.filter((f) => filters.some((x) => f.includes(path.resolve(ROOT, x)) || f.includes(x)));
const byTier = new Map<Tier, string[]>(TIERS.map((t) => [t, []]));
for (const file of matching) {
  const tier = tierOf(file, fs.readFileSync(file, 'utf8'));
  if (chosen.has(tier)) byTier.get(tier)?.push(file);
}
const selected = TIERS.flatMap((t) => byTier.get(t) ?? []);
if (filters.length > 0 && selected.length === 0) {
  console.error(`No test files match ${filters.join(' ')}`);
  process.exit(1);
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const uses = (pattern: RegExp) => selected.some((f) => pattern.test(fs.readFileSync(f, 'utf8')));

// What the selected files need.
const needsBrowser = (byTier.get('browser') ?? []).length > 0;
const needsPostgres = uses(/support\/(databases|postgres)\.ts|forEachDatabase|createTestDatabase/);
const needsDirectory = selected.length > 0;
const needsServer = needsBrowser || uses(/support\/server\.ts|startServer|dist\/|SERVER_BUNDLE/);

if (needsBrowser && !fs.existsSync(CHROMIUM_PATH)) {
  console.error(`${CHROMIUM_PATH} is missing. Install Debian's Chromium with: ${INSTALL}`);
  console.error('  (or: sudo apt-get install -y chromium fonts-liberation)');
  process.exit(1);
}
if (needsPostgres && !process.env.TEST_DATABASE_URL) {
  const problem = postgresProblem();
  if (problem) {
    console.error(`${problem}\n  (or install everything the tests need with: ${INSTALL})`);
    process.exit(1);
  }
}

// Everything started here is stopped on the way out, however the run ends.
const cleanups: (() => unknown)[] = [];
const cleanUp = async () => {
  for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => {});
};
process.on('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
process.on('SIGTERM', () => void cleanUp().finally(() => process.exit(143)));

/** A child process's exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const timings: string[] = [];
let failed = false;

// Shared set-up, made while the static checks run.
const began = Date.now();
const setup = (async () => {
  const env: Record<string, string> = { NODE_ENV: 'test', OT_TEST_VAR_DIR: TEST_VAR_DIR };
  let pgUrl = process.env.TEST_DATABASE_URL;
  const tasks: Promise<unknown>[] = [];
  const directoryBuilt = needsDirectory ? buildTestDirectory() : Promise.resolve(undefined);
  tasks.push(directoryBuilt);
  if (needsServer) {
    tasks.push(
      buildServerBundles().then(() => {
        env.OT_SERVER_BUNDLE_BUILT = '1';
        process.env.OT_SERVER_BUNDLE_BUILT = '1';
      }),
    );
  }
  if (needsPostgres) {
    tasks.push(
      (async () => {
        let cluster: PostgresCluster | undefined;
        if (!pgUrl) {
          cluster = await startPostgres();
          cleanups.push(() => cluster?.stop());
          pgUrl = cluster.url;
        }
        const template = await createTemplate(pgUrl);
        cleanups.push(() => dropDatabase(pgUrl as string, template));
        // Every PostgreSQL test database is a copy of the template: migrate it and publish the test directory once.
        await (needsDirectory ? directoryBuilt : buildTestDirectory());
        await fillTemplate(pgUrl, template);
        Object.assign(env, { [PG_URL_ENV]: pgUrl, [PG_TEMPLATE_ENV]: template });
      })(),
    );
  }
  await Promise.all(tasks);
  return env;
})();
// A failure here is reported when the set-up is awaited, not as an unhandled rejection meanwhile.
setup.catch(() => {});

if (chosen.has('static')) {
  const started = Date.now();
  const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
  const [tsc, biome] = await Promise.all([run(bin('tsc'), ['--noEmit', '-p', '.']), run(bin('biome'), ['check', '.'])]);
  timings.push(`static: ${seconds(started)}`);
  if (tsc !== 0 || biome !== 0) {
    console.error(`\nThe ${tsc !== 0 ? 'type check' : 'lint'} failed: fix it before the tests run.`);
    failed = true;
  }
}

if (!failed && selected.length > 0) {
  let env: Record<string, string>;
  try {
    env = await setup;
  } catch (error) {
    console.error((error as Error).message);
    await cleanUp();
    process.exit(1);
  }
  console.log(`Test directory, database and server bundle ready after ${seconds(began)}.`);

  for (const tier of TIERS) {
    const files = byTier.get(tier) ?? [];
    if (files.length === 0) continue;
    const tierEnv = { ...process.env, ...env };
    const started = Date.now();
    if (tier === 'browser') {
      // One Chromium and one site for every journey that needs nothing special (see test/support/site.ts).
      const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      cleanups.push(() => browser.close());
      const site = await startServer({}, tierEnv);
      cleanups.push(() => site.stop());
      Object.assign(tierEnv, { [SHARED_BROWSER_ENV]: browser.wsEndpoint(), [SHARED_SITE_ENV]: site.url });
    }
    const workers = Math.min(files.length, Number(process.env.TEST_CONCURRENCY ?? CONCURRENCY[tier]));
    console.log(
      `\n— ${tier}: ${files.length} file${files.length === 1 ? '' : 's'} in ${workers} process${workers === 1 ? '' : 'es'} —`,
    );
    const queue = writeQueue(tier, files, workers);
    const code = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        `--test-concurrency=${workers}`,
        // A guard against a hang, not a speed check: a worker runs many files, one after another.
        '--test-timeout=900000',
        '--test-reporter=spec',
        ...queue.workers.map((f) => path.relative(ROOT, f)),
      ],
      { ...tierEnv, [QUEUE_ENV]: queue.file },
    );
    const slowest = recordTimes(queue);
    console.log(
      `\nSlowest ${tier} files: ${slowest.map(([f, ms]) => `${path.relative(ROOT, f)} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
    );
    timings.push(`${tier}: ${seconds(started)} (${files.length} files)`);
    if (code !== 0) {
      failed = true;
      break;
    }
  }
}

await cleanUp();
console.log(`\n${failed ? 'FAILED' : 'Passed'}. ${timings.join('; ')}; ${seconds(began)} in all.`);
process.exit(failed ? 1 : 0);
