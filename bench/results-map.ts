/**
 * `npx tsx bench/results-map.ts [rounds] [--save FILE | --check FILE]`: the results map alone, in process, over
 * the http benchmark's 5,000 searches. Each search runs once, untimed, through the locator; then ResultsMap is
 * timed over all 5,000 results (one untimed warm pass, then `rounds` timed passes) and the mean per map printed.
 * `--save` writes every map drawn to a file, `--check` compares every map with such a file, byte for byte (for
 * a change that should not change the picture). Not a test: a tool for deciding, on a noisy shared machine.
 */

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/deps.ts';
import { ResultsMap } from '../src/ui/map/locator-maps.ts';
import { usOutlines } from '../src/ui/map/outlines.ts';
import { TEST_DIRECTORY } from '../test/support/directory.ts';
import { benchQueries } from './http.bench.ts';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const queries = await benchQueries();
process.env.DIRECTORY_PATH = TEST_DIRECTORY;
process.env.LOG_LEVEL = 'warn';
const deps = createDeps(loadConfig());
await deps.directory.ready();
const searches: Awaited<ReturnType<typeof deps.locator.search>>[] = [];
for (const q of queries) searches.push(await deps.locator.search(q));
usOutlines();

const draw = (s: (typeof searches)[number]) => String(ResultsMap({ search: s, first: 1, tokens: new Set() }) ?? '');
const maps = searches.map(draw);
const saved = flag('--save');
if (saved) fs.writeFileSync(saved, maps.join('\n\u0000\n'));
const checked = flag('--check');
if (checked) {
  const before = fs.readFileSync(checked, 'utf8').split('\n\u0000\n');
  const differ = maps.flatMap((m, i) => (m === before[i] ? [] : [i]));
  console.log(
    `compared with ${checked}: ${differ.length} of ${maps.length} maps differ${differ.length ? ` (first: ${differ[0]})` : ''}`,
  );
}
const bytes = maps.reduce((sum, m) => sum + m.length, 0);
const digest = createHash('sha256').update(maps.join('\n')).digest('hex').slice(0, 16);
console.log(`${maps.filter(Boolean).length} maps, ${(bytes / maps.length).toFixed(0)} chars each on average, sha256 ${digest}`);

const times: number[] = [];
// Each map is read out as UTF-8, as a response is written: a map made of many small strings pays for joining them.
let sink = 0;
for (let round = 0; round <= rounds; round++) {
  const started = process.hrtime.bigint();
  for (const s of searches) sink += Buffer.byteLength(draw(s));
  const us = Number(process.hrtime.bigint() - started) / 1000 / searches.length;
  if (round > 0) times.push(us);
}
times.sort((a, b) => a - b);
console.log(
  `ResultsMap: median ${times[Math.floor(times.length / 2)]?.toFixed(1)} us per search, best ${times[0]?.toFixed(1)} us (${rounds} rounds of ${searches.length})`,
);
if (sink === 0) console.log('no maps drawn');
process.exit(0);
