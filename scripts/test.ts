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
 * the bundles (the server, the commands, and the directory loader's worker, which apps in test processes use
 * instead of starting it through tsx each time), and for the browser tier one Chromium and one running site
 * that every journey may share.
 * The static checks run while these are made.
 *
 * Node's runner would start one process per file, each paying again for tsx, the app's modules and the test
 * directory. Each tier instead runs a few worker processes (`CONCURRENCY`; TEST_CONCURRENCY overrides it for
 * every tier) that take the tier's files from one queue, heaviest first by the last run's times (var/test/
 * file-times.json), and run each inside a suite of its own (test/support/worker.ts). The workers run the tier's
 * files bundled as plain JavaScript (test/support/bundle.ts), not through tsx. At the end of a tier it names its
 * slowest and busiest files, and says how much CPU the tier used: what its processes used once ended, and with
 * what Chromium's renderers and PostgreSQL used, which run apart and are not counted that way.
 *
 * It installs nothing: when Chromium or PostgreSQL is missing it stops at once with the command that installs
 * them (scripts/install-test-tools.sh).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ROOT } from '../src/config.ts';
import { DIRECTORY_LOADER_BUNDLE_ENV } from '../src/features/locator/directory-loader.ts';
import { SHARE_LOADS_ENV, SHARED_SCHEMA_ENV } from '../src/lib/shared-loads.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, SHARED_BROWSER_ENV } from '../test/support/browser.ts';
import { bundleTests } from '../test/support/bundle.ts';
import { TEST_BUNDLES } from '../test/support/cli.ts';
import { buildTestDirectory, TEST_VAR_DIR, testDirectoryStale } from '../test/support/directory.ts';
import { createTemplate, dropDatabase, fillTemplate, PG_TEMPLATE_ENV, PG_URL_ENV } from '../test/support/postgres.ts';
import { BUNDLE_DIR_ENV, claimsDir, QUEUE_ENV, timesFile } from '../test/support/queue.ts';
import { SHARED_SITE_ENV, startServer } from '../test/support/server.ts';
import { buildServerBundles, DIST_DIR } from './build-server.ts';
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
 * Seconds each file took in a full run on the development machine, kept in the repository so a new clone (as
 * CI has) starts the heaviest files first too. It only sets an order, so it may be a little out of date; after
 * a full run, var/test/file-times.json holds fresh figures (milliseconds) to copy in, rounded to seconds.
 */
const WEIGHTS_FILE = path.join(ROOT, 'test', 'support', 'file-weights.json');

/**
 * The tier's files as a queue for `workers` worker processes, heaviest first: by how long each took last time,
 * else by the kept weights, else (a new file) by its size, a rough stand-in.
 */
function writeQueue(tier: Tier, files: string[], workers: number, bundledWorker?: string): Queue {
  const times = lastTimes();
  const kept = JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')) as Record<string, number>;
  const weight = (f: string) => {
    const file = path.relative(ROOT, f);
    const keptMs = kept[file] === undefined ? undefined : kept[file] * 1000;
    return times[file] ?? keptMs ?? fs.statSync(f).size;
  };
  const ordered = [...files].sort((a, b) => weight(b) - weight(a));
  fs.mkdirSync(QUEUE_DIR, { recursive: true });
  const file = path.join(QUEUE_DIR, `${tier}.json`);
  fs.rmSync(claimsDir(file), { recursive: true, force: true });
  for (const old of fs.readdirSync(QUEUE_DIR))
    if (old.startsWith(`${tier}.json.`)) fs.rmSync(path.join(QUEUE_DIR, old), { force: true });
  fs.mkdirSync(claimsDir(file));
  fs.writeFileSync(file, JSON.stringify(ordered));
  const worker = bundledWorker ?? path.join(ROOT, 'test', 'support', 'worker.ts');
  for (const old of fs.readdirSync(QUEUE_DIR))
    if (/^\w+-\d+\.m?ts$/.test(old) && old.startsWith(`${tier}-`)) fs.rmSync(path.join(QUEUE_DIR, old), { force: true });
  const entries = Array.from({ length: workers }, (_, i) => {
    const entry = path.join(QUEUE_DIR, `${tier}-${i + 1}.${bundledWorker ? 'mjs' : 'ts'}`);
    fs.writeFileSync(entry, `import ${JSON.stringify(worker)};\n`);
    return entry;
  });
  return { file, workers: entries };
}

