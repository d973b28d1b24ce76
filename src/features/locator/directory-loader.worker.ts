/**
 * The locator's directory loader, in a worker thread (see directory-loader.ts): opens the directory a
 * snapshot names, reads it into typed arrays (compact-directory.ts) and hands them back without copying.
 * The compiled server runs the bundled copy, dist/directory-loader.worker.mjs (scripts/build-server.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DirectoryLocation } from '../../db/directory-connection.ts';
import { openDirectoryAt } from '../../db/directory-open.ts';
import { compactBuffers, loadCompactDirectory } from './compact-directory.ts';

const { location, generation, index } = workerData as { location: DirectoryLocation; generation: number; index: boolean };
const opened = await openDirectoryAt(location).catch((error: Error) => {
  parentPort?.postMessage({ ok: false, message: error.message });
  return undefined;
});
if (opened) {
  try {
    const compact = await loadCompactDirectory({ db: opened.db, generation, location }, { index });
    parentPort?.postMessage({ ok: true, compact }, compactBuffers(compact));
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: (error as Error).message });
  } finally {
    await opened.close();
  }
}
