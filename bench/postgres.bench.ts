/**
 * `npm run bench -- postgres`: the national directory published into a throwaway PostgreSQL 15 + PostGIS
 * cluster (scripts/postgres.ts), then
 *   - publish time (copy into a new schema, switch the pointer), the first time and again while it is in use;
 *   - search latency p50/p99 for the same 200 mixed queries through the locator with the in-memory index
 *     (loaded from PostgreSQL) and with SEARCH_ENGINE=postgis, and the ratio;
 *   - HTTP requests per second on /find (5,000 distinct searches) of one instance and of two instances on the
 *     same database, with the same client load (20 connections in all, split evenly), for each engine;
 * and the generated 1,000,000-place directory (bench/million.ts) published into a second database of the same
 * cluster, with its publish time and the same latency comparison (no HTTP: that measures the server, not the
 * directory's size). One run, never asserted: the machine is shared and noisy.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { startPostgres } from '../scripts/postgres.ts';
import { PostgresDirectoryHandle } from '../src/db/directory-postgres.ts';
import { searchUrl } from '../src/domain/search-query.ts';
import { loadGeoTables } from '../src/features/locator/locator.repository.ts';
import { LocatorService } from '../src/features/locator/locator.service.ts';
import { buildTestDirectory, publishTestDirectory } from '../test/support/directory.ts';
import { withDatabase } from '../test/support/postgres.ts';
import { startBenchServer } from './http.bench.ts';
import { MILLION, millionDirectory } from './million.ts';
import { mixedQueries, percentile, timeSearches } from './queries.ts';

const ms = (x: number) => `${x.toFixed(3)} ms`;
const CONNECTIONS = 20;

export async function runPostgresBench(say: (s?: string) => void, options: { seconds?: number } = {}): Promise<void> {
  const seconds = options.seconds ?? 8;
  // The national directory: built from the bundled sources (data/sources), as `npm run directory -- build` does.
  const file = await buildTestDirectory();
  const cluster = await startPostgres();
  try {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    await client.query('CREATE EXTENSION postgis');
    await client.end();

    say('\n### Publishing the national directory (copy into a new schema with its PostGIS points, then switch)');
    await publishTimed(say, cluster.url, file, ['first publish', 'republish (replaces the one in use)']);

    const handle = new PostgresDirectoryHandle({ url: cluster.url, pollMs: 60_000 });
    try {
      await handle.ready();
      const geo = await loadGeoTables(handle.snapshot());
      say('\n### Search latency, national directory, 200 mixed queries x 5 rounds, through the locator (the page and API path)');
      await compareEngines(say, handle, 5);

      const find = mixedQueries([...geo.zips.keys()], 5000, 7).map((q) => searchUrl('/find', q));
      say(
        `\n### HTTP /find, 5,000 distinct searches, ${CONNECTIONS} connections in all (split evenly across instances), ${seconds} s, one PostgreSQL`,
      );
      const env = { DATABASE_URL: cluster.url, RATE_LIMIT_SECRET: 'bench-only-secret-0123456789abcdef0123', COMPRESSION: 'off' };
      for (const engine of ['memory', 'postgis'] as const) {
        const rps: number[] = [];
        for (const instances of [1, 2]) {
          const servers = await Promise.all(
            Array.from({ length: instances }, () => startBenchServer({ ...env, SEARCH_ENGINE: engine })),
          );
          try {
            const load = (duration: number) =>
              Promise.all(
                servers.map((server) =>
                  autocannon({
                    url: server.url,
                    connections: CONNECTIONS / instances,
                    duration,
                    requests: find.map((p) => ({ method: 'GET', path: p })),
                  }),
                ),
              );
            await load(3); // warm
            const results = await load(seconds);
            const total = results.reduce((sum, r) => sum + r.requests.average, 0);
            const errors = results.reduce((sum, r) => sum + r.errors + r.non2xx + r.timeouts, 0);
            const p99 = Math.max(...results.map((r) => r.latency.p99));
            rps.push(total);
            say(
              `${engine.padEnd(8)} ${instances} instance${instances > 1 ? 's' : ' '} ${total.toFixed(0).padStart(6)} req/s  p99 ${String(p99).padStart(5)} ms  errors ${errors}`,
            );
          } finally {
            for (const server of servers) server.stop();
          }
        }
        say(`${engine.padEnd(8)} two instances / one: ${((rps[1] as number) / (rps[0] as number)).toFixed(2)}x`);
      }
    } finally {
      handle.close();
    }

    // The same on 1,000,000 places, in a database of its own.
    const million = await millionDirectory();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE million');
    await admin.end();
    const millionUrl = withDatabase(cluster.url, 'million');
    say(`\n### Publishing the generated ${MILLION.toLocaleString('en-US')}-place directory`);
    await publishTimed(say, millionUrl, million, ['first publish']);
    const big = new PostgresDirectoryHandle({ url: millionUrl, pollMs: 60_000 });
    try {
      await big.ready();
      say(`\n### Search latency, ${MILLION.toLocaleString('en-US')} places, the same kind of queries x 3 rounds`);
      await compareEngines(say, big, 3);
    } finally {
      big.close();
    }
  } finally {
    cluster.stop();
  }
}

/** Publishes `file` once per label and says how long each took. */
async function publishTimed(say: (s?: string) => void, url: string, file: string, labels: string[]): Promise<void> {
  for (const label of labels) {
    const t0 = performance.now();
    const p = await publishTestDirectory(url, file);
    const total = performance.now() - t0;
    say(
      `${label.padEnd(36)} ${(total / 1000).toFixed(1)} s in all (reading the file and its search points included); copy ${(p.copyMs / 1000).toFixed(1)} s, switch ${p.switchMs} ms`,
    );
  }
}

/** p50/p99 of 200 mixed queries through the locator with each engine, and their ratio. */
async function compareEngines(say: (s?: string) => void, handle: PostgresDirectoryHandle, rounds: number): Promise<void> {
  const geo = await loadGeoTables(handle.snapshot());
  const queries = mixedQueries([...geo.zips.keys()], 200);
  const latency: Record<string, { p50: number; p99: number }> = {};
  for (const engine of ['memory', 'postgis'] as const) {
    const locator = new LocatorService(handle, { engine });
    const t0 = performance.now();
    await locator.warm();
    const warmMs = performance.now() - t0;
    const times = await timeSearches((q) => locator.search(q), queries, rounds);
    latency[engine] = { p50: percentile(times, 50), p99: percentile(times, 99) };
    say(
      `${engine.padEnd(8)} p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))} (loaded from PostgreSQL in ${(warmMs / 1000).toFixed(1)} s)`,
    );
  }
  const m = latency.memory as { p50: number; p99: number };
  const g = latency.postgis as { p50: number; p99: number };
  say(`PostGIS / in-memory: p50 ${(g.p50 / m.p50).toFixed(1)}x, p99 ${(g.p99 / m.p99).toFixed(1)}x`);
}
