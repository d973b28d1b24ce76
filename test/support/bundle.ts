/**
 * The test files of a tier as plain JavaScript, for scripts/test.ts: one esbuild build of every file (and of the
 * worker that runs them, ./worker.ts), with the modules they share split into chunks of their own, so each
 * module is still loaded once per process. The tier's worker processes then run without tsx: under tsx every
 * import of every process goes through its loader hooks (about 2 s of CPU a process for the app's modules
 * alone, 0.9 s as a bundle).
 *
 * Each of our files keeps its own `import.meta.dirname`, `import.meta.filename` and `import.meta.url` (the
 * source file's, written in as text): tests find their fixtures beside them, and src/config.ts finds the root.
 * Packages stay in node_modules, as in the server's bundle (scripts/build-server.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { NODE_BUNDLE } from '../../scripts/build-server.ts';
import { ROOT } from '../../src/config.ts';
import { bundledPath } from './queue.ts';

/** Writes in what `import.meta` says in each of our TypeScript files, as the file itself would see it. */
const sourceImportMeta: Plugin = {
  name: 'source-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = fs.readFileSync(args.path, 'utf8');
      const values: Record<string, string> = {
        dirname: path.dirname(args.path),
        filename: args.path,
        url: pathToFileURL(args.path).href,
      };
      const contents = source.replace(/\bimport\.meta\.(dirname|filename|url)\b/g, (_, key: string) =>
        JSON.stringify(values[key]),
      );
      return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts', resolveDir: path.dirname(args.path) };
    });
  },
};

/** Bundles `files` (and ./worker.ts) into `outdir`, emptied first; returns where each source file's bundle is. */
export async function bundleTests(files: string[], outdir: string): Promise<Map<string, string>> {
  const worker = path.join(ROOT, 'test', 'support', 'worker.ts');
  const entries = [...new Set([worker, ...files])];
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outbase: ROOT,
    outdir,
    ...NODE_BUNDLE,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    plugins: [sourceImportMeta],
  });
  return new Map(entries.map((f) => [f, bundledPath(ROOT, outdir, f)]));
}
