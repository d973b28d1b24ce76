/**
 * The site as `npm start` runs it, plus one route the benchmark needs: `/__bench/floor`, a real results page
 * rendered once at start-up and then served as a precomputed body through the same middleware (request log,
 * security headers, cache headers, compression). It is the floor for a response of that many bytes: what
 * `/find` would cost if rendering and searching were free.
 *
 * Only `npm run bench -- http` starts this file; the site itself never has the route.
 */
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
// The router is fixed after the first request, so the sample page comes from a twin of the app.
const sample = await createApp(deps).request(process.env.BENCH_FLOOR_PATH ?? '/find?near=21201');
const floor = await sample.text();
const app = createApp(deps);
app.get('/__bench/floor', (c) => send(c, floor, HTML));
serve({ fetch: app.fetch, port: config.port, hostname: config.host });
console.log(JSON.stringify({ listening: config.port, floorBytes: Buffer.byteLength(floor) }));
