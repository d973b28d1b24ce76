/**
 * `npm run bench -- http`: requests per second for /healthz, a precomputed body the size of a results page (the
 * floor), /find and /api/v1/facilities with 5,000 distinct searches. Every route is warmed before anything is
 * measured (the first JSX render makes everything after it slower, so measuring /healthz first would flatter
 * it), then each is measured in rounds (the four routes one after another, again and again, so other load on a
 * shared machine falls on all of them), in one run, with page compression off (the reverse-proxy case) and on.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildServerBundles } from '../scripts/build-server.ts';
import { freeLoopbackPort } from '../scripts/free-port.ts';
import { ROOT } from '../src/config.ts';
import { searchUrl } from '../src/domain/search-query.ts';
import { buildTestDirectory, TEST_DIRECTORY } from '../test/support/directory.ts';
import { mixedQueries } from './queries.ts';

export interface HttpFigures {
  compression: boolean;
  floorBytes: number;
  routes: Record<
    string,
    {
      rps: number;
      p99: number;
      errors: number;
      bytesPerRequest: number;
      ofHealthz: number;
      ofFloor: number;
      /** The server process's CPU time per request in µs (all its threads), or NaN where /proc is missing. */
      serverCpuUs: number;
    }
  >;
}

/**
 * Starts bench/http-server.ts (compiled like `npm start`'s server) on a free loopback port with this environment;
 * `nodeArgs` go to node before the script (bench/profile.ts preloads its profiler so).
 */
export async function startBenchServer(
  env: Record<string, string>,
  options: { nodeArgs?: string[] } = {},
): Promise<{ url: string; floorBytes: number; child: ChildProcess; stop(): void }> {
  const port = await freeLoopbackPort();
  const floorPaths = await floorPathsFile();
  // Compiled like `npm start`'s server, from bench/http-server.ts (the site plus the floor route).
  await buildServerBundles({ 'bench-http-server': path.join(ROOT, 'bench', 'http-server.ts') });
  const script = path.join(ROOT, 'dist', 'bench-http-server.mjs');
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), script], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://bench.invalid',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DIRECTORY_PATH: TEST_DIRECTORY,
      VAR_DIR: `${ROOT}/var/bench`,
      BENCH_FLOOR_PATHS: floorPaths,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const floorBytes = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{"listening"'));
      if (line) resolve(JSON.parse(line).floorBytes);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, floorBytes, child, stop: () => child.kill('SIGKILL') };
}

/**
 * The file of paths bench/http-server.ts makes its floor from: every 23rd of the benchmark's searches (not a
 * multiple of 5, as the searches take the five radii in turn), whose median-size page is the floor. Written
 * once per process, however many servers start (bench/postgres.bench.ts starts several at once).
 */
