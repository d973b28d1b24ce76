/** The names scripts/test.ts and its worker processes (./worker.ts) agree on for a tier's queue of test files. */
import path from 'node:path';

/** Set by scripts/test.ts: the queue file (a JSON list of test files, heaviest first) a worker takes files from. */
export const QUEUE_ENV = 'OT_TEST_QUEUE';

/** Where a queue's claims are kept: one folder per file taken, named by its place in the list. */
export const claimsDir = (queue: string) => `${queue}.claims`;

/** Where a worker writes how long each of its files took (its entry file's name tells the workers apart). */
export const timesFile = (queue: string, worker: string) => `${queue}.${worker}.times.json`;

/**
 * Set by scripts/test.ts when it bundled the tier's files (./bundle.ts): the folder the bundles are in. The
 * worker then imports each file's bundle instead of its source.
 */
export const BUNDLE_DIR_ENV = 'OT_TEST_BUNDLE_DIR';

/** Where the bundle of a source file (a test file, or ./worker.ts) under `root` is written in `outdir`. */
export function bundledPath(root: string, outdir: string, file: string): string {
  return path.join(outdir, path.relative(root, file)).replace(/\.tsx?$/, '.mjs');
}
