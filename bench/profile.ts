/**
 * `npx tsx bench/profile.ts [route] [seconds]`: a CPU profile of the compiled bench server (bench/http-server.ts)
 * under the http benchmark's load on one route (`find`, `api`, `floor` or `healthz`), then a summary of the top
 * functions by self time and of the main inclusive times. Start-up and warm-up are not profiled (see
 * bench/profile-preload.mjs). The .cpuprofile is written under var/profile for
 * Chrome's DevTools. Not a test: a tool for finding where a request's time goes.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from '../src/config.ts';
import { searchUrl } from '../src/domain/search-query.ts';
import { benchQueries, startBenchServer } from './http.bench.ts';

const route = process.argv[2] ?? 'find';
const seconds = Number(process.argv[3] ?? 8);
const compression = process.env.COMPRESSION ?? 'off';
const outDir = path.join(ROOT, 'var', 'profile');
fs.mkdirSync(outDir, { recursive: true });

const queries = await benchQueries();
const paths: Record<string, string[]> = {
  find: queries.map((q) => searchUrl('/find', q)),
  api: queries.map((q) => searchUrl('/api/v1/facilities', q)),
  floor: ['/__bench/floor'],
  healthz: ['/healthz'],
};
const requests = (paths[route] ?? [route]).map((p) => ({ method: 'GET' as const, path: p }));

const prefix = `${route.replace(/\W/g, '')}-${compression}`;
const { url, child } = await startBenchServer(
  { COMPRESSION: compression, PROFILE_OUT: path.join(outDir, `${prefix}.cpuprofile`) },
  { nodeArgs: ['--import', path.join(ROOT, 'bench', 'profile-preload.mjs')] },
);
const headers: Record<string, string> = compression === 'on' ? { 'accept-encoding': 'br, gzip' } : {};
await autocannon({ url, connections: 10, duration: 3, headers, requests }); // warm, unprofiled
child.kill('SIGUSR2');
await new Promise((resolve) => setTimeout(resolve, 200));
const r = await autocannon({ url, connections: 10, duration: seconds, headers, requests });
console.log(`${route}: ${r.requests.average.toFixed(0)} req/s (errors ${r.errors + r.non2xx}) under the profiler`);
const exited = new Promise((resolve) => child.once('exit', resolve));
child.kill('SIGTERM');
await exited;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
const profile = JSON.parse(fs.readFileSync(path.join(outDir, `${prefix}.cpuprofile`), 'utf8')) as { nodes: Node[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const total = profile.nodes.reduce((s, n) => s + n.hitCount, 0);
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
for (const n of profile.nodes) self.set(label(n), (self.get(label(n)) ?? 0) + n.hitCount);
// Inclusive: each function's subtree, counted once per stack even when it recurses.
const inclusive = new Map<string, number>();
const walk = (n: Node, onStack: Set<string>): number => {
  let sum = n.hitCount;
  const l = label(n);
  const fresh = !onStack.has(l);
  if (fresh) onStack.add(l);
  for (const c of n.children ?? []) sum += walk(byId.get(c) as Node, onStack);
  if (fresh) {
    onStack.delete(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + sum);
  }
  return sum;
};
walk(profile.nodes[0] as Node, new Set());
const pct = (x: number) => `${((100 * x) / total).toFixed(1).padStart(5)}%`;
console.log(`\nTop self time (${total} samples):`);
for (const [l, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${pct(v)}  ${l}`);
console.log('\nTop inclusive time:');
for (const [l, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${pct(v)}  ${l}`);