let floorPaths: Promise<string> | undefined;
function floorPathsFile(): Promise<string> {
  floorPaths ??= benchQueries().then((queries) => {
    const file = path.join(ROOT, 'var', 'bench', 'floor-paths.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const sample = queries.filter((_, k) => k % 23 === 0);
    fs.writeFileSync(file, JSON.stringify(sample.map((q) => searchUrl('/find', q))));
    return file;
  });
  return floorPaths;
}

type BenchQueries = ReturnType<typeof mixedQueries>;
let queries: Promise<BenchQueries> | undefined;

/**
 * The http benchmark's 5,000 mixed searches over the test directory's ZIP codes (built first if need be), read
 * once per process. Callers only read them.
 */
export function benchQueries(): Promise<BenchQueries> {
  queries ??= readBenchQueries();
  return queries;
}

async function readBenchQueries(): Promise<BenchQueries> {
  await buildTestDirectory();
  const { SqliteDirectoryHandle } = await import('../src/db/directory-connection.ts');
  const handle = new SqliteDirectoryHandle(TEST_DIRECTORY);
  const zips = (await handle.snapshot().db.selectFrom('zip_centroids').select('zip').execute()).map((z) => z.zip);
  handle.close();
  return mixedQueries(zips, 5000, 7);
}

/**
 * CPU seconds a process has used so far (user and system, all its threads), from /proc; NaN where there is none.
 */
function processCpuSeconds(pid: number | undefined): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name (which may hold spaces), in clock ticks.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
/** Linux's USER_HZ, the unit of /proc's CPU times (100 on every architecture Node runs on). */
const CLOCK_TICKS = 100;

const CONNECTIONS = 10;
/** The most requests one connection is given for a round (it starts its list again if it gets through them). */
const PER_CONNECTION_ROUND = 1000;

export async function runHttpBench(
  say: (s?: string) => void,
  options: { seconds?: number; rounds?: number } = {},
): Promise<HttpFigures[]> {
  const seconds = options.seconds ?? 8;
  // The machine is shared: each route's time is split into rounds, and every round measures the four routes one
  // after the other, so a burst of someone else's load falls on every route alike. Each ratio is the median of
  // the rounds' own ratios; each rate is the median of its rounds.
  const rounds = options.rounds ?? 4;
  const queries = await benchQueries();
  const find = queries.map((q) => searchUrl('/find', q));
  const api = queries.map((q) => searchUrl('/api/v1/facilities', q));
  const all: HttpFigures[] = [];
  for (const compression of [false, true]) {
    const server = await startBenchServer({ COMPRESSION: compression ? 'on' : 'off' });
    const headers: Record<string, string> = compression ? { 'accept-encoding': 'br, gzip' } : {};
    // autocannon walks one list from its start on every connection, so ten connections would ask for the same
    // searches at the same moment, and each round would start again at the first search. Here each connection
    // is given its own part of the list (setupClient) and goes on where it stopped, so every search is asked for.
    const load = async (paths: string[], duration: number, cursors: number[]) => {
      let client = 0;
      const take = Math.min(paths.length, PER_CONNECTION_ROUND);
      const listFrom = (at: number) =>
        Array.from({ length: take }, (_, k) => ({ method: 'GET' as const, path: paths[(at + k) % paths.length] as string }));
      const cpuBefore = processCpuSeconds(server.child.pid);
      const r = await autocannon({
        url: server.url,
        connections: cursors.length,
        duration,
        headers,
        requests: [{ method: 'GET', path: paths[0] as string }],
        setupClient: (c) => c.setRequests(listFrom(cursors[client++ % cursors.length] as number)),
      });
      // Each connection made about as many requests as the others: move each one on by its share.
      const each = Math.round(r.requests.total / cursors.length);
      cursors.forEach((at, k) => {
        cursors[k] = (at + each) % paths.length;
      });
      const cpu = processCpuSeconds(server.child.pid) - cpuBefore;
      return {
        serverCpuUs: (1e6 * cpu) / Math.max(1, r.requests.total),
        rps: r.requests.total / r.duration,
        p99: r.latency.p99,
        errors: r.errors + r.non2xx + r.timeouts,
        bytesPerRequest: r.throughput.total / Math.max(1, r.requests.total),
      };
    };
    const routes: Record<string, string[]> = {
      '/healthz': ['/healthz'],
      floor: ['/__bench/floor'],
      '/find': find,
      '/api/v1/facilities': api,
    };
    try {
      const cursors = Object.fromEntries(
        Object.entries(routes).map(([name, paths]) => [
          name,
          Array.from({ length: CONNECTIONS }, (_, k) => Math.floor((k * paths.length) / CONNECTIONS)),
        ]),
      );
      for (const [name, paths] of Object.entries(routes)) await load(paths, 3, cursors[name] as number[]); // warm every route first
      const measured: Record<string, Awaited<ReturnType<typeof load>>[]> = Object.fromEntries(
        Object.keys(routes).map((name) => [name, []]),
      );
      for (let round = 0; round < rounds; round++) {
        for (const [name, paths] of Object.entries(routes))
          measured[name]?.push(await load(paths, seconds / rounds, cursors[name] as number[]));
      }
      const median = (xs: number[]) => {
        const s = [...xs].sort((a, b) => a - b);
        const mid = s.length >> 1;
        return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
      };
      const ratio = (name: string, to: string) =>
        median((measured[name] ?? []).map((r, k) => r.rps / ((measured[to] ?? [])[k]?.rps ?? Number.NaN)));
      const figures: HttpFigures = { compression, floorBytes: server.floorBytes, routes: {} };
      for (const [name, runs] of Object.entries(measured)) {
        figures.routes[name] = {
          rps: median(runs.map((r) => r.rps)),
          p99: Math.max(...runs.map((r) => r.p99)),
          errors: runs.reduce((n, r) => n + r.errors, 0),
          bytesPerRequest: median(runs.map((r) => r.bytesPerRequest)),
          ofHealthz: ratio(name, '/healthz'),
          ofFloor: ratio(name, 'floor'),
          serverCpuUs: median(runs.map((r) => r.serverCpuUs)),
        };
      }
      all.push(figures);
      say(
        `\n### Page compression ${compression ? 'on (client sends Accept-Encoding: br, gzip)' : 'off (the reverse-proxy case)'}; floor body ${server.floorBytes} bytes; ${rounds} rounds of ${seconds / rounds} s per route, medians`,
      );
      for (const [name, r] of Object.entries(figures.routes)) {
        const perRound = (measured[name] ?? []).map((x) => x.rps.toFixed(0)).join('/');
        say(
          `${name.padEnd(20)} ${r.rps.toFixed(0).padStart(6)} req/s  p99 ${String(r.p99).padStart(4)} ms  ${(r.bytesPerRequest / 1024).toFixed(1).padStart(5)} KB/response  errors ${r.errors}  ${r.ofHealthz.toFixed(2)} of /healthz  ${r.ofFloor.toFixed(2)} of floor  server CPU ${r.serverCpuUs.toFixed(0).padStart(4)} µs/request  (rounds ${perRound})`,
        );
      }
    } finally {
      server.stop();
    }
  }
  say('Goals: API at least 0.5 of /healthz; /find at least 0.5 of the floor and at least 0.3 of /healthz; zero errors.');
  say(
    "Server CPU is the server process's own time (all its threads) per request: the load generator shares the machine, so it shows what each route costs the server alone.",
  );
  return all;
}
