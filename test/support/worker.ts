/**
 * One test process that runs many test files, one after another, for scripts/test.ts's unit and route tiers.
 *
 * Node's runner starts a process per test file, and each pays for itself: tsx, the app's modules, often the
 * 20,000-place test directory. Instead the runner starts a few of these workers (`--test` on copies of
 * worker entry files, so Node still reports and times them) and each takes the next file nobody has taken
 * from one shared queue, until none is left: a long file never holds up a list of short ones behind it.
 *
 * Each file runs inside a suite named by its path, so its top-level `before`, `after`, `beforeEach` and
 * `afterEach` hooks (and `useTestApp()`'s app) belong to that file alone: made before its tests, closed after
 * them, never seen by the next file. Files must not leave global state behind (environment variables,
 * process handlers, timers); the Node mocks they use are restored by the test context.
 *
 * When the runner bundled the tier (./bundle.ts), this worker runs as a bundle too, with no tsx, and imports
 * each file's bundle in place of the file.
 *
 * The queue is a JSON list of files, heaviest first (OT_TEST_QUEUE); a file is taken by creating a folder
 * named after its place in the list (mkdir is atomic, so two workers never take the same one). How long each
 * file took is written beside the queue, so the next run can put the heaviest first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../src/config.ts';
import { BUNDLE_DIR_ENV, bundledPath, claimsDir, QUEUE_ENV, timesFile } from './queue.ts';

function queueFile(): string {
  const file = process.env[QUEUE_ENV];
  if (!file) throw new Error(`${QUEUE_ENV} is not set: run the tests with npm test (scripts/test.ts).`);
  return file;
}
const queue = queueFile();
const files = JSON.parse(fs.readFileSync(queue, 'utf8')) as string[];
const worker = path.basename(process.argv[1] ?? String(process.pid));
/** The folder of the tier's bundles, when the runner made them: each file is imported as its bundle. */
const bundles = process.env[BUNDLE_DIR_ENV];

function take(index: number): boolean {
  try {
    fs.mkdirSync(path.join(claimsDir(queue), String(index)));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** CPU milliseconds this process and its finished children used so far (children from /proc, where there is one). */
function cpuMs(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // Fields 16 and 17 of /proc/self/stat: the CPU time of children waited for, in clock ticks (100 a second).
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    children = (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    // not Linux
  }
  return (own.user + own.system) / 1000 + children;
}

/** How many of each kind of resource keeps this process's event loop busy (Node's own count). */
function resources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

const times: Record<string, number> = {};
const cpu: Record<string, number> = {};
const left: Record<string, string> = {};
let held = resources();
for (const [index, file] of files.entries()) {
  if (!take(index)) continue;
  const started = Date.now();
  const cpuBefore = cpuMs();
  await describe(path.relative(ROOT, file), async () => {
    await import(pathToFileURL(bundles ? bundledPath(ROOT, bundles, file) : file).href);
  });
  times[path.relative(ROOT, file)] = Date.now() - started;
  cpu[path.relative(ROOT, file)] = Math.round(cpuMs() - cpuBefore);
  // What the file left running (timers, sockets, child processes…), which would slow the files after it. A
  // handle that closes a moment after the file ends (a child's pipes after its exit, a socket being closed) is
  // not a leak: when something is found, look again a little later.
  const addedSince = (now: Map<string, number>) =>
    [...now].filter(([kind, n]) => n > (held.get(kind) ?? 0)).map(([kind, n]) => `${kind} +${n - (held.get(kind) ?? 0)}`);
  let after = resources();
  if (addedSince(after).length > 0) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    after = resources();
  }
  const added = addedSince(after);
  if (added.length > 0) left[path.relative(ROOT, file)] = added.join(', ');
  held = after;
}
fs.writeFileSync(timesFile(queue, worker), JSON.stringify({ times, cpu, left, total: Math.round(cpuMs()) }));
