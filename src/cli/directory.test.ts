import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tempDir } from '../../test/support/app.ts';
import { buildTestDirectory } from '../../test/support/directory.ts';
import { type RunningServer, startServer } from '../../test/support/server.ts';
import { ROOT } from '../config.ts';

const FIXTURES = path.join(ROOT, 'data', 'fixtures', 'findtreatment');

/** Runs `npm run directory -- …` the way an operator would, against a given var folder. */
function cli(varDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/directory.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, VAR_DIR: varDir, DIRECTORY_PATH: '' },
    encoding: 'utf8',
  });
}

async function health(server: RunningServer) {
  const response = await fetch(`${server.url}/healthz`);
  assert.equal(response.status, 200);
  return (await response.json()) as { directory: { facilities: number; built_at: string } };
}

describe('npm run directory -- import, against a running site', () => {
  let varDir: string;
  let server: RunningServer;
  before(async () => {
    varDir = tempDir();
    fs.copyFileSync(await buildTestDirectory(), path.join(varDir, 'directory.sqlite'));
    server = await startServer({ VAR_DIR: varDir, DIRECTORY_PATH: '' });
  });
  after(async () => {
    await server?.stop();
  });

  test('a malformed export fails with the file, row and problem, and the site keeps serving the old directory', async () => {
    const before = await health(server);
    for (const [file, message] of [
      ['malformed/truncated.json', /truncated\.json: not valid JSON/],
      ['malformed/bad-value.csv', /bad-value\.csv, line 3: column "bu" should be 1 or 0/],
      ['malformed/wrong-columns.csv', /wrong-columns\.csv, header: missing columns/],
      ['malformed/truncated.xlsx', /truncated\.xlsx: not a readable XLSX workbook/],
    ] as const) {
      const run = cli(varDir, 'import', path.join(FIXTURES, file), '--as-of', '2026-11-01');
      assert.equal(run.status, 1, `${file} should fail: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Import failed, nothing changed/);
    }
    await new Promise((r) => setTimeout(r, 1100)); // the site checks for a new file at most once a second
    assert.deepEqual(await health(server), before);
    const leftovers = fs
      .readdirSync(varDir)
      .filter((f) => f !== 'directory.sqlite' && !f.startsWith('app.sqlite') && f !== 'outbox');
    assert.deepEqual(leftovers, [], 'no half-written directory or copy left behind');
    assert.ok(!fs.existsSync(path.join(varDir, 'imports')), 'a failed import is not kept for later rebuilds');
  });

  test('a good export is swapped in while the site runs, and the command says what changed', async () => {
    const before = await health(server);
    const run = cli(varDir, 'import', path.join(FIXTURES, 'export-listing.csv'), '--as-of', '2026-11-01');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /findtreatment\s+2026\s+6\s+4\s/);
    assert.match(run.stdout, /facilities added: 1\n/);
    assert.match(run.stdout, /facilities removed: 0\n/);
    assert.match(run.stdout, /with a changed phone: \d+/);
    assert.match(run.stdout, /Harbor Example Recovery Clinic/);
    await new Promise((r) => setTimeout(r, 1100));
    const afterImport = await health(server);
    assert.equal(afterImport.directory.facilities, before.directory.facilities + 1);
    assert.notEqual(afterImport.directory.built_at, before.directory.built_at);
    // The import is kept, so a later plain rebuild still includes it.
    const rebuild = cli(varDir, 'build');
    assert.equal(rebuild.status, 0, rebuild.stderr);
    assert.match(rebuild.stdout, /findtreatment\s+2026/);
  });
});
