/**
 * The site as `npm start` runs it, plus one route the benchmark needs: `/__bench/floor`, a real results page
 * rendered once at start-up and then served as a precomputed body through the same middleware (request log,
 * security headers, cache headers, compression). It is the floor for a response of that many bytes: what
 * `/find` would cost if rendering and searching were free.
 *
 * The page is the one of median size among the searches listed in BENCH_FLOOR_PATHS (a JSON file of paths the
 * benchmark writes: a sample of its own searches), so the floor is as large as a typical results page, and it is
 * kept as bytes, as /find's pages are written: a string would be encoded again on every response.
 *
 * Only `npm run bench -- http` starts this file; the site itself never has the route.
 */
import fs from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.tsx';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/deps.ts';
import { HTML, send } from '../src/lib/send.ts';

const config = loadConfig();
const deps = createDeps(config);
// With DATABASE_URL (npm run bench -- postgres), the directory published in PostgreSQL, as src/server.ts waits.
await deps.directory.ready();
await deps.locator.warm({ fillCache: true });
// The router is fixed after the first request, so the sample pages come from a twin of the app.
const twin = createApp(deps);
const candidates: string[] = process.env.BENCH_FLOOR_PATHS
  ? JSON.parse(fs.readFileSync(process.env.BENCH_FLOOR_PATHS, 'utf8'))
  : ['/find?near=21201'];
const pages: Buffer[] = [];
for (const path of candidates) {
  const response = await twin.request(path);
  if (response.status === 200) pages.push(Buffer.from(await response.arrayBuffer()));
}
pages.sort((a, b) => a.length - b.length);
const floor = pages[pages.length >> 1];
if (floor === undefined) throw new Error('No results page to make the floor from.');
const app = createApp(deps);
app.get('/__bench/floor', (c) => send(c, floor, HTML));
serve({ fetch: app.fetch, port: config.port, hostname: config.host });
console.log(JSON.stringify({ listening: config.port, floorBytes: floor.length }));
