/**
 * Bundles the server for `npm start`: `npx tsx scripts/build-server.ts` writes dist/server.mjs (and the
 * directory command, dist/directory.mjs, and the locator's directory loader, dist/directory-loader.worker.mjs)
 * from the same sources `npm run dev` runs through tsx. Packages stay in node_modules; only our own TypeScript and JSX is compiled, in about a second, so `npm start` runs plain
 * JavaScript in one process instead of transpiling at start-up.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { ROOT } from '../src/config.ts';

export const DIST_DIR = path.join(ROOT, 'dist');
export const SERVER_BUNDLE = path.join(DIST_DIR, 'server.mjs');
export const DIRECTORY_CLI_BUNDLE = path.join(DIST_DIR, 'directory.mjs');

/** How our TypeScript and JSX becomes one ES module for Node 20 with packages left in node_modules: the
 * server's bundles and the test runner's (test/support/bundle.ts) are built alike. */
export const NODE_BUNDLE = {
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** Entry point -> bundle. Each bundle sits one folder below the root, as src/config.ts expects. */
export const ENTRIES: Record<string, string> = {
  server: path.join(ROOT, 'src', 'server.ts'),
  directory: path.join(ROOT, 'src', 'cli', 'directory.ts'),
};

/** The locator loads a directory in a worker thread; every bundle that serves the site starts it from this file
 * beside it, so it is built with any set of entries. */
const WORKER_ENTRY = { 'directory-loader.worker': path.join(ROOT, 'src', 'features', 'locator', 'directory-loader.worker.ts') };

export async function buildServerBundles(entries: Record<string, string> = ENTRIES, outdir = DIST_DIR): Promise<void> {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { ...entries, ...WORKER_ENTRY },
    outdir,
    ...NODE_BUNDLE,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await buildServerBundles();
  console.log(
    `Built ${[...Object.keys(ENTRIES), ...Object.keys(WORKER_ENTRY)]
      .map((e) => `dist/${e}.mjs`)
      .join(' and ')} in ${Math.round(performance.now() - started)} ms.`,
  );
}
