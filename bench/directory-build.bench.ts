/**
 * One full directory build from the bundled sources, in its own process so its peak memory is its own.
 * Prints one JSON line: { ms, maxRssMb, facilities }.
 */
import path from 'node:path';
import { ROOT } from '../src/config.ts';
import { buildDirectory } from '../src/pipeline/build.ts';
import { tempDir } from '../test/support/app.ts';

const started = performance.now();
const result = await buildDirectory({
  sourcesDir: path.join(ROOT, 'data', 'sources'),
  outPath: path.join(tempDir('ot-bench-'), 'directory.sqlite'),
});
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    facilities: result.report.facilities.total,
  }),
);
