import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { DirectorySnapshot } from '../../db/directory-connection.ts';
import { sharedLoad, sharedSchema, sharingLoads } from '../../lib/shared-loads.ts';
import { type CompactDirectory, loadCompactDirectory } from './compact-directory.ts';

/** The compiled worker to use under tsx (set by scripts/test.ts to the bundle it built from these sources). */
export const DIRECTORY_LOADER_BUNDLE_ENV = 'OT_DIRECTORY_LOADER_BUNDLE';

/** Loads a test process shares (src/lib/shared-loads.ts), by the directory file's identity and `index`. */
const sharedLoads = new Map<string, Promise<CompactDirectory>>();

/**
 * Loads a directory's compact form off the main thread: a worker thread opens the directory the snapshot
 * names (the SQLite file, or the PostgreSQL schema), reads and builds everything, and transfers the typed
 * arrays back, so the main thread goes on answering requests while a large directory loads. A snapshot that
 * names no location (a test's own handle) is loaded inline.
 *
 * Under tsx (development, tests) the worker runs the TypeScript file, through the same loader the process
 * was started with; in the bundle (`npm start`) this file is part of dist/server.mjs and the worker is its
 * own bundle beside it, dist/directory-loader.worker.mjs.
 */
export async function loadDirectory(snapshot: DirectorySnapshot, options: { index: boolean }): Promise<CompactDirectory> {
  if (!snapshot.location) return loadCompactDirectory(snapshot, options);
  const location = snapshot.location;
  if (location.kind === 'postgres' && location.schema === sharedSchema()) {
    // The test directory as the runner published it, the same in every test database (see SHARED_SCHEMA_ENV).
    return sharedLoad(sharedLoads, JSON.stringify(['postgres', location.schema, options.index]), () =>
      loadInWorker(snapshot, options),
    );
  }
  if (!sharingLoads() || location.kind !== 'sqlite') return loadInWorker(snapshot, options);
  // The same file, unchanged: its path, inode, size and modification time.
  const stat = fs.statSync(location.path, { throwIfNoEntry: false });
  if (stat?.ino !== location.ino) return loadInWorker(snapshot, options);
  const key = JSON.stringify([location.path, stat.ino, stat.size, stat.mtimeMs, options.index]);
  return sharedLoad(sharedLoads, key, () => loadInWorker(snapshot, options));
}

async function loadInWorker(snapshot: DirectorySnapshot, options: { index: boolean }): Promise<CompactDirectory> {
  const workerData = { location: snapshot.location, generation: snapshot.generation, index: options.index };
  // The test runner bundles the worker once per run and names it here, so each app a test makes does not pay
  // for tsx and the worker's modules again (about 1.5 s of CPU a load).
  const bundled = process.env[DIRECTORY_LOADER_BUNDLE_ENV];
  const worker = bundled
    ? new Worker(bundled, { workerData })
    : import.meta.url.endsWith('.ts')
      ? // tsx's loader is not passed on to worker threads: the worker registers it before importing the file.
        new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./directory-loader.worker.ts', import.meta.url).href)}); });`,
          { eval: true, workerData },
        )
      : new Worker(new URL('./directory-loader.worker.mjs', import.meta.url), { workerData });
  try {
    return await new Promise<CompactDirectory>((resolve, reject) => {
      worker.once('message', (m: { ok: true; compact: CompactDirectory } | { ok: false; message: string }) =>
        m.ok ? resolve(m.compact) : reject(new Error(`Loading the directory failed: ${m.message}`)),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The directory loader stopped (exit code ${code}) before it finished.`)));
    });
  } finally {
    void worker.terminate();
  }
}