/** What the workers wrote (see test/support/worker.ts): wall and CPU milliseconds per file, and each worker's CPU. */
interface TierFigures {
  times: Record<string, number>;
  cpu: Record<string, number>;
  /** What each file left running when it ended, where it left something. */
  left: Record<string, string>;
  /** CPU milliseconds of the tier's worker processes, start-up included. */
  workersCpu: number;
}

/** Keeps how long each file took for the next run's queue; returns this tier's figures. */
function recordTimes(queue: Queue): TierFigures {
  const times = lastTimes();
  const figures: TierFigures = { times: {}, cpu: {}, left: {}, workersCpu: 0 };
  for (const entry of queue.workers) {
    const written = timesFile(queue.file, path.basename(entry));
    if (!fs.existsSync(written)) continue;
    const one = JSON.parse(fs.readFileSync(written, 'utf8')) as Omit<TierFigures, 'workersCpu'> & { total: number };
    Object.assign(figures.times, one.times);
    Object.assign(figures.cpu, one.cpu);
    Object.assign(figures.left, one.left);
    figures.workersCpu += one.total;
  }
  fs.writeFileSync(TIMES_FILE, JSON.stringify({ ...times, ...figures.times }, null, 1));
  return figures;
}

/** The `count` largest entries, as "file 1.2 s" (OT_TEST_SLOWEST sets how many; 5 by default). */
function largest(entries: Record<string, number>): string {
  const count = Number(process.env.OT_TEST_SLOWEST ?? 5);
  return Object.entries(entries)
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([f, ms]) => `${path.relative(ROOT, f)} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
}

/** CPU seconds this process and its finished children used so far (Linux; 0 elsewhere). */
function cpuSeconds(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used so far by this process and every process below it that is still running, with what each has
 * waited for, and by the PostgreSQL server this run started (`postgresData`: its data folder), which runs apart
 * (pg_ctl detaches it). cpuSeconds() alone counts a child only once it has ended and been waited for: it misses
 * what Chromium's renderers and PostgreSQL did (Linux; 0 elsewhere).
 */
function treeCpuSeconds(postgresData?: string): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
        stats.set(Number(entry), { parent: Number(fields[1]), ticks });
      } catch {
        // ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  const roots = new Set([process.pid]);
  try {
    if (postgresData) roots.add(Number(fs.readFileSync(path.join(postgresData, 'postmaster.pid'), 'utf8').split('\n')[0]));
  } catch {
    // not started here
  }
  let ticks = 0;
  for (const [pid, stat] of stats) {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = stats.get(p)?.parent ?? 0, hops++) {
      if (roots.has(p)) {
        ticks += stat.ticks;
        break;
      }
    }
  }
  return ticks / 100;
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
const needsServer = needsBrowser || uses(/support\/(server|cli)\.ts|startServer|runCli|dist\/|SERVER_BUNDLE/);

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
/** CPU seconds the run used, set-up, Chromium and PostgreSQL included (see treeCpuSeconds). */
let runCpu: number | undefined;

/**
 * The shared test directory, built (when stale) in a process of its own: the build runs without a break, and
 * here it would hold up everything else the set-up waits on meanwhile (PostgreSQL's template, the bundles).
 */
async function buildTestDirectoryApart(): Promise<void> {
  if (!testDirectoryStale()) return;
  const script = `import { buildTestDirectory } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'test', 'support', 'directory.ts')).href)}; await buildTestDirectory();`;
  const code = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    ...process.env,
    OT_TEST_VAR_DIR: TEST_VAR_DIR,
  });
  if (code !== 0) throw new Error(`Building the test directory failed (exit code ${code}).`);
}

/** The data folder of the PostgreSQL server this run started, if it started one (for treeCpuSeconds). */
let postgresData: string | undefined;

// Shared set-up, made while the static checks run.
const began = Date.now();
/** When each step of the set-up finished, counted from the start, to say where its time went. */
const setupSteps: string[] = [];
function timed<T>(step: string, work: Promise<T>): Promise<T> {
  return work.then((result) => {
    setupSteps.push(`${step} ${seconds(began)}`);
    return result;
  });
}
/**
 * The static checks start first, as child processes of their own: the set-up below holds this process's thread
 * at times (initdb and pg_ctl run synchronously), which would otherwise hold back their start.
 */
const staticStarted = Date.now();
const staticChecks = chosen.has('static')
  ? Promise.all([
      run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', '.']),
      run(path.join(ROOT, 'node_modules', '.bin', 'biome'), ['check', '.']),
    ]).then(([tsc, biome]) => ({ tsc, biome, ended: Date.now() }))
  : undefined;

const setup = (async () => {
  const env: Record<string, string> = { NODE_ENV: 'test', OT_TEST_VAR_DIR: TEST_VAR_DIR };
  let pgUrl = process.env.TEST_DATABASE_URL;
  const tasks: Promise<unknown>[] = [];
  // The directory build and the bundles run in processes of their own (esbuild's), while this one starts
  // PostgreSQL (waiting on initdb and pg_ctl) and fills its template once the directory is there.
  const directoryBuilt = needsDirectory ? timed('test directory', buildTestDirectoryApart()) : Promise.resolve();
  tasks.push(directoryBuilt);
  if (needsServer || needsDirectory) {
    tasks.push(
      timed('bundles', buildServerBundles(TEST_BUNDLES)).then(() => {
        env.OT_SERVER_BUNDLE_BUILT = '1';
        process.env.OT_SERVER_BUNDLE_BUILT = '1';
        // Apps made in test processes load the directory with the bundled worker, not through tsx again.
        env[DIRECTORY_LOADER_BUNDLE_ENV] = path.join(DIST_DIR, 'directory-loader.worker.mjs');
        // …and the apps one test process makes share one load of each directory file.
        env[SHARE_LOADS_ENV] = '1';
      }),
    );
  }
  if (needsPostgres) {
    tasks.push(
      (async () => {
        let cluster: PostgresCluster | undefined;
        if (!pgUrl) {
          cluster = await timed('PostgreSQL start', startPostgres());
          cleanups.push(() => cluster?.stop());
          pgUrl = cluster.url;
          postgresData = path.join(cluster.folder, 'data');
        }
        const template = await createTemplate(pgUrl);
        cleanups.push(() => dropDatabase(pgUrl as string, template));
        // Every PostgreSQL test database is a copy of the template: migrate it and publish the test directory once.
        await (needsDirectory ? directoryBuilt : buildTestDirectory());
        const schema = await timed('PostgreSQL template', fillTemplate(pgUrl, template));
        // …whose published directory the apps of one test process load once, whichever copy they run on.
        Object.assign(env, { [PG_URL_ENV]: pgUrl, [PG_TEMPLATE_ENV]: template, [SHARED_SCHEMA_ENV]: schema });
      })(),
    );
  }
  await Promise.all(tasks);
  return env;
})();
// A failure here is reported when the set-up is awaited, not as an unhandled rejection meanwhile.
setup.catch(() => {});

if (staticChecks) {
  const { tsc, biome, ended } = await staticChecks;
  timings.push(`static: ${((ended - staticStarted) / 1000).toFixed(1)} s`);
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
  console.log(`Test directory, database and server bundle ready after ${seconds(began)} (${setupSteps.join(', ')}).`);

  // The static checks and the set-up; each tier's CPU is added as it ends, Chromium's and PostgreSQL's included.
  runCpu = treeCpuSeconds(postgresData);
  for (const tier of TIERS) {
    const files = byTier.get(tier) ?? [];
    if (files.length === 0) continue;
    const tierEnv = { ...process.env, ...env };
    const started = Date.now();
    const cpuBefore = cpuSeconds();
    const allBefore = treeCpuSeconds(postgresData);
    const tierDone: (() => unknown)[] = [];
    if (tier === 'browser') {
      // One Chromium and one site for every journey that needs nothing special (see test/support/site.ts).
      const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      const site = await startServer({}, tierEnv);
      // Stopped when the tier ends (so their CPU counts in the tier's), or on the way out if the run is cut short.
      tierDone.push(
        () => browser.close(),
        () => site.stop(),
      );
      cleanups.push(...tierDone);
      Object.assign(tierEnv, { [SHARED_BROWSER_ENV]: browser.wsEndpoint(), [SHARED_SITE_ENV]: site.url });
    }
    const workers = Math.min(files.length, Number(process.env.TEST_CONCURRENCY ?? CONCURRENCY[tier]));
    console.log(
      `\n— ${tier}: ${files.length} file${files.length === 1 ? '' : 's'} in ${workers} process${workers === 1 ? '' : 'es'} —`,
    );
    // The tier's files as plain JavaScript (test/support/bundle.ts), so its processes run without tsx; if the
    // bundle cannot be made (or OT_TEST_BUNDLE=0), they run the sources through tsx as before.
    let bundles: Map<string, string> | undefined;
    if (process.env.OT_TEST_BUNDLE !== '0') {
      const bundling = Date.now();
      bundles = await bundleTests(files, path.join(TEST_VAR_DIR, 'bundle', tier)).catch((error: Error) => {
        console.log(`Running the sources through tsx: the bundle failed (${error.message})`);
        return undefined;
      });
      if (bundles) console.log(`Bundled in ${seconds(bundling)}.`);
    }
    const bundledWorker = bundles?.get(path.join(ROOT, 'test', 'support', 'worker.ts'));
    const queue = writeQueue(tier, files, workers, bundledWorker);
    const code = await run(
      process.execPath,
      [
        ...(bundledWorker ? ['--enable-source-maps'] : ['--import', 'tsx']),
        '--test',
        `--test-concurrency=${workers}`,
        // A guard against a hang, not a speed check: a worker runs many files, one after another.
        '--test-timeout=900000',
        '--test-reporter=spec',
        ...queue.workers.map((f) => path.relative(ROOT, f)),
      ],
      {
        ...tierEnv,
        [QUEUE_ENV]: queue.file,
        ...(bundledWorker ? { [BUNDLE_DIR_ENV]: path.join(TEST_VAR_DIR, 'bundle', tier) } : {}),
      },
    );
    // Counted before Chromium and the shared site stop: their processes' CPU is all there while they run.
    const allCpu = treeCpuSeconds(postgresData) - allBefore;
    for (const stop of tierDone.splice(0)) await Promise.resolve(stop()).catch(() => {});
    const figures = recordTimes(queue);
    console.log(`\nSlowest ${tier} files: ${largest(figures.times)}`);
    console.log(`Busiest ${tier} files (CPU): ${largest(figures.cpu)}`);
    const leaks = Object.entries(figures.left);
    if (leaks.length > 0)
      console.log(`Left running after the file ended: ${leaks.map(([f, what]) => `${f} (${what})`).join('; ')}`);
    const cpu = cpuSeconds() - cpuBefore;
    runCpu += Math.max(cpu, allCpu);
    timings.push(
      `${tier}: ${seconds(started)} (${files.length} files, ${cpu.toFixed(0)} s CPU; ${Math.max(cpu, allCpu).toFixed(0)} s with Chromium's and PostgreSQL's)`,
    );
    if (code !== 0) {
      failed = true;
      break;
    }
  }
}

runCpu ??= treeCpuSeconds(postgresData);
await cleanUp();
console.log(
  `\n${failed ? 'FAILED' : 'Passed'}. ${timings.join('; ')}; ${seconds(began)} in all (${runCpu.toFixed(0)} s CPU, set-up and PostgreSQL included).`,
);
process.exit(failed ? 1 : 0);
