/**
 * One measurement for bench/million.ts, in a process of its own (`node --expose-gc --import tsx
 * bench/million-load.ts <directory file>`): prints one line of JSON (MillionFigures).
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SqliteDirectoryHandle } from '../src/db/directory-connection.ts';
import { loadGeoTables } from '../src/features/locator/locator.repository.ts';
import { LocatorService } from '../src/features/locator/locator.service.ts';
import { BENCH_DIR, type MillionFigures } from './million.ts';
import { mixedQueries, percentile, timeSearches } from './queries.ts';

const source = process.argv[2] as string;
const live = path.join(BENCH_DIR, `live-${process.pid}.sqlite`);
const next = path.join(BENCH_DIR, `next-${process.pid}.sqlite`);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

fs.copyFileSync(source, live);
fs.copyFileSync(source, next);
// Checks the file on every snapshot, so the swap is seen at once.
const handle = new SqliteDirectoryHandle(live, 0);
try {
  const geo = await loadGeoTables(handle.snapshot());
  const queries = mixedQueries([...geo.zips.keys()], 200);
  const facilities = Number(
    ((await handle.snapshot().db.selectFrom('meta').select('value').where('key', '=', 'facility_count').executeTakeFirst())
      ?.value as string) ?? 0,
  );
  gc();

  const locator = new LocatorService(handle);
  const t0 = performance.now();
  await locator.warm();
  const loadMs = performance.now() - t0;
  gc();
  gc();
  const memory = process.memoryUsage();

  const times = await timeSearches((q) => locator.search(q), queries, 3);

  // A swap while searches keep coming: one search every millisecond or so, from a timer, as requests would.
  let searching = true;
  let answered = 0;
  const traffic = (async () => {
    let i = 0;
    while (searching) {
      await locator.search(queries[i++ % queries.length] as (typeof queries)[number]);
      answered++;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 200));

  /** The longest event-loop pause while `work` runs (and 200 ms after): the histogram's, and a 10 ms timer's. */
  const watch = async (work: () => Promise<void>) => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    // The same, measured plainly: the longest gap between ticks of a 10 ms timer, beyond its 10 ms.
    let gap = 0;
    let tick = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      gap = Math.max(gap, now - tick - 10);
      tick = now;
    }, 10);
    const t = performance.now();
    await work();
    const ms = performance.now() - t;
    await new Promise((resolve) => setTimeout(resolve, 200));
    delay.disable();
    clearInterval(ticker);
    return { ms, histogram: delay.max / 1e6, gap };
  };
  answered = 0;
  const swap = await watch(async () => {
    fs.renameSync(next, live);
    await locator.warm();
  });
  const answeredDuringSwap = answered;
  // The same traffic for as long with no swap: on a shared machine, the pauses that are not ours.
  const quiet = await watch(() => new Promise((resolve) => setTimeout(resolve, Math.min(swap.ms, 30_000))));
  searching = false;
  await traffic;

  const figures: MillionFigures = {
    facilities,
    loadMs,
    rssMb: mb(memory.rss),
    heapMb: mb(memory.heapUsed),
    externalMb: mb(memory.arrayBuffers),
    searchP50: percentile(times, 50),
    searchP99: percentile(times, 99),
    swapMs: swap.ms,
    maxPauseMs: swap.histogram,
    maxTimerGapMs: swap.gap,
    quietPauseMs: Math.max(quiet.histogram, quiet.gap),
    searchesDuringSwap: answeredDuringSwap,
  };
  console.log(JSON.stringify(figures));
} finally {
  handle.close();
  fs.rmSync(live, { force: true });
  fs.rmSync(next, { force: true });
}
process.exit(0);
