/**
 * Copies the HSDS 3.0 JSON Schemas into data/hsds-3.0/ from a clone of the Open Referral specification
 * repository (branch 3.0), and checks that src/features/open-data/hsds-schemas.ts compiles them exactly as the
 * repository's own compiled files:
 *
 *   npx tsx scripts/vendor-hsds-schemas.ts /path/to/specification[.git] [COMMIT]
 *
 * Only the source schemas (about 170 KB) and the licence are kept; the compiled files (several MB each) are
 * rebuilt from them in memory when the tests validate our output.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compileHsdsSchema, HSDS_DIR, type Schema } from '../src/features/open-data/hsds-schemas.ts';

const [repo, commitArg] = process.argv.slice(2);
if (!repo) {
  console.error('Usage: npx tsx scripts/vendor-hsds-schemas.ts /path/to/specification [COMMIT]');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const commit = git('rev-parse', commitArg ?? 'HEAD').trim();
const show = (file: string) => git('show', `${commit}:${file}`);

const files = git('ls-tree', '--name-only', `${commit}`, 'schema/')
  .split('\n')
  .filter((f) => f.endsWith('.json'));
fs.mkdirSync(path.join(HSDS_DIR, 'schema'), { recursive: true });
for (const file of files) fs.writeFileSync(path.join(HSDS_DIR, file), show(file));
fs.writeFileSync(path.join(HSDS_DIR, 'LICENSE'), show('LICENSE'));
fs.writeFileSync(
  path.join(HSDS_DIR, 'SOURCE.json'),
  `${JSON.stringify({ repository: 'openreferral/specification', branch: '3.0', commit, files: [...files, 'LICENSE'] }, null, 2)}\n`,
);

const load = (file: string) => JSON.parse(show(`schema/${file}`)) as Schema;
for (const name of ['service', 'organization', 'service_at_location'] as const) {
  const ours = compileHsdsSchema(name, { load });
  const theirs = JSON.parse(show(`schema/compiled/${name}.json`));
  if (!isDeepStrictEqual(ours, theirs)) throw new Error(`compiled/${name}.json differs from our compilation`);
  console.log(`compiled/${name}.json: our compilation is identical`);
}
console.log(`Vendored ${files.length} schema files from ${commit} into ${path.relative(process.cwd(), HSDS_DIR)}`);
