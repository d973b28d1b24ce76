/**
 * A generated directory of 1,000,000 places, and what the site needs to serve it (`npm run bench -- million`).
 *
 * `millionDirectory()` writes var/bench/million.sqlite once (again only when the national test directory is
 * newer): the national directory, with each real facility copied 49 more times, like `synthesize` in run.ts
 * does for the index alone: the same services and listings, a new id (the real one with a `-<copy><suffix>`
 * ending, which the id pattern accepts), and the point scattered up to about 10 miles around the real one
 * (seeded, so every run reads the same file). The copies keep their ZIP code, so a ZIP holds 50 times more
 * places, the way density would grow with more data.
 *
 * `runMillionBench()` measures, in a fresh process each (so one measurement's garbage does not count in the
 * next): the locator's load time and memory after load (RSS and heap, after a full GC), search p50/p99 for 200
 * mixed queries, and the longest event-loop pause while a new directory file is swapped in and searches keep
 * coming (perf_hooks.monitorEventLoopDelay, 10 ms resolution). One run, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../src/config.ts';
import { buildTestDirectory } from '../test/support/directory.ts';

export const BENCH_DIR = path.join(ROOT, 'var', 'bench');
export const MILLION_DIRECTORY = path.join(BENCH_DIR, 'million.sqlite');
export const MILLION = 1_000_000;

/** A number in [-0.5, 0.5) from the text: the same text always gives the same number. */
function unit(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32LE(0) / 2 ** 32 - 0.5;
}

/** Writes the generated directory (once) and returns its path. */
export async function millionDirectory(size = MILLION): Promise<string> {
  const national = await buildTestDirectory();
  if (fs.existsSync(MILLION_DIRECTORY) && fs.statSync(MILLION_DIRECTORY).mtimeMs > fs.statSync(national).mtimeMs) {
    return MILLION_DIRECTORY;
  }
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const building = `${MILLION_DIRECTORY}.building`;
  fs.rmSync(building, { force: true });
  fs.copyFileSync(national, building);
  const db = new Database(building);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.function('jitter', { deterministic: true }, (id: unknown, copy: unknown, axis: unknown) => unit(`${id}:${copy}:${axis}`));
    // A copy's id: the real id's ten characters and `-<copy><two-digit suffix>` (real suffixes are under 100).
    const newId = `substr(f.id, 1, 10) || '-' || (c.k * 100 + coalesce(cast(nullif(substr(f.id, 12), '') as integer), 0))`;
    const real = (db.prepare('SELECT count(*) AS n FROM facilities').get() as { n: number }).n;
    const copies = Math.ceil(size / real) - 1;
    db.exec('CREATE TEMP TABLE copies (k INTEGER PRIMARY KEY)');
    const insert = db.prepare('INSERT INTO copies VALUES (?)');
    for (let k = 1; k <= copies; k++) insert.run(k);
    db.transaction(() => {
      // The last copy is cut short so the directory holds exactly `size` places.
      const cut = `(c.k < ${copies} OR f.rowid IN (SELECT rowid FROM facilities ORDER BY id LIMIT ${size - real * copies}))`;
      db.exec(
        `CREATE TEMP TABLE chosen AS SELECT f.id AS old, ${newId} AS id, c.k AS k FROM facilities f, copies c WHERE ${cut}`,
      );
      db.exec(`INSERT INTO facilities
        SELECT ch.id, name, name2, street, street2, city, state, zip, address_source,
               CASE WHEN latitude IS NULL THEN NULL ELSE latitude + 0.3 * jitter(f.id, ch.k, 'lat') END,
               CASE WHEN longitude IS NULL THEN NULL ELSE longitude + 0.3 * jitter(f.id, ch.k, 'lon') END,
               location_source, location_method, phone, intake_phone, phone_source, phone_source_name,
               phone_central_intake, intake_phone_central_intake, website, status, last_seen_year, serves_only,
               offers, disagreements, location_note
          FROM temp.chosen ch JOIN facilities f ON f.id = ch.old`);
      db.exec(`INSERT INTO facility_services SELECT ch.id, s.source, s.codes
                 FROM temp.chosen ch JOIN facility_services s ON s.facility_id = ch.old`);
      db.exec(`INSERT INTO facility_sources SELECT ch.id, s.source, s.source_row, s.role
                 FROM temp.chosen ch JOIN facility_sources s ON s.facility_id = ch.old`);
      db.prepare("UPDATE meta SET value = ? WHERE key = 'facility_count'").run(String(size));
    })();
  } finally {
    db.close();
  }
  fs.renameSync(building, MILLION_DIRECTORY);
  return MILLION_DIRECTORY;
}

export interface MillionFigures {
  facilities: number;
  loadMs: number;
  rssMb: number;
  heapMb: number;
  externalMb: number;
  searchP50: number;
  searchP99: number;
  swapMs: number;
  maxPauseMs: number;
  /** The longest gap between ticks of a 10 ms timer during the swap, beyond 10 ms (a check on maxPauseMs). */
  maxTimerGapMs: number;
  /** The longest pause with the same traffic and no swap, for as long: the machine's own noise. */
  quietPauseMs: number;
  searchesDuringSwap: number;
}

/** Runs bench/million-load.ts in a fresh process on a directory file and returns what it measured. */
export function measureDirectory(file: string): MillionFigures {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/million-load.ts', file],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`bench/million-load.ts failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as MillionFigures;
}

export function sayFigures(say: (s?: string) => void, label: string, f: MillionFigures): void {
  const ratio = (value: number, target: number) => `${(value / target).toFixed(2)}x the target`;
  say(`${label}: ${f.facilities.toLocaleString('en-US')} places`);
  say(`  load            ${(f.loadMs / 1000).toFixed(1)} s — ${ratio(f.loadMs, 15_000)} (under 15 s at 1M)`);
  say(
    `  memory (loaded) RSS ${f.rssMb} MB, heap ${f.heapMb} MB, array buffers ${f.externalMb} MB — RSS ${ratio(f.rssMb, 1024)} (under 1 GB at 1M)`,
  );
  say(`  search          p50 ${f.searchP50.toFixed(3)} ms, p99 ${f.searchP99.toFixed(3)} ms (200 mixed queries x 3)`);
  say(
    `  swap            new directory served after ${(f.swapMs / 1000).toFixed(1)} s; longest event-loop pause ${f.maxPauseMs.toFixed(0)} ms (a 10 ms timer's longest gap: ${f.maxTimerGapMs.toFixed(0)} ms) — ${ratio(Math.max(f.maxPauseMs, f.maxTimerGapMs), 100)} (under 100 ms); ${f.searchesDuringSwap} searches answered meanwhile; with no swap, the same traffic for as long: ${f.quietPauseMs.toFixed(0)} ms`,
  );
}

export async function runMillionBench(say: (s?: string) => void): Promise<void> {
  const t0 = performance.now();
  const file = await millionDirectory();
  say(`(generated directory ready in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${path.relative(ROOT, file)})`);
  sayFigures(say, 'national directory', measureDirectory(await buildTestDirectory()));
  sayFigures(say, 'generated directory', measureDirectory(file));
}
